// A link page's early open, in Chromium through the msw service worker: the inline script of
// `earlyOpenScript` POSTs the fragment's token once, in the body; `earlyOpenFetch` gives that answer
// to the first matching call only, honours an abort, and a failed early request is the client's
// usual NetworkError, after which the retry fetches anew.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { earlyOpenFetch, earlyOpenScript, isNetworkError, raterClient } from '@endorsement-kit/sdk';
import { createReferenceReceiver } from '@endorsement-kit/test-kit/msw/index.js';

const BASE = '/early-open-api';
const OPEN = `${BASE}/ratings/open`;
const TOKEN = 'early-open-token_0123456789';
const receiver = createReferenceReceiver(`${location.origin}${BASE}`);
const worker = setupWorker(...receiver.handlers);
const HANDOFF = Symbol.for('endorsement-kit.early-open');

interface Seen {
  method: string;
  url: string;
  body: Promise<string>;
}
let seen: Seen[] = [];
worker.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.startsWith(BASE)) seen.push({ method: request.method, url: request.url, body: request.clone().text() });
});

type Handoff = { url: string; token: string; response: Promise<Response> } | undefined;
const handoff = () => (globalThis as unknown as Record<symbol, Handoff>)[HANDOFF];

/** Runs the script as a page's <head> would, with `fragment` in the address bar. */
function runScript(fragment: string, url = OPEN): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
  const script = document.createElement('script');
  script.textContent = earlyOpenScript(url);
  document.head.append(script);
  script.remove();
}

const post = (token: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ token }),
});

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
});
beforeEach(() => {
  seen = [];
  receiver.invite(TOKEN);
});
afterEach(async () => {
  // A request a test left unanswered must not land in the next test's count.
  await handoff()?.response.catch(() => undefined);
  delete (globalThis as unknown as Record<symbol, Handoff>)[HANDOFF];
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  receiver.reset();
  worker.resetHandlers();
});
after(() => worker.stop());

describe('early open', () => {
  it('the script POSTs the fragment’s token once, in the JSON body and never in the URL, and leaves the answer for the page', async () => {
    runScript(encodeURIComponent(` ${TOKEN} `));
    const early = handoff();
    expect(early?.token).to.equal(TOKEN);
    expect(early?.url).to.equal(OPEN);
    expect((await early!.response).status).to.equal(200);
    expect(seen).to.have.length(1);
    expect(seen[0]!.method).to.equal('POST');
    expect(new URL(seen[0]!.url).pathname).to.equal(OPEN);
    expect(seen[0]!.url).not.to.contain(TOKEN);
    expect(JSON.parse(await seen[0]!.body)).to.deep.equal({ token: TOKEN });
  });

  it('the script sends nothing without a fragment or with one that is not valid percent-encoding', async () => {
    runScript('');
    runScript('%E0%A4%A');
    runScript('%20%20');
    expect(handoff()).to.equal(undefined);
    // A request the script had started would have reached the worker before this one.
    await fetch(`${BASE}/ratings/open`, post('after'));
    expect(seen.map((s) => s.url)).to.deep.equal([`${location.origin}${OPEN}`]);
    expect(await seen[0]!.body).to.contain('after');
  });

  it('the URL is a string literal: a `</script>` in it cannot end the script element', () => {
    const text = earlyOpenScript('/api/</script><script>alert(1)</script>');
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>');
    expect(() => earlyOpenScript('')).to.throw(TypeError, '`openUrl`');
  });

  it('the first matching call gets the early answer once; a second call, another token or another URL fetch anew', async () => {
    runScript(TOKEN);
    const early = await handoff()!.response;
    const take = earlyOpenFetch();
    // Another token and another URL leave it where it is.
    expect((await take(OPEN, post('someone-else'))).status).to.equal(404);
    expect((await take(`${BASE}/ratings/accept`, post(TOKEN))).status).to.equal(200);
    expect(handoff()).not.to.equal(undefined);
    expect(seen).to.have.length(3);
    // The same URL, written absolute here and relative in the script.
    const first = await take(`${location.origin}${OPEN}`, post(TOKEN));
    expect(first).to.equal(early);
    expect(handoff()).to.equal(undefined);
    expect(seen).to.have.length(3);
    const second = await take(OPEN, post(TOKEN));
    expect(second).not.to.equal(early);
    expect(second.status).to.equal(200);
    expect(seen).to.have.length(4);
    expect(receiver.requests.get(TOKEN)!.calls['open']).to.equal(2);
  });

  it('another method to the same URL, or a call with no early request on the page, goes to the real fetch', async () => {
    const calls: string[] = [];
    const base: typeof fetch = (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return fetch(input, init);
    };
    worker.use(http.put(`${location.origin}${OPEN}`, () => HttpResponse.json({})));
    const take = earlyOpenFetch(base);
    await take(OPEN, post(TOKEN));
    runScript(TOKEN);
    await take(OPEN, { ...post(TOKEN), method: 'PUT' });
    expect(calls).to.deep.equal([`POST ${OPEN}`, `PUT ${OPEN}`]);
    expect(handoff()).not.to.equal(undefined);
  });

  it('an abort before the early answer arrives rejects as fetch does; one aborted already rejects at once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.post(`${location.origin}${OPEN}`, async () => {
        await held;
        return HttpResponse.json({ held: true });
      }),
    );
    runScript(TOKEN);
    const early = handoff()!.response;
    const controller = new AbortController();
    const taking = earlyOpenFetch()(OPEN, { ...post(TOKEN), signal: controller.signal });
    expect(handoff(), 'taken, even though aborted').to.equal(undefined);
    controller.abort();
    const error = await taking.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    release();
    expect((await early).status).to.equal(200);

    runScript(TOKEN);
    const again = handoff()!.response;
    const aborted = AbortSignal.abort();
    const refused = await earlyOpenFetch()(OPEN, { ...post(TOKEN), signal: aborted }).catch((e: unknown) => e);
    expect(refused).to.equal(aborted.reason);
    await again;
  });

  it('raterClient on it opens the invitation with one request in all', async () => {
    runScript(TOKEN);
    const rater = raterClient({ baseUrl: BASE, fetch: earlyOpenFetch() });
    const invitation = await rater.open(TOKEN);
    expect(invitation.applicantName).to.equal('Ana Ruiz');
    expect(seen).to.have.length(1);
    expect(receiver.requests.get(TOKEN)!.calls['open']).to.equal(1);
  });

  it('a failed early request is the client’s NetworkError; its retry fetches anew and opens', async () => {
    receiver.script('network-error');
    runScript(TOKEN);
    const rater = raterClient({ baseUrl: BASE, fetch: earlyOpenFetch() });
    const failure = await rater.open(TOKEN).catch((e: unknown) => e);
    expect(isNetworkError(failure)).to.equal(true);
    const invitation = await rater.open(TOKEN);
    expect(invitation.state).to.equal('invited');
    expect(seen).to.have.length(2);
    expect(receiver.requests.get(TOKEN)!.calls['open']).to.equal(1);
  });
});
