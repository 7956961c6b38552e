// A link page (the rater's `/r/#token`, the renewal's `/renew/#token`) pays three round trips in a
// row: the HTML, the element's script, then the POST of the token the script reads from the
// fragment. An inline script in the page's <head> starts that POST while the element's script
// downloads, and hands its response over to the element's first open.

/** Where the inline script leaves its request for the page's script (a registered symbol: any bundle finds it). */
const HANDOFF = 'endorsement-kit.early-open';

/** What the inline script leaves on `globalThis[Symbol.for('endorsement-kit.early-open')]`. */
interface EarlyOpen {
  url: string;
  token: string;
  response: Promise<Response>;
}

/**
 * The source text of a small inline script for the `<head>` of a link page: it reads the token from
 * `location.hash` and POSTs `{ token }` to `openUrl` at once, as the element's first open would, so
 * the answer is on its way while the element's script downloads. `earlyOpenFetch()` hands that
 * answer to the element. Nothing is sent when the fragment is empty or not valid percent-encoding;
 * the token never goes into a URL. The text is the same for every visitor (no token, no nonce):
 * allow it under a strict CSP by its hash, `earlyOpenHash(openUrl)`, never with `'unsafe-inline'`.
 * @example
 * const head = `<script>${earlyOpenScript('/api/ratings/open')}</script>
 * <script type="module" src="/endorsement-rating.js"></script>`;
 */
export function earlyOpenScript(openUrl: string): string {
  if (typeof openUrl !== 'string' || openUrl === '') throw new TypeError('`openUrl` must be a URL');
  // JSON is a JavaScript string literal; with `<` escaped, `</script>` or `<!--` cannot end the element.
  const url = JSON.stringify(openUrl).replace(/</g, '\\u003c');
  return (
    `(function(){try{var u=${url},t=decodeURIComponent(location.hash.slice(1)).trim();if(!t)return;` +
    `var r=fetch(u,{method:"POST",headers:{accept:"application/json","content-type":"application/json"},` +
    `body:JSON.stringify({token:t}),credentials:"omit",cache:"no-store"});` +
    // Caught here so that an answer nobody takes is no unhandled rejection; the taker still sees it.
    `r.catch(function(){});globalThis[Symbol.for(${JSON.stringify(HANDOFF)})]={url:u,token:t,response:r}}catch(e){}})();`
  );
}

/**
 * The CSP hash source of `earlyOpenScript(openUrl)`, `'sha256-…'`, to add to the page's
 * `script-src`. Web Crypto, so it runs in Node (20+), Deno, Bun, workers and browsers alike.
 * @example
 * const csp = `default-src 'none'; script-src 'self' ${await earlyOpenHash('/api/ratings/open')}; connect-src 'self'`;
 */
export async function earlyOpenHash(openUrl: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(earlyOpenScript(openUrl)));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

const tokenOf = (body: unknown): string | undefined => {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && 'token' in parsed && typeof parsed.token === 'string'
      ? parsed.token
      : undefined;
  } catch {
    return undefined;
  }
};

const absolute = (url: string): string | undefined => {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return undefined;
  }
};

/**
 * A `fetch` for a link page's client that takes the answer `earlyOpenScript` started: the first
 * POST to the same URL (both resolved against the page's address) with the same `token` in its
 * JSON body gets that answer, once; every other call, and any call when the page has no such
 * script, goes to `base`. An `init.signal` that aborts first rejects as `fetch` does. A failed early
 * request fails that first call as a network failure; the client's retry then fetches anew.
 * @example
 * const rater = raterClient({ baseUrl: '/api', fetch: earlyOpenFetch() });
 * const invitation = await rater.open(decodeURIComponent(location.hash.slice(1)).trim());
 */
export function earlyOpenFetch(base?: typeof fetch): typeof fetch {
  // The global one at call time, not at creation: a test or host may replace it later.
  const real: typeof fetch = base ?? ((input, init) => fetch(input, init));
  return (input, init) => {
    const key = Symbol.for(HANDOFF);
    const early = (globalThis as Record<symbol, EarlyOpen | undefined>)[key];
    const url = typeof input === 'string' || input instanceof URL ? absolute(String(input)) : undefined;
    if (
      !early ||
      url === undefined ||
      url !== absolute(early.url) ||
      init?.method?.toUpperCase() !== 'POST' ||
      tokenOf(init.body) !== early.token
    )
      return real(input, init);
    delete (globalThis as Record<symbol, EarlyOpen | undefined>)[key];
    const signal = init.signal;
    if (!signal) return early.response;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      signal.addEventListener('abort', abort, { once: true });
      early.response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  };
}
