// The demo's backend, inside the browser: msw answers the element's requests as a real backend would
// (docs/backend.md). Bundled by serve.mjs; the worker script is served from msw's own package.
// Receipts are kept in this page's localStorage, so the status lookup still finds them after a reload.
import { setupWorker } from 'msw/browser';
import { demoHandlers } from './demo-backend.js';

// Reading `localStorage` itself throws where storage is blocked: the receipts then live in memory.
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

const worker = setupWorker(...demoHandlers({ storage }));

await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
