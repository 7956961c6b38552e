import { parseArgs } from 'node:util';
import { readServerEnv } from '../config/read-server-env.js';
import { ServerConfigError } from '../config/server-config-error.js';
import { openDatabase } from '../db/open-database.js';
import { addCoordinator, SET_PASSWORD_HOURS } from './coordinator-accounts.js';

/**
 * `endorsement-kit-server add-coordinator --program ID --email ADDRESS`: creates the account (or
 * adds the program to it) and prints a one-time set-password link, valid for `SET_PASSWORD_HOURS`. It uses the
 * same settings as the server (`DATABASE_URL` or `DATA_DIR`, `PROGRAMS`, `PUBLIC_URL`).
 */
export async function addCoordinatorCommand(args: readonly string[], env: NodeJS.ProcessEnv, print: (line: string) => void = console.log): Promise<void> {
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
  if (!ids.includes(program)) throw new ServerConfigError(`--program "${program}" is not one of this server's programs (${ids.join(', ')}; set PROGRAMS).`);
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const { token } = await addCoordinator(db, { email, program });
    const base = (options.publicUrl ?? `http://localhost:${listen.port}`).replace(/\/+$/, '');
    print(`Coordinator ${email.trim().toLowerCase()} may now work on ${program}.`);
    print(`Send them this link to choose a password (it works once, for ${SET_PASSWORD_HOURS} hours):`);
    print(`${base}/admin/set-password#token=${token}`);
  } finally {
    await db.close();
  }
}
