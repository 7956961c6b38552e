// @web/test-runner in Debian's Chromium. Each test file gets its own browser context, which keeps
// pages in the foreground (requestAnimationFrame runs, so fixtures settle) and isolates IndexedDB
// and service workers per file (toolchain.md, modernweb-dev/web#2588).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { realServerMiddleware, startRealServer, stopRealServer } from './scripts/wtr-real-server.mjs';
import { sampleDocuments } from './examples/static-server.mjs';
import { slowestFiles } from './scripts/wtr-slowest-files.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');
const documents = sampleDocuments();

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'examples/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    { name: 'real-server', serverStart: startRealServer, serverStop: stopRealServer },
  ],
  concurrency: 2,
  reporters: [defaultReporter(), slowestFiles()],
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [
    realServerMiddleware(),
    function serveMswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = readFileSync(mswWorker, 'utf8');
        return;
      }
      return next();
    },
    async function demoDocuments(context, next) {
      // /documents/*: the sample documents the demos' programs link, by the demo servers' own routes.
      const route = documents[context.path];
      if (!route) return next();
      context.type = route.type;
      context.body = await route.body();
    },
    function flakyCdn(context, next) {
      // /flaky-cdn/<file> serves packages/element/dist/cdn/<file>, except that the flow part's
      // first two URLs (none and ?retry=1) fail, as after a redeploy, so a failure shows whether
      // or not an idle prefetch tried first: the part-failure test loads from here.
      if (!context.path.startsWith('/flaky-cdn/')) return next();
      const name = context.path.slice('/flaky-cdn/'.length);
      if (/^endorsement-application\.flow-/.test(name) && ['', 'retry=1'].includes(context.querystring)) {
        context.status = 404;
        return;
      }
      context.type = 'application/javascript';
      context.body = readFileSync(new URL(`packages/element/dist/cdn/${name.replace(/[^\w.-]/g, '')}`, import.meta.url));
    },
    function markedCdn(context, next) {
      // /marked-cdn/<file> serves packages/element/dist/cdn/<file>, the flow part with a first
      // statement that marks when it runs: the prefetch test tells fetched from executed.
      if (!context.path.startsWith('/marked-cdn/')) return next();
      const name = context.path.slice('/marked-cdn/'.length).replace(/[^\w.-]/g, '');
      const body = readFileSync(new URL(`packages/element/dist/cdn/${name}`, import.meta.url), 'utf8');
      context.type = 'application/javascript';
      context.body = /^endorsement-application\.flow-/.test(name) ? `globalThis.flowPartRan = true;\n${body}` : body;
    },
    function strictCspPages(context, next) {
      // Pages named *.csp.html get the strict policy hosts may serve (the element's CSP test).
      if (context.path.endsWith('.csp.html'))
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
};
