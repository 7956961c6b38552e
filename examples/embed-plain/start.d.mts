import type { Page } from '@endorsement-kit/server';

/** The demo page and what it loads, by path, for the server's `pages` option (its script bundled first). */
export function livePages(): Promise<Record<string, Page>>;
