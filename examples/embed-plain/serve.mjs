// `node serve.mjs` (or `pnpm demo:embed` from the root, which builds first): serves the demo page on
// 127.0.0.1 with a strict Content-Security-Policy and prints its URL. No files are copied: the
// element comes from packages/element/dist, msw's worker from its package.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const port = Number(process.env.PORT ?? 5173);

const mocks = await build({ entryPoints: [join(here, 'mocks.js')], bundle: true, format: 'esm', target: 'es2022', write: false, minify: true });
const routes = {
  '/': { type: 'text/html', body: () => readFile(join(here, 'index.html')) },
  '/site.css': { type: 'text/css', body: () => readFile(join(here, 'site.css')) },
  '/site.js': { type: 'text/javascript', body: () => readFile(join(here, 'site.js')) },
  '/mocks.js': { type: 'text/javascript', body: async () => mocks.outputFiles[0].contents },
  '/endorsement-application.js': { type: 'text/javascript', body: () => readFile(join(root, 'packages/element/dist/endorsement-application.js')) },
  '/endorsement-application.es.js': { type: 'text/javascript', body: () => readFile(join(root, 'packages/element/dist/endorsement-application.es.js')) },
  '/mockServiceWorker.js': { type: 'text/javascript', body: () => readFile(require.resolve('msw/mockServiceWorker.js')), headers: { 'Service-Worker-Allowed': '/' } },
};

const server = createServer(async (request, response) => {
  const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!route) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  try {
    const body = await route.body();
    response.writeHead(200, {
      'content-type': `${route.type}; charset=utf-8`,
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
      'cache-control': 'no-store',
      ...route.headers,
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(error.code === 'ENOENT' ? 'Not built: run pnpm build first.' : 'Server error');
  }
});

server.listen(port, '127.0.0.1', () => console.log(`Embed demo: http://127.0.0.1:${port}/`));
