import cluster from 'node:cluster';
import { readServerEnv } from '../config/read-server-env.js';
import { isServerConfigError } from '../config/server-config-error.js';
import type { ServerOptions } from '../config/server-options.js';
import { startServer, type RunningServer } from '../start-server.js';
import { WORKER_ENV, type ClusterMessage } from './cluster-message.js';

/** Whether this process is one of the workers `startCluster` forked. */
export const isServerWorker = (): boolean => cluster.isWorker && process.env[WORKER_ENV] === '1';

/**
 * A worker's part: reads the same settings as the primary, starts the server on the shared port
 * and tells the primary it listens. A setting that cannot be used (a busy port) goes to the primary,
 * which prints it once for all workers. SIGTERM (the primary sends it) closes the server and its
 * database pool, then exits.
 */
export async function serveAsWorker(env: NodeJS.ProcessEnv, pages: ServerOptions['pages']): Promise<void> {
  const startup = start(env, pages);
  let stopping = false;
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    void startup
      .then(
        (running) => running?.close(),
        () => {},
      )
      .then(() => process.exit());
  });
  // Ctrl-C in a terminal reaches the whole process group: the primary stops the workers in order.
  process.on('SIGINT', () => {});
  const running = await startup;
  if (running && !stopping) send({ type: 'listening', url: running.url });
}

async function start(env: NodeJS.ProcessEnv, pages: ServerOptions['pages']): Promise<RunningServer | undefined> {
  try {
    const { listen, options } = await readServerEnv(env);
    return await startServer(listen, { ...options, pages });
  } catch (error) {
    if (!isServerConfigError(error)) throw error;
    process.exitCode = 1;
    // The IPC channel keeps this process alive until the primary, having printed the line, stops it.
    send({ type: 'config-error', message: error.message });
    return undefined;
  }
}

function send(message: ClusterMessage): void {
  process.send?.(message);
}
