// Draft timings in real Chromium (IndexedDB, WebCrypto): save time p50/p95 of a draft with 300
// entries, with and without encryption, and keystroke-to-durable latency (a change until its
// save is on disk, autosave delay included). Prints figures; asserts nothing.
//
//   node scripts/bench-drafts.mjs [--runs 40]
//
// Bundles the SDK from source with esbuild, serves it from a local port (IndexedDB needs an
// origin) and drives /usr/bin/chromium (or CHROME_PATH) with puppeteer-core, launched with the
// flags of web-test-runner.config.mjs.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Math.max(5, Number(values.runs) || 40);

const require = createRequire(import.meta.url);
// puppeteer-core comes with @web/test-runner-chrome (pnpm does not hoist it).
const fromChrome = createRequire(require.resolve('@web/test-runner-chrome'));
const { default: puppeteer } = await import(fromChrome.resolve('puppeteer-core'));
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const bundle = await build({
  entryPoints: ['packages/sdk/src/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source', 'browser'],
  tsconfig: 'tsconfig.base.json',
  write: false,
  logLevel: 'silent',
});
const sdk = bundle.outputFiles[0].text;
const page = `<!doctype html><meta charset="utf-8"><script type="module">import * as SDK from '/sdk.js'; window.SDK = SDK; window.ready = true;</script>`;

const server = createServer((req, res) => {
  if (req.url === '/sdk.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(sdk);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});

try {
  const tab = await browser.newPage();
  await tab.goto(origin);
  await tab.waitForFunction(() => window.ready === true);
  const results = await tab.evaluate(async (runs) => {
    const { createEndorsementClient, customBackend, indexedDbStore, programs } = window.SDK;
    const backend = customBackend({ register: async () => ({}), submit: async () => ({}), status: async () => ({}) });
    const quantile = (xs, q) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    };
    const entry = (i) => ({
      title: `Training session ${i}: relationship-based practice with infants and families`,
      provider: 'First 5 Alabama',
      date: '2024-03-27',
      hours: 3 + (i % 7),
      topics: ['iecmh', i % 5 === 0 ? 'dei' : 'rsc-provision'],
      competencies: ['Theoretical foundations', 'Direct service skills'],
    });
    const out = [];
    for (const encrypt of [true, false]) {
      const store = indexedDbStore({ database: `bench-${encrypt}-${Date.now()}`, encrypt });
      const client = createEndorsementClient({ program: programs.alliance, backend, store });
      const draft = await client.open();
      draft.set('applicant', { givenName: 'Jordan', familyName: 'Whitfield', email: 'jordan@example.org' });
      for (let i = 0; i < 300; i++) draft.add('training', entry(i));
      await draft.flush();
      const bytes = JSON.stringify(draft.value).length;
      const save = [];
      for (let i = 0; i < runs; i++) {
        draft.set(['training', i % 300, 'hours'], i % 40);
        const start = performance.now();
        await draft.flush();
        save.push(performance.now() - start);
      }
      const durable = [];
      for (let i = 0; i < Math.min(runs, 15); i++) {
        const start = performance.now();
        await new Promise((resolve) => {
          const stop = draft.subscribe((d) => {
            if (d.saveState.status === 'saved' && d.saveState.durable) {
              stop();
              resolve();
            }
          });
          draft.set('applicant.givenName', `Jordan${i}`);
        });
        durable.push(performance.now() - start);
      }
      await client.dispose();
      out.push({
        encrypt,
        bytes,
        save: [quantile(save, 0.5), quantile(save, 0.95)],
        durable: [quantile(durable, 0.5), quantile(durable, 0.95)],
      });
    }
    return out;
  }, runs);

  const ms = (n) => `${n.toFixed(1)} ms`.padStart(9);
  for (const r of results) {
    const label = r.encrypt ? 'encrypted' : 'plain    ';
    console.log(
      `save, 300 entries (${(r.bytes / 1024).toFixed(0)} KB JSON), ${label}  p50 ${ms(r.save[0])}  p95 ${ms(r.save[1])}   (${runs} saves)`,
    );
  }
  for (const r of results) {
    const label = r.encrypt ? 'encrypted' : 'plain    ';
    console.log(`keystroke to durable (default autosave), ${label}    p50 ${ms(r.durable[0])}  p95 ${ms(r.durable[1])}`);
  }

  // A reload right after a change: the page is gone before any late write, so only a save that
  // started at once survives. Set a field, wait, reload, then read the draft on the new page.
  const openDraft = (id) =>
    tab.evaluate(async (id) => {
      const { createEndorsementClient, customBackend, indexedDbStore, programs } = window.SDK;
      const backend = customBackend({ register: async () => ({}), submit: async () => ({}), status: async () => ({}) });
      window.client = createEndorsementClient({ program: programs.alliance, backend, store: indexedDbStore({ database: 'bench-reload' }) });
      window.draft = await window.client.open(id);
      await window.draft.flush();
      return window.draft.get('applicant.givenName');
    }, id);
  for (const wait of [0, 20, 100]) {
    let kept = 0;
    const tries = 8;
    for (let i = 0; i < tries; i++) {
      await openDraft('reload');
      const value = `Jordan ${wait} ${i}`;
      await tab.evaluate((value) => window.draft.set('applicant.givenName', value), value);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await tab.reload();
      await tab.waitForFunction(() => window.ready === true);
      if ((await openDraft('reload')) === value) kept++;
    }
    console.log(`reload ${String(wait).padStart(3)} ms after a change (default autosave, encrypted): ${kept}/${tries} kept`);
  }
} finally {
  await browser.close();
  server.close();
}
