// The element against a plain-HTML page of the same screen, in headless Chromium: time to the
// first usable text input from navigation, and the page's main-thread work (CDP TaskDuration, and
// the main thread's CPU time, ThreadTime, which a loaded machine stretches less) for 200 typed
// keys, on the first registration step and on a training step holding 200 entries. Prints
// figures and ratios (targets: first input <= 2x, 200 keys <= 1.5x); asserts nothing.
//
//   node scripts/bench-page.mjs [--runs 5] [--only snapshots,application] [--profile phone|desktop]
//   BENCH_CDN=<dir> measures another build's files; BENCH_RUNS=3 sets the runs when pnpm bench starts it
//
// Serves packages/element/dist/cdn (run `pnpm build` first) and the plain pages from one local
// origin, gzip-compressed as a host's server would send them. Two kinds of plain page:
// - snapshots: the element's own shadow DOM and styles of that screen, so both show the same
//   markup and only the element's work differs;
// - scripts/bench-pages/plain-application.html: the same application written by hand as native
//   controls and no script (seven steps, step 1 live, the rest in <template>s), measured on a
//   desktop profile and on a phone profile: 562.5 ms request latency, 1474.56 kbps down, 607.5 kbps
//   up, the CPU slowed 4x (CDP Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate).
// On those profiles the same application in SurveyJS 2.5 (scripts/bench-pages/surveyjs-application.html)
// runs beside them, and each run also records the long tasks (over 50 ms) before the first input
// and the longest input delay (Event Timing) while the 200 keys are typed.
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' }, only: { type: 'string' }, profile: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs) || 5);
// --only snapshots,application (default: all); --profile phone|desktop (default: both).
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (section) => !only || only.has(section);
const CDN = process.env.BENCH_CDN ?? 'packages/element/dist/cdn';
if (!existsSync(join(CDN, 'endorsement-application.js'))) {
  console.log('page: not built (run pnpm build)');
  process.exit(0);
}

const require = createRequire(import.meta.url);
const fromChrome = createRequire(require.resolve('@web/test-runner-chrome'));
const { default: puppeteer } = await import(fromChrome.resolve('puppeteer-core'));
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

// The SDK, to seed a draft with 200 training entries the way the element stores it.
const sdk = (
  await build({
    entryPoints: ['packages/sdk/src/index.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0].text;

const plain = new Map();
const elementPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>element</title><script type="module" src="/endorsement-application.js"></script></head><body><endorsement-application program="alliance"></endorsement-application></body></html>`;
const seedPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>seed</title><script type="module">import * as SDK from '/sdk.js'; window.SDK = SDK; window.ready = true;</script></head><body></body></html>`;
const handWritten = readFileSync(new URL('bench-pages/plain-application.html', import.meta.url), 'utf8');
const surveyPage = readFileSync(new URL('bench-pages/surveyjs-application.html', import.meta.url), 'utf8');
// Their packages' exports leave the UMD files out: find them beside package.json.
const packageDir = (name) => dirname(require.resolve(name));
const SURVEY_FILES = {
  'survey.core.min.js': join(packageDir('survey-core'), 'survey.core.min.js'),
  'survey-core.min.css': join(packageDir('survey-core'), 'survey-core.min.css'),
  'survey-js-ui.min.js': join(packageDir('survey-js-ui'), 'survey-js-ui.min.js'),
};
// The rater's form (/r/) and the renewal form (/renew/), each its element's one file, against
// a hand-written page of the same form (native controls, no script). Their API is faked:
// test-kit's reference receiver (msw handlers, answered here with msw's getResponse) and a renewal
// invitation like renewal-leave.browser.test.ts's. test-kit is TypeScript: run with tsx.
// Both pages are the receiver's own HTML and headers (elementPageHtml, elementPageHeaders): /renew/
// with its shell (heading, "Opening your renewal…") painted before the script runs, both with the
// early-open script in <head> that POSTs the link's token while the element's script downloads.
// BENCH_NO_SHELL=1: /renew/ without its shell; BENCH_NO_EARLY=1: both without the early open.
// A page with `inline` (the rater's, the renewal page's) has its script written in, as the receiver
// does once it is built (the renewal page's parts by URL from beside it); BENCH_NO_INLINE=1: loaded
// by URL instead. BENCH_CPUPROF=<folder>: each element page's CPU profiles from its start to its
// first input and over its 200 keys (the application's, the rater's, the renewal's), written there
// (<page>-<profile>-<run>.cpuprofile and <page>-<profile>-<run>-typing.cpuprofile) for DevTools.
const { canWriteIntoPage, elementPageHtml, elementPageHeaders } = await import('../packages/server/src/http/element-page-routes.ts');
const { RATER_PAGE } = await import('../packages/server/src/references/rater-page.ts');
const { RENEWAL_PAGE } = await import('../packages/server/src/endorsees/renewal-page.ts');
const asBenched = (page) => ({
  ...page,
  ...(process.env.BENCH_NO_SHELL ? { shell: '' } : {}),
  ...(process.env.BENCH_NO_EARLY ? { earlyOpen: undefined } : {}),
  ...(process.env.BENCH_NO_INLINE ? { inline: false } : {}),
});
const elementPages = {};
for (const page of [RATER_PAGE, RENEWAL_PAGE].map(asBenched)) {
  const code = readFileSync(join(CDN, `${page.tag}.js`), 'utf8');
  const written = page.inline && canWriteIntoPage(code) ? code : undefined;
  elementPages[`${page.base}/`] = {
    html: elementPageHtml(page, written),
    headers: await elementPageHeaders(page, written),
    script: `${page.base}/${page.tag}.js`,
  };
}
const handWrittenForms = Object.fromEntries(
  ['plain-rating.html', 'plain-renewal.html'].map((name) => [
    `/${name}`,
    readFileSync(new URL(`bench-pages/${name}`, import.meta.url), 'utf8'),
  ]),
);
let apiHandlers = [];
async function answerApi(req, res) {
  const { getResponse } = await import('msw');
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const request = new Request(`${origin}${req.url}`, {
    method: req.method,
    headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
    ...(req.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
  });
  const response = (await getResponse(apiHandlers, request)) ?? new Response('{}', { status: 404 });
  const headers = { 'content-type': response.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' };
  const body = Buffer.from(await response.arrayBuffer());
  // As the receiver does (create-app.ts): the links' open answers (the program in them) gzipped.
  if (!req.url.split('?')[0].endsWith('/open') || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
    return void res.writeHead(response.status, headers).end(body);
  res.writeHead(response.status, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
}

const gzipped = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/api/')) return void answerApi(req, res).catch(() => res.writeHead(500).end());
  const send = (type, body, extra = {}) => {
    const headers = { ...extra, 'content-type': type, 'cache-control': 'no-store' };
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return res.writeHead(200, headers).end(body);
    if (!gzipped.has(body)) gzipped.set(body, gzipSync(body));
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(body));
  };
  if (path === '/element.html') return send('text/html', elementPage);
  if (path === '/plain-application.html') return send('text/html', handWritten);
  if (path === '/surveyjs-application.html') return send('text/html', surveyPage);
  const surveyFile = SURVEY_FILES[path.replace(/^\/survey\//, '')];
  if (path.startsWith('/survey/') && surveyFile)
    return send(path.endsWith('.css') ? 'text/css' : 'text/javascript', readFileSync(surveyFile, 'utf8'));
  if (path === '/seed.html') return send('text/html', seedPage);
  if (elementPages[path]) return send('text/html', elementPages[path].html, elementPages[path].headers);
  // The element's script where the receiver serves it: /r/endorsement-rating.js, and its parts
  // beside it (/renew/endorsement-renewal.checks-<hash>.js).
  const pageScript = Object.values(elementPages).find(
    (page) => page.script === path || (path.startsWith(page.script.replace(/js$/, '')) && /^[\w/.-]+$/.test(path)),
  );
  if (pageScript) return send('text/javascript', readFileSync(join(CDN, path.slice(path.lastIndexOf('/') + 1)), 'utf8'));
  if (handWrittenForms[path]) return send('text/html', handWrittenForms[path]);
  if (path === '/sdk.js') return send('text/javascript', sdk);
  if (plain.has(path)) return send('text/html', plain.get(path));
  const file = join(CDN, path.slice(1));
  if (/^\/[\w.-]+\.js$/.test(path) && existsSync(file)) return send('text/javascript', readFileSync(file, 'utf8'));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const RATER_TOKEN = 'bench-rater-token';
const RENEWAL_TOKEN = 'bench-renewal-token';
if (wanted('rate') || wanted('renew')) {
  const { http, HttpResponse } = await import('msw');
  const { createReferenceReceiver } = await import('@endorsement-kit/test-kit/msw/index.js');
  const { renewalInvitation } = await import('@endorsement-kit/test-kit/fixtures/renewal-invitation.js');
  const receiver = createReferenceReceiver(`${origin}/api`);
  // Accepted already: the link opens on the form itself.
  receiver.invite(RATER_TOKEN, { state: 'in_progress' });
  const invitation = renewalInvitation();
  apiHandlers = [
    ...receiver.handlers,
    http.post(`${origin}/api/renewals/open`, () => HttpResponse.json(invitation)),
    http.post(`${origin}/api/renewals/save`, () => HttpResponse.json({ savedAt: new Date().toISOString() })),
  ];
}

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Network and CPU conditions, applied to a page before it loads. */
const ALL_PROFILES = {
  desktop: async () => {},
  'phone (562.5 ms latency, 1474.56/607.5 kbps, CPU 4x slower)': async (page) => {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1474.56 * 1024) / 8,
      uploadThroughput: (607.5 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  },
};

const PROFILES = Object.fromEntries(Object.entries(ALL_PROFILES).filter(([name]) => !values.profile || name.startsWith(values.profile)));

// Records when a text input first exists and can take focus, checked every frame from the start,
// and the long tasks the page ran (their sum before that moment is read after).
const WATCH_INPUT = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({
    type: 'longtask',
    buffered: true,
  });
  const find = () => {
    const host = document.querySelector('endorsement-application, endorsement-rating, endorsement-renewal');
    const root = host ? host.shadowRoot : document;
    return root?.querySelector('input:not([type]), input[type="text"], input[type="email"], input[inputmode]');
  };
  const check = () => {
    const input = find();
    if (input && input.getClientRects().length > 0) window.firstInput = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/**
 * BENCH_CPUPROF=<folder>: starts the page's CPU profile; the function returned stops it and writes
 * it there as <name>.cpuprofile (for DevTools). Without the variable, undefined.
 */
async function cpuProfile(page, name) {
  if (!process.env.BENCH_CPUPROF) return undefined;
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(process.env.BENCH_CPUPROF, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const shadowOf = (page, selector) =>
  page.evaluateHandle((selector) => {
    const root = document.querySelector('endorsement-application').shadowRoot;
    return selector ? root.querySelector(selector) : root;
  }, selector);

async function onElement(context, setup) {
  const page = await context.newPage();
  await page.goto(`${origin}/element.html`);
  await page.waitForFunction(() => document.querySelector('endorsement-application')?.shadowRoot?.querySelector('#ek-step-heading'), {
    timeout: 20000,
  });
  if (setup) await setup(page);
  return page;
}

/** The element's current screen as a plain page: its shadow markup and styles, no script. */
async function snapshot(page, name) {
  const html = await page.evaluate(() => {
    const el = document.querySelector('endorsement-application');
    const css = el.shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n')
      .replaceAll(':host', '.host');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title><style>${css}</style></head><body><div class="host">${el.shadowRoot.innerHTML}</div></body></html>`;
  });
  plain.set(`/${name}.html`, html);
  return `/${name}.html`;
}

async function goToAboutYou(page) {
  // The start screen shows while the draft opens; its Start button once it is open.
  const start = await page.waitForFunction(
    () =>
      [...document.querySelector('endorsement-application').shadowRoot.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === 'Start a new application',
      ),
    { timeout: 20000 },
  );
  await start.click();
  // A form step's heading holds the form's name and the step's own title.
  await page.waitForFunction(
    () =>
      document.querySelector('endorsement-application').shadowRoot.querySelector('#ek-step-heading .step-title')?.textContent.trim() ===
      'About you',
    { timeout: 20000 },
  );
}

/**
 * Main-thread work (ms) for 200 keys typed into `selector`, the page settled after: the time its
 * tasks took (TaskDuration, which a busy machine stretches) and the CPU time they used (ThreadTime).
 */
async function typingWork(page, input, profileName) {
  // puppeteer's page.metrics() leaves ThreadTime out: ask Chromium directly.
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await input.focus();
  // The longest input delay (event start to its handlers' start) of the keys, from Event Timing.
  await page.evaluate(() => {
    window.maxInputDelay = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.maxInputDelay = Math.max(window.maxInputDelay, e.processingStart - e.startTime);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  const profiled = profileName && (await cpuProfile(page, `${profileName}-typing`));
  const before = await metrics();
  await page.keyboard.type('a'.repeat(200));
  await new Promise((resolve) => setTimeout(resolve, 1500)); // announcements and saves after the pause
  const after = await metrics();
  if (profiled) await profiled();
  await cdp.detach();
  return {
    task: (after.TaskDuration - before.TaskDuration) * 1000,
    cpu: (after.ThreadTime - before.ThreadTime) * 1000,
    // The page's own script and style/layout work, without the browser's per-key input handling.
    script: (after.ScriptDuration - before.ScriptDuration) * 1000,
    layout: (after.LayoutDuration - before.LayoutDuration + after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    delay: await page.evaluate(() => window.maxInputDelay),
  };
}

// Timings move with the machine's load: each section says the load average it ran under.
const load = () => `load average ${loadavg()[0].toFixed(1)}`;
console.log(`\nPage benchmarks, ${runs} runs each, starting at ${load()}`);
try {
  const ms = (n) => `${n.toFixed(0)} ms`.padStart(8);
  // Each run measures the element and the plain page one after the other, under the same load:
  // the median of those per-run ratios, and their range, say how much the machine moved the figures.
  const row = (label, data, target) => {
    const inOrder = data.element.map((e, i) => e / data.plain[i]);
    const ratios = [...inOrder].sort((a, b) => a - b);
    console.log(
      `${label.padEnd(52)} element ${ms(median(data.element))}  plain ${ms(median(data.plain))}  ${(median(data.element) / median(data.plain)).toFixed(2)}x` +
        `  per run: median ${median(ratios).toFixed(2)}x, ${ratios[0].toFixed(2)}-${ratios.at(-1).toFixed(2)}x (${inOrder.map((r) => `${r.toFixed(2)}x`).join(' ')})  (target <= ${target}x)`,
    );
  };
  const of = (data, key) => Object.fromEntries(Object.entries(data).map(([kind, runs]) => [kind, runs.map((d) => d[key])]));
  const againstSurvey = (label, data) => {
    const ratios = data.element.map((e, i) => e / data.surveyjs[i]);
    console.log(
      `${label.padEnd(52)} SurveyJS ${ms(median(data.surveyjs))}  element/SurveyJS per run: median ${median(ratios).toFixed(2)}x (${ratios.map((r) => `${r.toFixed(2)}x`).join(' ')})`,
    );
  };
  if (wanted('snapshots')) {
    // Time to the first usable text input, cold (a new browser context each run).
    const firstInput = { element: [], plain: [] };
    const startPlain = await snapshot(await onElement(browser), 'plain-start');
    for (let i = 0; i < runs; i++) {
      for (const [kind, url] of [
        ['element', '/element.html'],
        ['plain', startPlain],
      ]) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument(WATCH_INPUT);
        await page.goto(`${origin}${url}`);
        await page.waitForFunction(() => window.firstInput !== undefined, { timeout: 20000 });
        firstInput[kind].push(await page.evaluate(() => window.firstInput));
        await context.close();
      }
    }

    // 200 keys on "About you".
    const keys = { element: [], plain: [] };
    const aboutPlain = await snapshot(await onElement(browser, goToAboutYou), 'plain-about');
    for (let i = 0; i < runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await onElement(context, goToAboutYou);
      keys.element.push(await typingWork(page, await shadowOf(page, 'input')));
      // Closed first: a page of the same origin may share its renderer's main thread with the next.
      await page.close();
      const plainPage = await context.newPage();
      await plainPage.goto(`${origin}${aboutPlain}`);
      keys.plain.push(await typingWork(plainPage, await plainPage.$('input')));
      await context.close();
    }

    // 200 keys on a training step holding 200 entries (typing must not cost more as the draft grows).
    const big = { element: [], plain: [] };
    const context = await browser.createBrowserContext();
    const seeder = await context.newPage();
    await seeder.goto(`${origin}/seed.html`);
    await seeder.waitForFunction(() => window.ready === true);
    await seeder.evaluate(async () => {
      const { createEndorsementClient, customBackend, programs, getSteps } = window.SDK;
      const backend = customBackend({ register: async () => ({}), submit: async () => ({}), status: async () => ({}) });
      const client = createEndorsementClient({ program: programs.alliance, backend });
      const draft = await client.open();
      draft.set('endorsement', 'IMH-E');
      draft.set('category', 'IFS');
      draft.set('applicant', { givenName: 'Jordan', familyName: 'Whitfield', email: 'jordan@example.org' });
      for (let i = 0; i < 200; i++)
        draft.add('training', {
          title: `Training session ${i}`,
          provider: 'First 5 Alabama',
          date: '2024-03-27',
          hours: 3,
          topics: ['iecmh'],
        });
      await draft.flush();
      const index = getSteps(programs.alliance, { form: 'application', category: 'IFS', endorsement: 'IMH-E' }).findIndex(
        (s) => s.id === 'training',
      );
      localStorage.setItem(`endorsement-kit:position:alliance:${draft.id}`, JSON.stringify({ screen: 'flow', form: 'application', index }));
      await client.dispose();
    });
    const trainingInput = 'input[id*="training"]';
    const bigPage = await context.newPage();
    await bigPage.goto(`${origin}/element.html`);
    await bigPage.waitForFunction(
      (selector) => document.querySelector('endorsement-application')?.shadowRoot?.querySelectorAll(selector).length >= 200,
      { timeout: 30000 },
      trainingInput,
    );
    const bigPlain = await snapshot(bigPage, 'plain-training');
    for (let i = 0; i < runs; i++) {
      big.element.push(await typingWork(bigPage, await shadowOf(bigPage, trainingInput)));
      const plainPage = await context.newPage();
      await plainPage.goto(`${origin}${bigPlain}`);
      big.plain.push(await typingWork(plainPage, await plainPage.$(trainingInput)));
      await plainPage.close();
    }
    await context.close();

    console.log(`\nPage, headless Chromium, median of ${runs} (timings vary with the machine; only ratios compare); ${load()}`);
    row('first usable text input (start screen)', firstInput, 2);
    row('page work, 200 keys ("About you")', of(keys, 'task'), 1.5);
    row('  main-thread CPU time, same keys', of(keys, 'cpu'), 1.5);
    row('page work, 200 keys (training step, 200 entries)', of(big, 'task'), 1.5);
    row('  main-thread CPU time, same keys', of(big, 'cpu'), 1.5);
  }

  if (wanted('application')) {
    // The element against the hand-written page, on each profile: first usable input, and 200 keys
    // on "About you" (the hand-written page's first field), each run in a new browser context.
    const handWrittenRuns = {};
    for (const [profile, throttle] of Object.entries(PROFILES)) {
      const first = { element: [], plain: [], surveyjs: [] };
      const longTasks = { element: [], plain: [], surveyjs: [] };
      const typing = { element: [], plain: [], surveyjs: [] };
      const pages = { element: '/element.html', plain: '/plain-application.html', surveyjs: '/surveyjs-application.html' };
      // Where the element's time goes: the page, its script's request and arrival, the first input.
      const timelines = [];
      for (let i = 0; i < runs; i++) {
        for (const kind of ['element', 'plain', 'surveyjs']) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          await throttle(page);
          await page.evaluateOnNewDocument(WATCH_INPUT);
          const profiled = kind === 'element' && (await cpuProfile(page, `application-${profile.split(' ')[0]}-${i + 1}`));
          await page.goto(`${origin}${pages[kind]}`, { timeout: 120000 });
          await page.waitForFunction(() => window.firstInput !== undefined, { timeout: 120000 });
          if (profiled) await profiled();
          const [at, blocked, timeline] = await page.evaluate(() => {
            const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/endorsement-application.js'));
            return [
              window.firstInput,
              window.longTasks.filter(([start]) => start < window.firstInput).reduce((sum, [, duration]) => sum + duration, 0),
              {
                page: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0,
                requested: script?.startTime ?? 0,
                arrived: script?.responseEnd ?? 0,
              },
            ];
          });
          first[kind].push(at);
          longTasks[kind].push(blocked);
          if (kind === 'element') timelines.push({ ...timeline, input: at });
          if (kind === 'element') {
            await goToAboutYou(page);
            typing.element.push(await typingWork(page, await shadowOf(page, 'input'), `application-${profile.split(' ')[0]}-${i + 1}`));
          } else typing[kind].push(await typingWork(page, await page.$(kind === 'plain' ? 'input' : 'input[type="text"]')));
          await context.close();
        }
      }
      handWrittenRuns[profile] = { first, longTasks, typing, timelines };
    }

    const phone = (profile) => profile.startsWith('phone');
    for (const [profile, { first, longTasks, typing, timelines }] of Object.entries(handWrittenRuns)) {
      console.log(`\nAgainst scripts/bench-pages/plain-application.html (native controls, no script), ${profile}; ${load()}`);
      row('first usable text input', first, 2);
      row('page work, 200 keys ("About you")', of(typing, 'task'), phone(profile) ? 1.3 : 1.5);
      row('  main-thread CPU time, same keys', of(typing, 'cpu'), phone(profile) ? 1.3 : 1.5);
      const list = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
      console.log(
        `${'long tasks before the first input (sum, ms)'.padEnd(52)} element ${list(longTasks.element)}  plain ${list(longTasks.plain)}  SurveyJS ${list(longTasks.surveyjs)}  (target <= 200 ms)`,
      );
      const at = (key) => list(timelines.map((t) => t[key]));
      console.log(
        `${'element: page arrived / script requested / arrived / input (ms)'.padEnd(52)} ${at('page')} / ${at('requested')} / ${at('arrived')} / ${at('input')}  (2x the plain page: ${list(first.plain.map((p) => 2 * p))})`,
      );
      const delays = (kind) => list(typing[kind].map((t) => t.delay));
      console.log(
        `${'longest input delay while typing (ms, >=16 seen)'.padEnd(52)} element ${delays('element')}  plain ${delays('plain')}  SurveyJS ${delays('surveyjs')}  (target <= 50 ms)`,
      );
      console.log('Against SurveyJS 2.5 (scripts/bench-pages/surveyjs-application.html), same runs');
      againstSurvey('first usable text input', first);
      againstSurvey('page work, 200 keys', of(typing, 'task'));
    }
  }
  // The rater's form and the renewal form against their hand-written pages, on each profile: the
  // first usable text input and 200 keys typed into it, each run in a new browser context.
  const FORMS = {
    rate: {
      label: "the rater's form (/r/)",
      element: `/r/#${RATER_TOKEN}`,
      plain: '/plain-rating.html',
      file: 'scripts/bench-pages/plain-rating.html',
    },
    renew: {
      label: 'the renewal form (/renew/)',
      element: `/renew/#${RENEWAL_TOKEN}`,
      plain: '/plain-renewal.html',
      file: 'scripts/bench-pages/plain-renewal.html',
    },
  };
  const firstText = 'input:not([type]), input[type="text"], input[type="email"], input[inputmode]';
  for (const [name, form] of Object.entries(FORMS)) {
    if (!wanted(name)) continue;
    if (process.env.BENCH_DUMP) {
      const page = await browser.newPage();
      await page.goto(`${origin}${form.element}`);
      await page.waitForFunction((s) => document.querySelector('body > *').shadowRoot?.querySelector(s), { timeout: 20000 }, firstText);
      console.log(await page.evaluate(() => document.querySelector('body > *').shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '')));
      await page.close();
      continue;
    }
    for (const [profile, throttle] of Object.entries(PROFILES)) {
      const first = { element: [], plain: [] };
      const longTasks = { element: [], plain: [] };
      const typing = { element: [], plain: [] };
      const paint = { element: [], plain: [] };
      for (let i = 0; i < runs; i++) {
        for (const kind of ['element', 'plain']) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          await throttle(page);
          await page.evaluateOnNewDocument(WATCH_INPUT);
          const profiled = kind === 'element' && (await cpuProfile(page, `${name}-${profile.split(' ')[0]}-${i + 1}`));
          await page.goto(`${origin}${form[kind]}`, { timeout: 120000 });
          await page.waitForFunction(() => window.firstInput !== undefined, { timeout: 120000 });
          if (profiled) await profiled();
          const [at, blocked] = await page.evaluate(() => [
            window.firstInput,
            window.longTasks.filter(([start]) => start < window.firstInput).reduce((sum, [, duration]) => sum + duration, 0),
          ]);
          first[kind].push(at);
          longTasks[kind].push(blocked);
          paint[kind].push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
          const input = await page.evaluateHandle((selector) => {
            const host = document.querySelector('endorsement-rating, endorsement-renewal');
            return (host ? host.shadowRoot : document).querySelector(selector);
          }, firstText);
          typing[kind].push(await typingWork(page, input, kind === 'element' && `${name}-${profile.split(' ')[0]}-${i + 1}`));
          await context.close();
        }
      }
      const list = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
      console.log(`\n${form.label} against ${form.file} (native controls, no script), ${profile}; ${load()}`);
      row('first usable text input', first, 2);
      console.log(`${'first contentful paint (ms)'.padEnd(52)} element ${list(paint.element)}  plain ${list(paint.plain)}`);
      row('page work, 200 keys (its first text field)', of(typing, 'task'), profile.startsWith('phone') ? 1.3 : 1.5);
      row('  main-thread CPU time, same keys', of(typing, 'cpu'), profile.startsWith('phone') ? 1.3 : 1.5);
      for (const part of ['script', 'layout'])
        console.log(
          `${`  ${part === 'script' ? 'script' : 'style and layout'} time, same keys (ms)`.padEnd(52)} element ${list(typing.element.map((t) => t[part]))}  plain ${list(typing.plain.map((t) => t[part]))}`,
        );
      console.log(
        `${'long tasks before the first input (sum, ms)'.padEnd(52)} element ${list(longTasks.element)}  plain ${list(longTasks.plain)}  (target <= 200 ms)`,
      );
      console.log(
        `${'longest input delay while typing (ms, >=16 seen)'.padEnd(52)} element ${list(typing.element.map((t) => t.delay))}  plain ${list(typing.plain.map((t) => t.delay))}  (target <= 50 ms)`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
