// A coordinator as the workspace page acts: same-origin requests with the session cookie.
import { addCoordinator } from '../../src/admin/coordinator-accounts.js';
import type { TestServer } from './test-server.js';

export const PASSWORD = 'correct horse battery staple';

export interface CoordinatorClient {
  cookie: string | undefined;
  /** A request from the workspace page: Origin is the server's, bodies are JSON. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read loosely; api-types.ts types the workspace itself
  json<T = any>(method: string, path: string, body?: unknown): Promise<T>;
}

export function coordinatorClient(server: TestServer): CoordinatorClient {
  const origin = new URL(server.url).origin;
  const client: CoordinatorClient = {
    cookie: undefined,
    async request(method, path, body, headers = {}) {
      const response = await server.request(path, {
        method,
        headers: {
          origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const set = response.headers.get('set-cookie');
      if (set) {
        const [pair = ''] = set.split(';');
        client.cookie = pair.endsWith('=') ? undefined : pair;
      }
      return response;
    },
    async json(method, path, body) {
      const response = await client.request(method, path, body);
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
  return client;
}

/** A coordinator of `program` with PASSWORD set through the set-password link, signed in. */
export async function signedInCoordinator(server: TestServer, email: string, program: string): Promise<CoordinatorClient> {
  const { token } = await addCoordinator(server.db, { email, program });
  const client = coordinatorClient(server);
  await client.json('POST', '/admin/api/password', { token, password: PASSWORD });
  await client.json('POST', '/admin/api/session', { email, password: PASSWORD });
  return client;
}
