import type { Server } from 'node:http';

/** Serves the built app on 127.0.0.1 (port 0: a free one); resolves once listening. */
export function serveApp(port?: number): Promise<Server>;
