// `node serve.mjs` (after `node build.mjs`; `pnpm demo:react` does both): serves the React app under
// the same strict Content-Security-Policy as the other examples and prints its URL.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, serve } from '../static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Starts the server (port 0: a free one); resolves to it once listening. */
export function serveApp(port = Number(process.env.PORT ?? 5175)) {
  return serve(
    {
      '/': file(join(here, 'index.html'), 'text/html'),
      '/app.css': file(join(here, 'app.css'), 'text/css'),
      '/app.js': file(join(here, 'dist', 'app.js'), 'text/javascript'),
      '/app.js.map': file(join(here, 'dist', 'app.js.map'), 'application/json'),
    },
    { label: 'React host demo', port },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serveApp();
