// The server as tests use it: listening on a free port on 127.0.0.1, its log lines kept.
import { programs } from '@endorsement-kit/sdk';
import { startServer, type RunningServer, type ServerOptions } from '../../src/index.js';
import type { TestDatabase } from './databases.js';

export interface TestServer extends RunningServer {
  logs: string[];
  /** `fetch` relative to the server's URL. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export const DEFAULT_PROGRAMS: ServerOptions['programs'] = [
  { program: programs.alliance, origins: ['https://embed.example.org'], coordinatorEmail: 'coordinator@alliance.example.org' },
  { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' },
];

export async function startTestServer(database: TestDatabase, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const running = await startServer(
    { port: 0, host: '127.0.0.1' },
    { programs: DEFAULT_PROGRAMS, ...database, rateLimit: 10_000, log: (line) => logs.push(line), ...options },
  );
  return Object.assign(running, {
    logs,
    request: (path: string, init?: RequestInit) => fetch(new URL(path, running.url), init),
  });
}

/** A POST as the SDK sends it: JSON, an Idempotency-Key. */
export function post(server: TestServer, path: string, body: unknown, key: string = crypto.randomUUID(), headers: Record<string, string> = {}) {
  return server.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
