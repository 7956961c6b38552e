// `pnpm start` from the repository root (after `pnpm build`): the endorsement-kit server on
// PGlite in ./data, serving this page on the same origin, with the element posting to /api.
// Every setting of docs/server.md applies (PORT, DATA_DIR, DATABASE_URL, SMTP_URL, PROGRAMS, ...).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@endorsement-kit/server';
import { elementRoutes, file } from '../static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The demo page and what it loads, by path. */
export function livePages() {
  const { '/mockServiceWorker.js': _msw, ...element } = elementRoutes();
  return {
    '/': file(join(here, 'live.html'), 'text/html'),
    '/site.css': file(join(here, 'site.css'), 'text/css'),
    '/site.js': file(join(here, 'site.js'), 'text/javascript'),
    '/favicon.svg': file(join(here, 'favicon.svg'), 'image/svg+xml'),
    ...element,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2), { PROGRAMS: join(here, 'receiver.json'), ...process.env }, livePages());
}
