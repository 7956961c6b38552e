// Issue 23, point 7: an `integrity` attribute on endorsement-application.js pins that small file
// only; the parts it imports ran whatever their bytes. dist/cdn/importmap.json (written by
// `pnpm build`) gives an import map's `integrity` for every module file, used as
// docs/embedding.md shows; here a part whose bytes were changed is refused. Served by a plain
// server (the test runner's own rewrites the files it serves). Run after `pnpm build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const require = createRequire(import.meta.url);

interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'requestfailed', listener: (request: { url(): string }) => void): void;
  evaluate<T>(fn: () => T): Promise<T>;
  waitForFunction(fn: () => boolean, options: { timeout: number }): Promise<unknown>;
  waitForFunction<A>(fn: (arg: A) => boolean, options: { timeout: number }, arg: A): Promise<unknown>;
  close(): Promise<void>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

describe('dist/cdn/importmap.json', () => {
  const map = () => JSON.parse(readFileSync(join(cdnDir, 'importmap.json'), 'utf8')) as { integrity: Record<string, string> };
  let server: Server;
  let origin = '';
  let browser: Browser;
  before(async () => {
    assert.ok(existsSync(join(cdnDir, 'importmap.json')), 'the element is built (run pnpm build)');
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      // /good/<file>: the built file; /tampered/<file>: the same, but the flow part changed by one
      // statement, as a compromised CDN might serve it; /page/<good|tampered>: a host's page.
      const [, where, name = ''] = url.pathname.split('/');
      if (where === 'page') {
        const base = `${origin}/${name}/`;
        const integrity = Object.fromEntries(Object.entries(map().integrity).map(([key, hash]) => [key.replace(/^\.\//, base), hash]));
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="importmap">${JSON.stringify({ integrity })}</script>
<script type="module" src="${base}endorsement-application.js"></script>
</head><body><endorsement-application program="first5-alabama"></endorsement-application></body></html>`;
        response.writeHead(200, { 'content-type': 'text/html' }).end(html);
        return;
      }
      const file = join(cdnDir, name.replace(/[^\w.-]/g, ''));
      if (!['good', 'tampered'].includes(where!) || !existsSync(file)) return void response.writeHead(404).end();
      let body = readFileSync(file);
      if (where === 'tampered' && /\.flow-[\w-]{8}\.js$/.test(name))
        body = Buffer.concat([Buffer.from('globalThis.tampered = true;\n'), body]);
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const fromChrome = createRequire(require.resolve('@web/test-runner-chrome'));
    const puppeteer = ((await import(fromChrome.resolve('puppeteer-core'))) as { default: { launch(options: object): Promise<Browser> } })
      .default;
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('pins every module file: the entry, each part and Spanish', () => {
    const keys = Object.keys(map().integrity);
    for (const name of [
      /^\.\/endorsement-application\.js$/,
      /^\.\/endorsement-application\.flow-[\w-]{8}\.js$/,
      /^\.\/endorsement-application\.send-[\w-]{8}\.js$/,
      /^\.\/endorsement-application\.es\.js$/,
    ]) {
      assert.ok(
        keys.some((key) => name.test(key)),
        String(name),
      );
    }
    for (const hash of Object.values(map().integrity)) assert.match(hash, /^sha384-[\w+/]{64}$/);
  });

  it('with the files as built, the element is defined; with a changed part, it is refused and nothing of it runs', async () => {
    // Start asks for the flow part: on the good files it brings the first step, on the tampered
    // ones (the entry whole, the flow part's bytes changed) the part is refused.
    const startThen = async (page: Page, text: string) => {
      await page.waitForFunction(
        () => {
          const buttons = document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll('button') ?? [];
          const start = [...buttons].find((b) => b.textContent?.trim() === 'Start a new application');
          start?.click();
          return start !== undefined;
        },
        { timeout: 20000 },
      );
      await page.waitForFunction(
        (text: string) => document.querySelector('endorsement-application')?.shadowRoot?.textContent?.includes(text) === true,
        { timeout: 20000 },
        text,
      );
    };

    const good = await browser.newPage();
    await good.goto(`${origin}/page/good`);
    await startThen(good, 'About you');
    await good.close();

    const tampered = await browser.newPage();
    await tampered.goto(`${origin}/page/tampered`);
    await startThen(tampered, 'could not be loaded');
    assert.ok(
      await tampered.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => /\/tampered\/endorsement-application\.flow-/.test(entry.name)),
      ),
      'the changed part was fetched',
    );
    assert.equal(await tampered.evaluate(() => (globalThis as { tampered?: boolean }).tampered ?? false), false, 'nothing of it ran');
    await tampered.close();
  });
});
