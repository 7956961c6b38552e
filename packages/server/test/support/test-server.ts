// The server as tests use it: listening on a free port on 127.0.0.1, its log lines kept.
import { programs } from '@endorsement-kit/sdk';
import { startServer, type RunningServer, type ServerOptions } from '../../src/index.js';
import type { TestDatabase } from './databases.js';

export interface TestServer extends RunningServer {
  logs: string[];
  /** Resolves with the first log line (already written or to come) that matches. */
  waitForLog(pattern: RegExp, ms?: number): Promise<string>;
  /** `fetch` relative to the server's URL. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export const DEFAULT_PROGRAMS: ServerOptions['programs'] = [
  { program: programs.alliance, origins: ['https://embed.example.org'], coordinatorEmail: 'coordinator@alliance.example.org' },
  { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' },
];

export async function startTestServer(database: TestDatabase, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const log = (line: string) => {
    logs.push(line);
    for (const listener of listeners) listener(line);
  };
  const running = await startServer(
    { port: 0, host: '127.0.0.1' },
    { programs: DEFAULT_PROGRAMS, ...database, rateLimit: 10_000, log, ...options },
  );
  const waitForLog = (pattern: RegExp, ms = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const seen = logs.find((line) => pattern.test(line));
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no log line matched ${pattern}; the log: ${logs.join(' | ')}`));
      }, ms);
      const listener = (line: string) => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(line);
      };
      listeners.add(listener);
    });
  return Object.assign(running, {
    logs,
    waitForLog,
    request: (path: string, init?: RequestInit) => fetch(new URL(path, running.url), init),
  });
}

/** A POST as the SDK sends it: JSON, an Idempotency-Key. */
export function post(
  server: TestServer,
  path: string,
  body: unknown,
  key: string = crypto.randomUUID(),
  headers: Record<string, string> = {},
) {
  return server.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
