// Every server suite runs on both databases: PGlite in a temporary folder and a real Postgres.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type TestPostgres } from '@endorsement-kit/test-kit/server/postgres.js';
import { pgliteInitialData } from '../../src/db/pglite-initial-data.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/open-pglite.js';
import { openPostgres } from '../../src/db/open-postgres.js';

export const DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** Where a test's server keeps its records: `databaseUrl` or `dataDir`, fresh for each call. */
export interface TestDatabase {
  databaseUrl?: string;
  dataDir?: string;
  cleanup(): void;
}

let shared: Promise<TestPostgres> | undefined;

/** One Postgres server per test file, started on first use; stop it in an `after`. */
export function postgresServer(): Promise<TestPostgres> {
  shared ??= startPostgres();
  return shared;
}

export async function stopPostgres(): Promise<void> {
  if (shared) await (await shared).stop();
  shared = undefined;
  postgresTemplate = undefined;
}

// Every test's server used to run all the migrations on its fresh database (about a second of
// PGlite's WebAssembly each, hundreds of times a run); now each gets a copy of one migrated
// database, and the migrations still run once per run (PGlite) or per file (Postgres).
let postgresTemplate: Promise<string> | undefined;

/** A database of this file's Postgres with every migration applied, to copy: its name. */
function migratedPostgresTemplate(server: TestPostgres): Promise<string> {
  postgresTemplate ??= (async () => {
    const url = await server.createDatabase();
    const db = await openPostgres(url, { max: 1 });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    return new URL(url).pathname.slice(1);
  })();
  return postgresTemplate;
}

/** The environment variable naming a PGlite folder made once for the whole run (scripts/test-node.mjs). */
export const PGLITE_TEMPLATE_ENV = 'EK_TEST_PGLITE_TEMPLATE';

let template: Promise<string> | undefined;

/**
 * A fresh PGlite folder, removed when this process exits: from the build's initial data folder
 * when there is one (what the server itself loads), else by initdb (seconds and 800 MB).
 */
export async function makePgliteTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ek-pglite-template-'));
  const initial = pgliteInitialData(dir);
  const db = await PGlite.create({ dataDir: dir, ...(initial ? { loadDataDir: initial } : {}) });
  await db.close();
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// PGlite's first start in a folder runs initdb (seconds); a copy of a folder made once starts fast.
function pgliteTemplate(): Promise<string> {
  const shared = process.env[PGLITE_TEMPLATE_ENV];
  template ??= shared ? Promise.resolve(shared) : makePgliteTemplate();
  return template;
}

/** The environment variable naming a migrated PGlite folder made once for the whole run. */
export const PGLITE_MIGRATED_TEMPLATE_ENV = 'EK_TEST_PGLITE_MIGRATED_TEMPLATE';

/** A copy of `from` with every migration applied, removed when this process exits. */
export async function makeMigratedPgliteTemplate(from: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ek-pglite-migrated-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(from, dir, { recursive: true });
  const db = await openPglite(dir);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  return dir;
}

let migratedTemplate: Promise<string> | undefined;
function migratedPgliteTemplate(): Promise<string> {
  const shared = process.env[PGLITE_MIGRATED_TEMPLATE_ENV];
  migratedTemplate ??= shared ? Promise.resolve(shared) : pgliteTemplate().then(makeMigratedPgliteTemplate);
  return migratedTemplate;
}

/** How a test's database starts. */
export interface FreshDatabaseOptions {
  /**
   * Whether the server's migrations are applied already (a copy of a migrated database; the
   * server's own `migrate` then has nothing to do). `false` for a test of the migrations themselves.
   * @default true
   */
  migrated?: boolean;
}

export async function freshDatabase(kind: DatabaseKind, { migrated = true }: FreshDatabaseOptions = {}): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const server = await postgresServer();
    const template = migrated ? await migratedPostgresTemplate(server) : undefined;
    return { databaseUrl: await server.createDatabase(template ? { template } : {}), cleanup() {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-pglite-'));
  cpSync(await (migrated ? migratedPgliteTemplate() : pgliteTemplate()), dataDir, { recursive: true });
  return { dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}
