import type { HttpHandler } from 'msw';

/** Where the receipts are kept, under one key, as `{ [id]: receipt }`. */
export const RECEIPTS_KEY: string;

/** The msw handlers of the demo backend under `baseUrl` (default `/api`); receipts are kept in `storage` when given. */
export function demoHandlers(options?: { storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined; baseUrl?: string }): HttpHandler[];
