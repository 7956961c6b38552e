import type { Page } from '@endorsement-kit/server';

/** The demo page and what it loads, by path, for the server's `pages` option. */
export function livePages(): Record<string, Page>;
