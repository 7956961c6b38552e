import { addCoordinatorCommand } from './admin/add-coordinator-command.js';
import { readServerEnv } from './config/read-server-env.js';
import { isServerConfigError } from './config/server-config-error.js';
import type { ServerOptions } from './config/server-options.js';
import { isServerWorker, serveAsWorker } from './cluster/serve-as-worker.js';
import { startCluster } from './cluster/start-cluster.js';
import { openDatabase } from './db/open-database.js';
import { startServer } from './start-server.js';
import { stopWhenOrphaned } from './stop-when-orphaned.js';

/**
 * `endorsement-kit-server [start]`: reads the environment (docs/server.md), starts the server and
 * prints its URL; stops cleanly on SIGINT/SIGTERM. A bad setting or a busy port is one line on
 * stderr and exit code 1, never a stack trace. With `WORKERS` above 1 this process is the cluster's
 * primary: it checks the settings, runs the migrations, forks the workers (this same script again,
 * each listening on the one port) and prints the URL once all listen; SIGINT/SIGTERM stops them
 * all. It also stops, and exits 0, when the process that started it ends (`pnpm start` killed with
 * SIGTERM: pnpm passes the signal on to no one), so no server is left running without its launcher. `endorsement-kit-server add-coordinator --program ID --email ADDRESS` creates a
 * coordinator's account and prints its one-time set-password link.
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  extra: Parameters<typeof startServer>[1]['pages'] = undefined,
): Promise<void> {
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
  if (isServerWorker()) {
    await serveAsWorker(env, extra);
    return;
  }
  try {
    const { listen, options } = await readServerEnv(env);
    const workers = listen.workers ?? 1;
    if (workers > 1) {
      // Once here, before any worker: a migration that fails, or a database that does not answer, stops the primary, not each worker in turn.
      await (await openDatabase({ databaseUrl: options.databaseUrl })).close();
      const running = await startCluster(workers, env);
      // Before the line, as below. `running.stop` runs once however many signals come; a second
      // Ctrl-C ends the primary at once, and node:cluster ends the workers with it.
      const stop = () => {
        void running.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      stopWhenOrphaned(() => {
        console.error('endorsement-kit server: the process that started it has ended; stopping.');
        stop();
      });
      void running.gaveUp.then((line) => {
        console.error(line);
        process.exit(1);
      });
      console.log(startedLine(running.url, options, `; ${workers} workers`));
      return;
    }
    const running = await startServer(listen, { ...options, pages: extra });
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    stopWhenOrphaned(() => {
      console.error('endorsement-kit server: the process that started it has ended; stopping.');
      stop();
    });
    // After the handlers: whoever reads this line may signal at once.
    console.log(startedLine(running.url, options, ''));
  } catch (error) {
    if (isServerConfigError(error)) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

function startedLine(url: string, options: ServerOptions, more: string): string {
  const where = options.databaseUrl ? 'Postgres (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
  return `endorsement-kit server: ${url} (${where}; mail: ${options.smtpUrl ? 'SMTP' : 'printed, no SMTP_URL'}; programs: ${options.programs.map((p) => p.program.id).join(', ')}${more})`;
}
