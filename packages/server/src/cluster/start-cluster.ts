import cluster, { type Worker } from 'node:cluster';
import { ServerConfigError } from '../config/server-config-error.js';
import { isClusterMessage, WORKER_ENV } from './cluster-message.js';

/** A worker that stops within this time of being forked counts as failing at start. */
const QUICK_MS = 10_000;
/** So many failures at start in a row, and the primary stops: a broken setup must not become a fork loop. */
const MAX_QUICK_FAILURES = 5;

/** The workers `startCluster` runs, all listening. */
export interface RunningCluster {
  /** The URL every worker listens on (they share one socket). */
  url: string;
  /** Sends SIGTERM to every worker (each closes its server and database pool); resolves once all have exited. */
  stop(): Promise<void>;
  /** Resolves with a line to print if workers kept failing at start and the primary stopped them all. */
  gaveUp: Promise<string>;
}

/**
 * Runs `count` copies of this same script as cluster workers (`serveAsWorker` is their part): each
 * starts the server on the one port, whose socket the cluster shares, and the promise resolves
 * once all listen. A worker that dies is replaced; one that dies within 10 s of starting is
 * replaced after 0.5, 1, 2, 4 s, and after 5 such deaths in a row the primary stops all workers.
 * A setting a worker cannot use (a busy port) rejects with its `ServerConfigError`, after every
 * worker has stopped.
 * @example const running = await startCluster(2, process.env); console.log(running.url);
 */
export function startCluster(
  count: number,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = (line) => console.error(line),
): Promise<RunningCluster> {
  return new Promise((resolve, reject) => {
    const alive = new Set<Worker>();
    const listening = new Set<Worker>();
    let ready = false;
    let quickFailures = 0;
    let stopped: Promise<void> | undefined;
    let allExited = () => {};
    let giveUp: (line: string) => void = () => {};
    const gaveUp = new Promise<string>((resolveLine) => (giveUp = resolveLine));

    const stop = (): Promise<void> => {
      stopped ??= new Promise<void>((done) => {
        allExited = done;
        for (const worker of alive) worker.process.kill('SIGTERM');
        if (alive.size === 0) done();
      });
      return stopped;
    };
    const fail = (line: string) => void stop().then(() => (ready ? giveUp(line) : reject(new ServerConfigError(line))));

    const fork = () => {
      const worker = cluster.fork({ ...env, [WORKER_ENV]: '1' });
      const forkedAt = Date.now();
      alive.add(worker);
      setTimeout(() => {
        if (alive.has(worker)) quickFailures = 0;
      }, QUICK_MS).unref();
      worker.on('message', (message: unknown) => {
        if (!isClusterMessage(message) || stopped) return;
        if (message.type === 'config-error') {
          if (!ready) return fail(message.message);
          // A replacement that cannot start counts as a failure at start (it is stopped below).
          log(message.message);
          worker.process.kill('SIGTERM');
          return;
        }
        listening.add(worker);
        if (!ready && listening.size === count) {
          ready = true;
          resolve({ url: message.url, stop, gaveUp });
        }
      });
      worker.on('exit', (code: number | null, signal: string | null) => {
        alive.delete(worker);
        listening.delete(worker);
        if (stopped) {
          if (alive.size === 0) allExited();
          return;
        }
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        if (Date.now() - forkedAt < QUICK_MS) quickFailures++;
        if (quickFailures >= MAX_QUICK_FAILURES) {
          fail(
            `Server workers keep stopping right after they start (${quickFailures} in a row, the last with ${how}), so the server stopped: the lines above say why.`,
          );
          return;
        }
        const delay = quickFailures ? 500 * 2 ** (quickFailures - 1) : 0;
        // The process id only: nothing about the requests it was serving.
        log(`server worker ${worker.process.pid} stopped (${how}); starting another${delay ? ` in ${delay / 1000} s` : ''}`);
        setTimeout(() => {
          if (!stopped) fork();
        }, delay);
      });
    };
    for (let i = 0; i < count; i++) fork();
  });
}
