// Issue 22, point 3: a bundler splits the package's module entry the way the CDN files are split.
// Both packages are packed (`pnpm pack`, once), installed from the tarballs into an app outside the
// workspace (from the workspace's pnpm store, the registry only for metadata), and the app, `import
// '@endorsement-kit/element/define'`, is built with Vite and with webpack 5 (production, defaults).
// For each: the first chunk (the entry and what it loads statically) is at most 40 KB gz and holds
// no Spanish; the flow part holds none either; Spanish is loaded by `import()` only when a page is
// in Spanish. Each built app then runs in Chromium: an English page starts an application without
// fetching Spanish, a Spanish page shows Spanish. Run after `pnpm build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@endorsement-kit/test-kit/server/chromium.js';
import { programs } from '@endorsement-kit/sdk';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';
import { consumerApp, gz, viteBuild, webpackBuild, type ConsumerBuild, type ConsumerChunk } from '../../../scripts/consumer-build.mjs';

const KB = 1024;
const FIRST_CHUNK = 40 * KB;
const root = fileURLToPath(new URL('../../../', import.meta.url));
let made: ReturnType<typeof consumerApp> | undefined;

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;
let browser: Browser | undefined;

before(async () => {
  for (const pkg of ['sdk', 'element'])
    assert.ok(existsSync(join(root, `packages/${pkg}/dist/index.js`)), `packages/${pkg} is built (run pnpm build)`);
  made = consumerApp(root);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  made?.dispose();
});

/** Serves a build's files at the site's root and a page in a language; the files each page fetched. */
async function inChromium(built: ConsumerBuild, run: (open: (lang: string) => Promise<Page>) => Promise<void>) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const lang = /^\/page-(\w+)$/.exec(path)?.[1];
    if (lang)
      return void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>app</title>${built.script}</head><body><endorsement-application program="alliance"></endorsement-application></body></html>`,
        );
    const code = built.files[path.slice(1)];
    if (code === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const pages: Page[] = [];
  try {
    await run(async (lang) => {
      const page = await browser!.newPage();
      pages.push(page);
      await page.goto(`${origin}/page-${lang}`);
      return page;
    });
  } finally {
    for (const page of pages) await page.close();
    server.close();
  }
}
const fetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)));
const shows = (page: Page, text: string) =>
  page.waitForFunction(
    (text: string) => document.querySelector('endorsement-application')?.shadowRoot?.textContent?.includes(text) === true,
    { timeout: 30000 },
    text,
  );

// The SDK's Spanish messages the English catalog does not have, long enough not to be a name or a
// code (the rating checks' included: they are in the catalog). Not those a ready program says in
// its own words too: a program carries its texts in each of its languages (presets.ts), as the
// CDN files' first load does.
const presets = JSON.stringify(programs);
const spanish = (keys: (key: string) => boolean = () => true) =>
  Object.entries(es)
    .filter(([key, text]) => keys(key) && text.length >= 16 && !Object.values(en).includes(text) && !presets.includes(JSON.stringify(text)))
    .map(([, text]) => text);
const codeOf = (chunks: readonly ConsumerChunk[]) => chunks.map((c) => c.code).join('\n');
const names = (chunks: readonly ConsumerChunk[]) => new Set(chunks.map((c) => c.fileName));

for (const [bundler, build] of [
  ['Vite', viteBuild],
  ['webpack', webpackBuild],
] as const) {
  describe(`a ${bundler} build of /define`, () => {
    let built: ConsumerBuild;
    before(async () => {
      built = await build(made!);
    });

    test(`the first chunk is at most ${FIRST_CHUNK / KB} KB gz, with no Spanish in it; no warnings; the packages' dist files`, () => {
      const { first, chunks } = built;
      assert.ok(first.length > 0, 'an entry chunk');
      const size = first.reduce((sum, c) => sum + gz(c.code), 0);
      const all = chunks.reduce((sum, c) => sum + gz(c.code), 0);
      console.log(
        `${bundler}: first chunk ${size} B gz (${first.map((c) => c.fileName).join(', ')}); Spanish ${built.spanish.reduce((sum, c) => sum + gz(c.code), 0)} B gz; all chunks ${all} B gz`,
      );
      assert.ok(size <= FIRST_CHUNK, `the first chunk is ${size} bytes gz`);
      // Resolved as a consumer's bundler resolves them (`exports`' `default`), not the sources.
      const ours = chunks.flatMap((c) => c.modules).filter((id) => id.includes('/node_modules/@endorsement-kit/'));
      assert.ok(ours.length > 100, 'modules of the packages');
      assert.deepEqual(
        ours.filter((id) => !/\/node_modules\/@endorsement-kit\/(sdk|element)\/dist\//.test(id)),
        [],
      );
      // No `Critical dependency` of the CDN build's `import(url)`s, which a bundler must leave alone.
      assert.deepEqual(built.warnings, []);
      // No path of the machine that built it (webpack writes one for `import.meta.url`).
      assert.doesNotMatch(codeOf(chunks), /file:\/\/\//);

      const words = spanish();
      assert.ok(words.length > 200, 'Spanish to look for');
      // The detector works: every one of them is somewhere in the build, as written.
      const everything = codeOf(chunks);
      assert.deepEqual(
        words.filter((text) => !everything.includes(text)),
        [],
      );
      const firstCode = codeOf(first);
      assert.deepEqual(
        words.filter((text) => firstCode.includes(text)),
        [],
        'no Spanish in the first chunk',
      );
    });

    test('Spanish is imported only for Spanish: its chunk is loaded by import(), not with the first chunk or the flow part', () => {
      const english = names([...built.first, ...built.flow]);
      assert.ok(built.flow.length > 0, 'a flow part');
      assert.ok(
        built.flow.some((c) => !names(built.first).has(c.fileName)),
        'the flow part is not in the first chunk',
      );
      const spanishLoad = names(built.spanish);
      // The words of the interface (its screens, form, steps, references), not also said in the
      // messages of validation, requirements, drafts and rating checks, which the SDK's main entry
      // words in Spanish at once.
      const INTERFACE = /^(ui|form|steps|references)\./;
      const others = Object.entries(es)
        .filter(([key]) => !INTERFACE.test(key))
        .map(([, text]) => text)
        .join('\n');
      const interfaceWords = spanish((key) => INTERFACE.test(key)).filter((text) => !others.includes(text));
      const holding = built.chunks.filter((c) => interfaceWords.some((text) => c.code.includes(text)));
      assert.ok(holding.length > 0, "the interface's Spanish is somewhere");
      assert.deepEqual(
        holding.map((c) => spanishLoad.has(c.fileName) && !english.has(c.fileName)),
        holding.map(() => true),
        `the interface's Spanish is in chunks of their own: ${holding.map((c) => c.fileName).join(', ')}`,
      );
    });

    test("an English page loads none of the SDK's Spanish, rating checks' included (first chunk and flow part); a Spanish page loads it all", () => {
      const english = [...built.first, ...built.flow];
      const englishCode = codeOf(english);
      // Validation's, requirements', drafts' and rating checks' words too: the SDK's translators
      // hold English only in `@endorsement-kit/sdk/core`, which the element imports; Spanish is
      // registered by its chunk. A message whole, as a string literal: 'bebés y niños pequeños' is
      // also inside an item of the default rating form (reference-defaults.ts, in both languages
      // like a program's texts), which is not the catalog's.
      const literal = (text: string) => ['"', "'", '`'].some((quote) => englishCode.includes(`${quote}${text}${quote}`));
      const words = spanish();
      assert.deepEqual(words.filter(literal), [], `no Spanish in ${[...names(english)].join(', ')}`);
      const ratingChecks = spanish((key) => key.startsWith('rating-check.'));
      assert.ok(ratingChecks.length >= 20, "the rating checks' Spanish is looked for");
      assert.ok(built.spanish.length > 0, 'a Spanish chunk');
      assert.ok(
        built.spanish.some((c) => !names(english).has(c.fileName)),
        'the Spanish chunk is not loaded with an English page',
      );
      const spanishPage = codeOf([...english, ...built.spanish]);
      assert.deepEqual(
        words.filter((text) => !spanishPage.includes(text)),
        [],
        "every Spanish message of the SDK's catalog reaches a Spanish page",
      );
    });

    test('in Chromium: an English page starts an application and fetches no Spanish; a Spanish page is in Spanish', async () => {
      const englishFiles = names([...built.first, ...built.flow]);
      const spanishOnly = built.spanish.map((c) => c.fileName).filter((name) => !englishFiles.has(name));
      assert.ok(spanishOnly.length > 0, 'a chunk for Spanish only');
      await inChromium(built, async (open) => {
        const english = await open('en');
        await shows(english, en['ui.start.begin']!);
        // Start asks for the flow part, which brings the first step.
        await english.waitForFunction(
          (label: string) => {
            const buttons = document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll('button') ?? [];
            const start = [...buttons].find((b) => b.textContent?.trim() === label);
            start?.click();
            return start !== undefined;
          },
          { timeout: 30000 },
          en['ui.start.begin']!,
        );
        await shows(english, en['form.step.applicant.title']!);
        const files = await fetched(english);
        assert.ok(
          built.flow.some((c) => files.includes(c.fileName)),
          `the flow part was fetched: ${files.join(', ')}`,
        );
        assert.deepEqual(
          spanishOnly.filter((name) => files.includes(name)),
          [],
          'no Spanish fetched',
        );

        const spanish = await open('es');
        await shows(spanish, es['ui.start.begin']!);
        const spanishFiles = await fetched(spanish);
        assert.ok(
          spanishOnly.every((name) => spanishFiles.includes(name)),
          `Spanish fetched: ${spanishFiles.join(', ')}`,
        );
      });
    });
  });
}
