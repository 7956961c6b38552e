// `node serve.mjs` (or `pnpm demo:theme` from the root, which builds first): serves Lakeview's page
// with the single-file element under a strict Content-Security-Policy, msw as its backend (the
// embed-plain example's), and prints the URL.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled, elementRoutes, file, sampleDocuments, serve } from '../static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

await serve(
  {
    '/': file(join(here, 'index.html'), 'text/html'),
    '/site.css': file(join(here, 'site.css'), 'text/css'),
    '/theme.css': file(join(here, 'theme.css'), 'text/css'),
    '/logo.svg': file(join(here, 'logo.svg'), 'image/svg+xml'),
    '/program.json': file(join(here, 'program.json'), 'application/json'),
    // Sample documents the program links on the signatures step (its `documents`).
    ...sampleDocuments(),
    '/mocks.js': await bundled(join(here, '..', 'embed-plain', 'mocks.js')),
    ...elementRoutes(),
  },
  { label: 'Affiliate theme demo', port: Number(process.env.PORT ?? 5174) },
);
