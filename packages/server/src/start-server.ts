import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { ListenOptions } from './config/read-server-env.js';
import type { ServerOptions } from './config/server-options.js';
import { ServerConfigError } from './config/server-config-error.js';
import { SERVER_DEFAULTS } from './config/server-defaults.js';
import { createEndorsementServer, type EndorsementServer } from './create-endorsement-server.js';
import { requestDeadline } from './http/request-deadline.js';

/**
 * The URL the server prints for where it listens: a wildcard host shows as `localhost`. The
 * set-password link of `add-coordinator` uses the same, so the sign-in cookie it leads to is the
 * one the printed URL's pages use (127.0.0.1 and localhost keep cookies apart).
 * @example listenUrl('127.0.0.1', 8787) // 'http://127.0.0.1:8787/'
 */
export function listenUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/** A listening server: its URL, and `close()` that stops taking requests and then closes the rest. */
export interface RunningServer extends EndorsementServer {
  url: string;
  http: Server;
}

/**
 * Creates the server and listens on Node. A port in use is a `ServerConfigError` that says so and
 * suggests another `PORT`. Requests must arrive whole within `requestTimeoutMs` (408 otherwise), but
 * for file uploads, which may take as long as they keep moving (`uploadIdleTimeoutMs`).
 * @example const running = await startServer({ port: SERVER_DEFAULTS.port, host: SERVER_DEFAULTS.host }, options); console.log(running.url);
 */
export async function startServer(listen: ListenOptions, options: ServerOptions): Promise<RunningServer> {
  const server = await createEndorsementServer(options);
  const requestTimeout = options.requestTimeoutMs ?? SERVER_DEFAULTS.requestTimeoutMs;
  try {
    const { http, port } = await new Promise<{ http: Server; port: number }>((resolve, reject) => {
      const http = serve({
        fetch: server.app.fetch,
        port: listen.port,
        hostname: listen.host,
        serverOptions: {
          // Node's limit is server-wide and would cut off an upload on a slow connection; the
          // whole-request limit of every other route is `requestDeadline`'s.
          requestTimeout: 0,
          headersTimeout: Math.min(requestTimeout, 20_000),
          // How often Node checks the headers' timeout (30 s by default, too coarse for short limits).
          connectionsCheckingInterval: Math.min(1000, requestTimeout),
        },
      }) as Server;
      http.on(
        'request',
        requestDeadline({
          requestTimeoutMs: requestTimeout,
          uploadIdleTimeoutMs: options.uploadIdleTimeoutMs ?? SERVER_DEFAULTS.uploadIdleTimeoutMs,
          ...(options.uploadMinBytes === undefined ? {} : { uploadMinBytes: options.uploadMinBytes }),
        }),
      );
      http.once('error', reject);
      http.once('listening', () => {
        http.off('error', reject);
        const address = http.address();
        resolve({ http, port: typeof address === 'object' && address ? address.port : listen.port });
      });
    });
    return {
      ...server,
      http,
      url: listenUrl(listen.host, port),
      async close() {
        await new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeIdleConnections();
        });
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ServerConfigError(
        `Port ${listen.port} is already in use: stop what runs there, or start with another port, e.g. PORT=${listen.port + 1} pnpm start.`,
        { cause: error },
      );
    }
    throw error;
  }
}
