import { SERVER_DEFAULTS } from '../config/server-defaults.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';

/** Where the records live: a Postgres server when `databaseUrl` is set, else PGlite in `dataDir`. */
export interface DatabaseOptions {
  /** `postgres://...`; several server processes may share it. */
  databaseUrl?: string | undefined;
  /** PGlite's folder when there is no `databaseUrl`. @default {@link SERVER_DEFAULTS.dataDir} */
  dataDir?: string | undefined;
}

/**
 * Opens the database and brings its schema up to date (the migrations in `migrations/`, run once
 * each, in order, under a lock so that several processes starting together run each once).
 * @example const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir ?? SERVER_DEFAULTS.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
