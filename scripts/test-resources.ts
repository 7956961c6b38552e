// What every server test file needs, made once for `pnpm test`'s Node run (scripts/test-node.mjs)
// instead of once per file: one Postgres (each file still gets fresh databases on it, dropped when
// it ends) and one PGlite folder each file copies. Prints one line of JSON, the environment that
// names them, then holds them until its stdin closes, and removes them. (Each file makes its own
// migrated Postgres database to copy: CREATE DATABASE ... TEMPLATE wants no one else on it.)
import { SHARED_POSTGRES_ENV, startOwnPostgres } from '@endorsement-kit/test-kit/server/postgres.js';
import {
  makeMigratedPgliteTemplate,
  makePgliteTemplate,
  PGLITE_MIGRATED_TEMPLATE_ENV,
  PGLITE_TEMPLATE_ENV,
} from '../packages/server/test/support/databases.js';

const env: Record<string, string> = {};
const stops: (() => Promise<void>)[] = [];
try {
  // Three files at a time, each with servers holding pools: more connections than one file needed.
  const postgres = await startOwnPostgres(400);
  stops.push(() => postgres.stop());
  env[SHARED_POSTGRES_ENV] = postgres.adminUrl;
} catch (error) {
  // Each file then starts its own, and fails with the same message if it cannot.
  console.error(`test-resources: no shared Postgres (${(error as Error).message.split('\n')[0]})`);
}
env[PGLITE_TEMPLATE_ENV] = await makePgliteTemplate();
// And a copy with the migrations applied, which most tests start from.
env[PGLITE_MIGRATED_TEMPLATE_ENV] = await makeMigratedPgliteTemplate(env[PGLITE_TEMPLATE_ENV]);
console.log(JSON.stringify(env));

process.stdin.resume();
process.stdin.once('end', async () => {
  for (const stop of stops) await stop().catch(() => {});
  process.exit(0);
});
