import { addCoordinatorCommand } from './admin/add-coordinator-command.js';
import { readServerEnv } from './config/read-server-env.js';
import { isServerConfigError } from './config/server-config-error.js';
import { startServer } from './start-server.js';

/**
 * `endorsement-kit-server [start]`: reads the environment (docs/server.md), starts the server and
 * prints its URL; stops cleanly on SIGINT/SIGTERM. A bad setting or a busy port is one line on
 * stderr and exit code 1, never a stack trace. `endorsement-kit-server add-coordinator --program ID
 * --email ADDRESS` creates a coordinator's account and prints its one-time set-password link.
 */
export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env, extra: Parameters<typeof startServer>[1]['pages'] = undefined): Promise<void> {
  const command = argv[0] ?? 'start';
  if (command === 'add-coordinator') {
    try {
      await addCoordinatorCommand(argv.slice(1), env);
    } catch (error) {
      if (!isServerConfigError(error)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    }
    return;
  }
  if (command !== 'start') {
    console.error(`Unknown command "${command}". Usage: endorsement-kit-server [start] | add-coordinator --program ID --email ADDRESS`);
    process.exitCode = 1;
    return;
  }
  try {
    const { listen, options } = await readServerEnv(env);
    const running = await startServer(listen, { ...options, pages: extra });
    const where = options.databaseUrl ? 'Postgres (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
    console.log(`endorsement-kit server: ${running.url} (${where}; mail: ${options.smtpUrl ? 'SMTP' : 'printed, no SMTP_URL'}; programs: ${options.programs.map((p) => p.program.id).join(', ')})`);
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (isServerConfigError(error)) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
