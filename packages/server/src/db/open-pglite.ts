import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.js';
import { lockDataDir } from './data-dir-lock.js';
import { pgliteInitialData } from './pglite-initial-data.js';

// PGlite's default is Postgres's 128 MB of shared buffers, all of it resident in its WebAssembly
// memory from the first query; a small server's records fit in far less (docs/performance.md).
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * PGlite (Postgres compiled to WebAssembly) persisted in `dataDir`: nothing to install. One
 * process may open a data folder at a time; for several processes use a Postgres server.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    const initial = pgliteInitialData(dataDir);
    db = await PGlite.create({ dataDir, startParams: PGLITE_START_PARAMS, ...(initial ? { loadDataDir: initial } : {}) });
  } catch (error) {
    unlock();
    throw error;
  }
  const asSql = (target: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) => ({ rows: (await target.query<Row>(text, [...params])).rows }),
    exec: async (text: string) => void (await target.exec(text)),
  });
  return {
    kind: 'pglite',
    ...asSql(db),
    transaction: (work) => db.transaction((tx) => work(asSql(tx))),
    async close() {
      await db.close();
      unlock();
    },
  };
}
