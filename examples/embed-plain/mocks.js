// The demo's backend, inside the browser: msw answers the element's requests as a real backend would
// (docs/backend.md). Bundled by serve.mjs; the worker script is served from msw's own package.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const receipts = new Map();
const receipt = (prefix, status) => {
  const id = `${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const value = { id, receivedAt: new Date().toISOString(), status };
  receipts.set(id, value);
  return value;
};
const seen = new Map();
const once = (request, make) => {
  const key = request.headers.get('Idempotency-Key') ?? crypto.randomUUID();
  if (!seen.has(key)) seen.set(key, make());
  return HttpResponse.json(seen.get(key), { status: 201 });
};

const worker = setupWorker(
  http.post('/api/registrations', ({ request }) => once(request, () => receipt('REG', 'registered'))),
  http.post('/api/applications', ({ request }) => once(request, () => receipt('APP', 'received'))),
  http.get('/api/applications/:id', ({ params }) => {
    const found = receipts.get(String(params.id));
    return found ? HttpResponse.json({ ...found, status: 'under_review' }) : HttpResponse.json({ message: 'Not found' }, { status: 404 });
  }),
);

await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
