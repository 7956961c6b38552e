// The demo's backend handlers (docs/backend.md): registrations and applications get receipts,
// and the status lookup answers `under_review` for a receipt it gave. The receipts are kept in
// `storage` (the page's localStorage in mocks.js), so a lookup after a reload still finds them.
// Only the receipt objects `{ id, reference, receivedAt, status }` are stored: nothing the
// applicant typed. So the demo's lookup by reference cannot check the email that comes with it, as
// a real receiver must (docs/backend.md): here any email is taken.
import { http, HttpResponse } from 'msw';

/** Where the receipts are kept, under one key, as `{ [id]: receipt }`. */
export const RECEIPTS_KEY = 'endorsement-kit-demo:receipts';

/**
 * The msw handlers of the demo backend under `baseUrl` (default `/api`, the page's endpoint).
 * @param {{ storage?: Pick<Storage, 'getItem' | 'setItem'>, baseUrl?: string }} [options]
 *   `storage`: where receipts are kept (default: nowhere but this page's memory)
 */
export function demoHandlers({ storage, baseUrl = '/api' } = {}) {
  const memory = new Map();
  const read = () => {
    try {
      const saved = JSON.parse(storage?.getItem(RECEIPTS_KEY) ?? '{}');
      return saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {};
    } catch {
      return {};
    }
  };
  const keep = (value) => {
    memory.set(value.id, value);
    try {
      storage?.setItem(RECEIPTS_KEY, JSON.stringify({ ...read(), [value.id]: value }));
    } catch {
      // Storage full or blocked (a private window): the receipt lives as long as the page.
    }
  };
  const find = (id) => {
    const saved = read();
    return memory.get(id) ?? (Object.hasOwn(saved, id) ? saved[id] : undefined);
  };

  // Short references as @endorsement-kit/server gives them: 11 characters without 0/O/1/I.
  const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const code = () => Array.from(crypto.getRandomValues(new Uint8Array(11)), (byte) => ALPHABET[byte % 32]).join('');
  const normalized = (typed) =>
    String(typed ?? '')
      .toUpperCase()
      .replace(/[\s-]/g, '');
  const receipt = (prefix, status) => {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const drawn = code();
    const reference = `${drawn.slice(0, 3)}-${drawn.slice(3, 7)}-${drawn.slice(7)}`;
    const value = { id, reference, receivedAt: new Date().toISOString(), status };
    keep(value);
    return value;
  };
  // The same Idempotency-Key (a retry) gets the same receipt, as docs/backend.md asks of a backend.
  const seen = new Map();
  const once = (request, make) => {
    const key = request.headers.get('Idempotency-Key') ?? crypto.randomUUID();
    if (!seen.has(key)) seen.set(key, make());
    return HttpResponse.json(seen.get(key), { status: 201 });
  };

  return [
    http.post(`${baseUrl}/registrations`, ({ request }) => once(request, () => receipt('REG', 'registered'))),
    http.post(`${baseUrl}/applications`, ({ request }) => once(request, () => receipt('APP', 'received'))),
    http.post(`${baseUrl}/applications/lookup`, async ({ request }) => {
      const { reference } = await request.json().catch(() => ({}));
      const found = [...Object.values(read()), ...memory.values()].find(
        (r) => r.id.startsWith('APP-') && (normalized(r.reference) === normalized(reference) || r.id === reference),
      );
      return found
        ? HttpResponse.json({ ...found, status: 'under_review' })
        : HttpResponse.json({ error: 'not_found', message: 'Not found' }, { status: 404 });
    }),
    http.get(`${baseUrl}/applications/:id`, ({ params }) => {
      const found = find(String(params.id));
      return found ? HttpResponse.json({ ...found, status: 'under_review' }) : HttpResponse.json({ message: 'Not found' }, { status: 404 });
    }),
  ];
}
