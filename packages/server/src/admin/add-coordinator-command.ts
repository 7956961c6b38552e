import { parseArgs } from 'node:util';
import { readServerEnv } from '../config/read-server-env.js';
import { ServerConfigError } from '../config/server-config-error.js';
import { openDatabase } from '../db/open-database.js';
import { listenUrl } from '../start-server.js';
import { addCoordinator, SET_PASSWORD_HOURS } from './coordinator-accounts.js';

/**
 * `endorsement-kit-server add-coordinator --program ID --email ADDRESS`: creates the account (or
 * adds the program to it) and prints a one-time set-password link, valid for `SET_PASSWORD_HOURS`, on
 * `PUBLIC_URL` or else on the URL the server prints (`HOST`, `PORT`). It uses the same settings as
 * the server (`DATABASE_URL` or `DATA_DIR`, `PROGRAMS`, `PUBLIC_URL`, `HOST`, `PORT`).
 */
export async function addCoordinatorCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void = console.log,
): Promise<void> {
  let values: { program?: string | undefined; email?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: { program: { type: 'string' }, email: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new ServerConfigError(`${(error as Error).message}. Usage: endorsement-kit-server add-coordinator --program ID --email ADDRESS`);
  }
  const { program, email } = values;
  if (!program || !email) throw new ServerConfigError('Usage: endorsement-kit-server add-coordinator --program ID --email ADDRESS');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new ServerConfigError(`--email must be an email address (it is "${email}").`);
  const { listen, options } = await readServerEnv(env);
  const ids = options.programs.map((entry) => entry.program.id);
  if (!ids.includes(program))
    throw new ServerConfigError(`--program "${program}" is not one of this server's programs (${ids.join(', ')}; set PROGRAMS).`);
  // Opening a fresh PGlite folder runs every migration: many seconds with nothing else to show.
  print(
    options.databaseUrl
      ? 'Opening the database (DATABASE_URL)…'
      : `Opening the database in ${options.dataDir} (the first time, creating it takes up to a minute)…`,
  );
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const { token } = await addCoordinator(db, { email, program });
    const path = `/admin/set-password#token=${token}`;
    print(`Coordinator ${email.trim().toLowerCase()} may now work on ${program}.`);
    print(`Send them this link to choose a password (it works once, for ${SET_PASSWORD_HOURS} hours):`);
    if (options.publicUrl) print(`${options.publicUrl.replace(/\/+$/, '')}${path}`);
    // PORT=0 has no port until the server listens: the link is that server's URL plus this path.
    else if (listen.port === 0) print(`${path}  (after the URL the server prints when it starts; set PUBLIC_URL for a whole link)`);
    else print(`${listenUrl(listen.host, listen.port).replace(/\/$/, '')}${path}`);
  } finally {
    await db.close();
  }
}
