/**
 * Where the receiver keeps documents once they passed quarantine: a folder under `DATA_DIR`
 * (`diskBlobStore`) or an S3-compatible bucket (`s3BlobStore`). Keys are the server's own
 * (`documents/<id>`), never a file's name.
 * @example const store: BlobStore = diskBlobStore('./data/documents');
 */
export interface BlobStore {
  readonly kind: 'disk' | 's3';
  /** Stores the local file at `path` (it stays; the caller deletes it) under `key`. */
  put(key: string, path: string, size: number, contentType: string): Promise<void>;
  /** The stored bytes, as a web stream (a Response body). */
  get(key: string): Promise<ReadableStream<Uint8Array>>;
  /** Deletes `key`; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
}
