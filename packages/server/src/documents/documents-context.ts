import { join } from 'node:path';
import type { BlobStore } from './blob-store.js';
import { clamdScanner } from './clamd-scanner.js';
import { diskBlobStore } from './disk-blob-store.js';
import { s3BlobStore, type S3StorageOptions } from './s3-blob-store.js';
import type { Scanner } from './scanner.js';

/** How the server keeps and checks documents (`ServerOptions.documents`). */
export interface DocumentOptions {
  /** An S3-compatible bucket; without it, files under `DATA_DIR/documents`. */
  s3?: S3StorageOptions | undefined;
  /** ClamAV's clamd, `host:port` or a socket path; without it, documents are stored "not virus-scanned". */
  clamd?: string | undefined;
  /** Any other store or scanner (tests, hosts); they win over `s3` and `clamd`. */
  store?: BlobStore | undefined;
  scanner?: Scanner | undefined;
}

/** What the documents' routes share: where files go, the scanner, and the quarantine folder. */
export interface DocumentsContext {
  store: BlobStore;
  scanner: Scanner | undefined;
  /** Where uploads are written while they are read and scanned, before the store has them. */
  quarantine: string;
}

export function documentsContext(options: DocumentOptions | undefined, dataDir: string): DocumentsContext {
  const folder = join(dataDir, 'documents');
  return {
    store: options?.store ?? (options?.s3 ? s3BlobStore(options.s3) : diskBlobStore(folder)),
    scanner: options?.scanner ?? (options?.clamd ? clamdScanner(options.clamd) : undefined),
    quarantine: join(folder, 'quarantine'),
  };
}
