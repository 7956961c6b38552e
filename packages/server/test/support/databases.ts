// Every server suite runs on both databases: PGlite in a temporary folder and a real Postgres.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, type TestPostgres } from '@endorsement-kit/test-kit/server/postgres.js';
import { pgliteInitialData } from '../../src/db/pglite-initial-data.js';

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

export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') return { databaseUrl: await (await postgresServer()).createDatabase(), cleanup() {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-pglite-'));
  cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  return { dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}
