import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database.js';
import { lockDataDir } from './data-dir-lock.js';

/**
 * PGlite (Postgres compiled to WebAssembly) persisted in `dataDir`: nothing to install. One
 * process may open a data folder at a time; for several processes use a Postgres server.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir });
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
