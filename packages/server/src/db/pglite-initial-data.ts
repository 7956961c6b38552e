import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const require = createRequire(import.meta.url);

/** The installed PGlite's version: a data folder made by one version is loaded by that version only. */
function pgliteVersion(): string {
  // The package's exports hide its package.json; it sits one folder above the file `main` names.
  const main = require.resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * The file holding a freshly initialised PGlite data folder (a gzipped tar from `dumpDataDir`),
 * which `pnpm build` writes once per PGlite version (scripts/write-pglite-data-dir.ts) into this
 * package's dist. A first start loads it instead of running initdb, whose second WebAssembly
 * instance takes the process past 800 MB (docs/performance.md).
 */
export function pgliteInitialDataFile(): string {
  const packageRoot = dirname(require.resolve('@endorsement-kit/server/package.json'));
  return join(packageRoot, 'dist', 'pglite', `initdb-${pgliteVersion()}.tar.gz`);
}

/** The initial data folder to load into an empty `dataDir`, if this build has one. */
export function pgliteInitialData(dataDir: string): Blob | undefined {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
  const file = pgliteInitialDataFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/**
 * Writes {@link pgliteInitialDataFile} unless it is there: runs initdb in memory and dumps the
 * folder. Resolves to the file, or `undefined` when it was already written.
 */
export async function writePgliteInitialData(): Promise<string | undefined> {
  const file = pgliteInitialDataFile();
  if (existsSync(file)) return undefined;
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  mkdirSync(dirname(file), { recursive: true });
  // Another PGlite version's folder would never be loaded again.
  for (const name of readdirSync(dirname(file))) if (name !== basename(file)) rmSync(join(dirname(file), name));
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}
