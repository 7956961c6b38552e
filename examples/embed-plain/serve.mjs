// `node serve.mjs` (or `pnpm demo:embed` from the root, which builds first): serves the demo page on
// 127.0.0.1 with a strict Content-Security-Policy and prints its URL. No files are copied: the
// element comes from packages/element/dist, msw's worker from its package, the sample documents
// from examples/sample-documents (../static-server.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled, elementRoutes, file, sampleDocuments, serve } from '../static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Starts the demo server (port 0: a free one); resolves to it once listening. */
export async function serveDemo(port = Number(process.env.PORT ?? 5173)) {
  return serve(
    {
      '/': file(join(here, 'index.html'), 'text/html'),
      '/site.css': file(join(here, 'site.css'), 'text/css'),
      // Bundled: it sets the element's program, from the SDK (program.js).
      '/site.js': await bundled(join(here, 'site.js')),
      // The page links this icon: without one, browsers ask for /favicon.ico on every load. The
      // policy's `default-src 'self'` rules out a `data:` icon, so it is a file of its own.
      '/favicon.svg': file(join(here, 'favicon.svg'), 'image/svg+xml'),
      '/mocks.js': await bundled(join(here, 'mocks.js')),
      // What the program links on the signatures step.
      ...sampleDocuments(),
      ...elementRoutes(),
    },
    { label: 'Embed demo', port },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serveDemo();
