import type { Server } from 'node:http';

/** Serves the demo page on 127.0.0.1 (port 0: a free one); resolves once listening. */
export function serveDemo(port?: number): Promise<Server>;
