// @web/test-runner in Debian's Chromium. Each test file gets its own browser context, which keeps
// pages in the foreground (requestAnimationFrame runs, so fixtures settle) and isolates IndexedDB
// and service workers per file (toolchain.md, modernweb-dev/web#2588).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { realServerMiddleware, startRealServer, stopRealServer } from './scripts/wtr-real-server.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'examples/*/test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), { name: 'real-server', serverStart: startRealServer, serverStop: stopRealServer }],
  concurrency: 2,
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
    function strictCspPages(context, next) {
      // Pages named *.csp.html get the strict policy hosts may serve (the element's CSP test).
      if (context.path.endsWith('.csp.html')) context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  ],
};
