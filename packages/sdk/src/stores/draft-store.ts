/**
 * Where drafts are kept: any object with these four async methods. Values are plain JSON-like
 * objects, or a Uint8Array (a file chosen for a draft, kept until the receiver has it); a store may
 * encrypt them, but must give back what it was given.
 * @example
 * const store: DraftStore = {
 *   get: (key) => myDb.read(key), set: (key, value) => myDb.write(key, value),
 *   del: (key) => myDb.delete(key), keys: () => myDb.listKeys(),
 * };
 * createEndorsementClient({ program, backend, store });
 */
export interface DraftStore {
  /** The value under `key`, or `undefined`. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}
