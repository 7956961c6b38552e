import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { BlobStore } from './blob-store.js';

/**
 * Documents as files in `folder` (by default `DATA_DIR/documents`), one per key. Keys are the
 * server's own ids, checked here again so that no key can name a path outside the folder.
 */
export function diskBlobStore(folder: string): BlobStore {
  const root = resolve(folder);
  const pathOf = (key: string) => {
    if (!/^[a-z]+\/[0-9a-f-]{36}$/.test(key)) throw new TypeError('`key` is not a document key');
    return join(root, key);
  };
  return {
    kind: 'disk',
    async put(key, path) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      // A copy, not a rename: the quarantine folder may lie on another file system.
      await copyFile(path, target);
    },
    async get(key) {
      const stream = createReadStream(pathOf(key));
      await new Promise<void>((done, fail) => stream.once('open', () => done()).once('error', fail));
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
