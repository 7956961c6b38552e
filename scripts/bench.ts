// `pnpm bench`: prints figures (bundle sizes, draft timings). It asserts nothing: budgets that are
// deterministic (bytes) are asserted in tests; timings are only printed.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { sdkBundleSize, fileSize } from './bundle-size.mjs';
import { cdnSizes, CDN_DIR } from './cdn-sizes.mjs';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
async function measure(names: string[]) {
  try {
    return await sdkBundleSize(names);
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'failed';
  }
}
const row = (name: string, size: { min: number; gzip: number } | string, budget?: number) =>
  typeof size === 'string'
    ? console.log(`${name.padEnd(52)} ${size}`)
    : console.log(
        `${name.padEnd(52)} ${kb(size.min).padStart(10)} min ${kb(size.gzip).padStart(9)} min+gz${budget ? `  (target ${kb(budget)})` : ''}`,
      );

// Timings depend on the machine: each part prints the load average it ran under.
console.log(`pnpm bench, ${new Date().toISOString()}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the start\n`);
console.log('Bundle sizes');
row(
  'sdk: validateRegistration/Application + evaluate…',
  await measure(['validateRegistration', 'validateApplication', 'evaluateRequirements']),
  22 * 1024,
);
row('sdk: programs only', await measure(['programs']));
row(
  'sdk: everything',
  await measure([
    'programs',
    'defineProgram',
    'validateRegistration',
    'validateApplication',
    'evaluateRequirements',
    'recommendCategories',
    'createEndorsementClient',
    'restBackend',
    'getSteps',
    'stepStatuses',
  ]),
);
if (existsSync(`${CDN_DIR}/endorsement-application.js`)) {
  const { first, parts, total } = cdnSizes();
  // The budget of size.node.test.ts (FIRST_LOAD).
  row(`element: first load (${first.files.length} files)`, first, 35 * 1024 + 352);
  for (const part of parts) row(`element: part ${part.file.replace(/^endorsement-application\.|-[\w-]{8}\.js$/g, '')}`, part);
  row('element: total (first load and parts)', total);
  for (const file of ['endorsement-application.iife.js', 'endorsement-application.standalone.iife.js', 'endorsement-application.es.js'])
    row(`element: ${file}`, await fileSize(`${CDN_DIR}/${file}`));
  // The rater's page, one file, and the renewal page's first file and its parts (budgets: 20 KB;
  // 36, 7 and 14 KB; size.node.test.ts).
  row("rater's page: endorsement-rating.js", await fileSize(`${CDN_DIR}/endorsement-rating.js`), 20 * 1024);
  row('renewal page: endorsement-renewal.js (first file)', await fileSize(`${CDN_DIR}/endorsement-renewal.js`), 36 * 1024);
  for (const [part, budget] of [
    ['spanish', 7],
    ['checks', 14],
  ] as const) {
    const file = readdirSync(CDN_DIR).find((name) => new RegExp(`^endorsement-renewal\\.${part}-[\\w-]{8}\\.js$`).test(name));
    if (file) row(`renewal page: part ${part}`, await fileSize(`${CDN_DIR}/${file}`), budget * 1024);
  }
} else console.log('element: not built (run pnpm build)');

// A bundler's build of `/define` from the packed packages (as bundler-split.node.test.ts builds it),
// with Vite and with webpack 5.
if (existsSync('packages/element/dist/index.js')) {
  try {
    const { consumerBuilds, figures } = await import('./consumer-build.mjs');
    const gzRow = (name: string, bytes: number, budget?: number) =>
      console.log(`${name.padEnd(52)} ${kb(bytes).padStart(25)} gz${budget ? `  (target ${kb(budget)})` : ''}`);
    for (const build of await consumerBuilds(process.cwd())) {
      const figure = figures(build);
      const version = build.bundler === 'Vite' ? 'Vite 8' : 'webpack 5';
      console.log(`\n${version} build of \`import "@endorsement-kit/element/define"\` (packed tarballs; gzip default level)`);
      gzRow(`first chunk (${figure.firstFiles.length} files)`, figure.first, 40 * 1024);
      gzRow('flow part and the chunks it adds', figure.flow);
      gzRow('Spanish (import() for a Spanish page)', figure.spanish);
      gzRow('all chunks', figure.all);
    }
  } catch (error) {
    console.log(`bundler builds: failed (${(error as Error).message.split('\n')[0]})`);
  }
}

// `pnpm start` on a fresh clone: first start and second start to the URL (BENCH_START=0 skips it).
if (process.env['BENCH_START'] !== '0') spawnSync(process.execPath, ['scripts/bench-start.mjs'], { stdio: 'inherit' });

// test-kit's fakes of the rater's and renewal routes are TypeScript: the page bench runs with tsx.
if (existsSync('scripts/bench-page.mjs')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-page.mjs'], { stdio: 'inherit' });

if (existsSync('scripts/bench-drafts.mjs')) {
  console.log('\nDrafts');
  spawnSync(process.execPath, ['scripts/bench-drafts.mjs'], { stdio: 'inherit' });
}

if (existsSync('scripts/bench-server.ts')) {
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/bench-server.ts'], { stdio: 'inherit' });
}
