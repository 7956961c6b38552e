import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

// Beside src/ and dist/ alike: both are two levels below the package.
const MIGRATIONS = new URL('../../migrations/', import.meta.url);
// Any constant works: it names the lock every process takes while migrating.
const MIGRATION_LOCK = 4_242_001;

/** The migrations on disk, `NNN-name.sql`, in order. */
export async function migrationFiles(): Promise<{ version: number; name: string; sql: string }[]> {
  const names = (await readdir(MIGRATIONS)).filter((name) => /^\d{3}-[\w-]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ version: Number(name.slice(0, 3)), name, sql: await readFile(new URL(name, MIGRATIONS), 'utf8') })),
  );
}

/** Runs every migration not yet applied, all in one transaction (none or all). Returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  const files = await migrationFiles();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).rows.map((row) => row.version));
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file.version)) continue;
      await tx.exec(file.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [file.version, file.name]);
      applied.push(file.name);
    }
    return applied;
  });
}
