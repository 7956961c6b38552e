// `pnpm start` from the repository root (`node examples/embed-plain/start.mjs --build`): builds
// unless nothing the build reads changed since its last build (scripts/build-if-changed.mjs), then
// runs the endorsement-kit server in this same process, on PGlite in ./data, serving this page on
// the same origin, with the element posting to /api. In-process, not `pnpm build && node ...`:
// that puts a shell between pnpm and the server, and SIGTERM to pnpm would then reach neither.
// Every setting of docs/server.md applies (PORT, DATA_DIR, DATABASE_URL, SMTP_URL, PROGRAMS, ...).
// `node examples/embed-plain/start.mjs add-coordinator --program ID --email ADDRESS` (the root's
// `pnpm -w add-coordinator`) adds an account with those same settings.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled, elementRoutes, file, sampleDocuments } from '../static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// The msw demo's page (index.html), without its fake backend and saying where answers go.
const FAKE_BACKEND = /\s*<!-- The demo backend[^\n]*\n\s*<script type="module" src="\/mocks\.js"><\/script>/;
const FOOTER = 'This page is a demo. Nothing you type leaves your browser.';
const LIVE_FOOTER =
  'This page is a demo. What you send goes to the endorsement-kit server running on this computer, which keeps it in its data folder.';

async function livePage() {
  const page = await readFile(join(here, 'index.html'), 'utf8');
  if (!FAKE_BACKEND.test(page) || !page.includes(FOOTER)) throw new Error('index.html changed: update start.mjs to match it');
  return page.replace(FAKE_BACKEND, '').replace(FOOTER, LIVE_FOOTER);
}

/** The demo page and what it loads, by path: its script (bundled, it sets the program) and the sample documents that program links. */
export async function livePages() {
  const { '/mockServiceWorker.js': _msw, ...element } = elementRoutes();
  return {
    '/': { type: 'text/html', body: livePage },
    '/site.css': file(join(here, 'site.css'), 'text/css'),
    '/site.js': await bundled(join(here, 'site.js')),
    '/favicon.svg': file(join(here, 'favicon.svg'), 'image/svg+xml'),
    ...sampleDocuments(),
    ...element,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--build') {
    args.shift();
    const { buildIfChanged } = await import('../../scripts/build-if-changed.mjs');
    buildIfChanged();
  }
  // Imported after the build, which writes what it imports.
  const { main } = await import('@endorsement-kit/server');
  // `pnpm -w add-coordinator ...` (from any folder): the same settings as `pnpm start`, in the
  // repository root, so the account lands in the database the server uses. It serves no page.
  const pages = args[0] === 'add-coordinator' ? undefined : await livePages();
  await main(args, { PROGRAMS: join(here, 'receiver.json'), ...process.env }, pages);
}
