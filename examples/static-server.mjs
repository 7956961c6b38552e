// The examples' tiny static server (embed-plain, affiliate-theme, react-host): serves named routes
// on 127.0.0.1 under a strict Content-Security-Policy and prints the URL. Nothing is copied into
// the repository: the element comes from packages/element/dist, msw's worker from its package,
// the sample documents the demos' programs link from examples/sample-documents.
import { createServer } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** A route serving a file as it is on disk. */
export const file = (path, type, headers) => ({ type, body: () => readFile(path), ...(headers ? { headers } : {}) });

/** A route serving an ES module bundled (once, at start) by esbuild, e.g. a page's msw backend. */
export async function bundled(entry, options = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    ...options,
  });
  return { type: 'text/javascript', body: async () => result.outputFiles[0].contents };
}

/**
 * The element's CDN files (dist/cdn): endorsement-application.js and the parts beside it, the
 * Spanish file, the classic scripts; and msw's service worker.
 */
export const elementRoutes = () => {
  const cdn = join(repoRoot, 'packages/element/dist/cdn');
  const built = existsSync(cdn)
    ? readdirSync(cdn).filter((name) => /\.(js|map)$/.test(name))
    : ['endorsement-application.js', 'endorsement-application.es.js'];
  return {
    ...Object.fromEntries(
      built.map((name) => [`/${name}`, file(join(cdn, name), name.endsWith('.map') ? 'application/json' : 'text/javascript')]),
    ),
    '/mockServiceWorker.js': file(require.resolve('msw/mockServiceWorker.js'), 'text/javascript', { 'Service-Worker-Allowed': '/' }),
  };
};

/**
 * The sample Code of Ethics and Endorsement Agreement (examples/sample-documents, labelled as
 * samples, not any association's documents) under `/documents/`, where the demos' programs link
 * them on the signatures step. Each styles itself with the serving page's `/site.css`.
 */
export const sampleDocuments = () => {
  const folder = join(repoRoot, 'examples/sample-documents');
  return {
    '/documents/code-of-ethics.html': file(join(folder, 'code-of-ethics.html'), 'text/html'),
    '/documents/endorsement-agreement.html': file(join(folder, 'endorsement-agreement.html'), 'text/html'),
    '/documents/icon.svg': file(join(folder, 'icon.svg'), 'image/svg+xml'),
  };
};

/**
 * Serves `routes` (`{ [path]: { type, body(), headers? } }`) and resolves to the listening server
 * once its URL is printed as `${label}: http://127.0.0.1:${port}/`. Port 0 picks a free one. A
 * port in use ends the process (exit code 1) with one line that suggests `PORT=`.
 */
export function serve(routes, { port = Number(process.env.PORT ?? 5173), label = 'Demo' } = {}) {
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
        'content-security-policy': CSP,
        'cache-control': 'no-store',
        ...route.headers,
      });
      response.end(body);
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'text/plain' })
        .end(error.code === 'ENOENT' ? 'Not built: run pnpm build first.' : 'Server error');
    }
  });
  return new Promise((resolve, reject) => {
    // A busy port is the person's to fix, not a bug: one line saying how, not a stack trace.
    server.once('error', (error) => {
      if (error.code !== 'EADDRINUSE') return reject(error);
      console.error(`${label}: port ${port} is already in use. Start it on another port, e.g. PORT=${port + 1}.`);
      process.exit(1);
    });
    server.listen(port, '127.0.0.1', () => {
      console.log(`${label}: http://127.0.0.1:${server.address().port}/`);
      resolve(server);
    });
  });
}
