// `pnpm bench`: prints figures (bundle sizes, draft timings). It asserts nothing: budgets that are
// deterministic (bytes) are asserted in tests; timings are only printed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
  row(`element: first load (${first.files.length} files)`, first, 35 * 1024);
  for (const part of parts) row(`element: part ${part.file.replace(/^endorsement-application\.|-[\w-]{8}\.js$/g, '')}`, part);
  row('element: total (first load and parts)', total);
  for (const file of ['endorsement-application.iife.js', 'endorsement-application.standalone.iife.js', 'endorsement-application.es.js'])
    row(`element: ${file}`, await fileSize(`${CDN_DIR}/${file}`));
} else console.log('element: not built (run pnpm build)');

if (existsSync('scripts/bench-page.mjs')) spawnSync(process.execPath, ['scripts/bench-page.mjs'], { stdio: 'inherit' });

if (existsSync('scripts/bench-drafts.mjs')) {
  console.log('\nDrafts');
  spawnSync(process.execPath, ['scripts/bench-drafts.mjs'], { stdio: 'inherit' });
}

if (existsSync('scripts/bench-server.ts')) {
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/bench-server.ts'], { stdio: 'inherit' });
}
