// `pnpm bench`: prints figures (bundle sizes, draft timings). It asserts nothing: budgets that are
// deterministic (bytes) are asserted in tests; timings are only printed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { sdkBundleSize, fileSize } from './bundle-size.mjs';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
async function measure(names: string[]) {
  try {
    return await sdkBundleSize(names);
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'failed';
  }
}
const row = (name: string, size: { min: number; gzip: number } | string, budget?: number) =>
  typeof size === 'string' ? console.log(`${name.padEnd(52)} ${size}`) :
  console.log(`${name.padEnd(52)} ${kb(size.min).padStart(10)} min ${kb(size.gzip).padStart(9)} min+gz${budget ? `  (target ${kb(budget)})` : ''}`);

console.log('Bundle sizes');
row('sdk: validateApplication + evaluateRequirements', await measure(['validateRegistration', 'validateApplication', 'evaluateRequirements']), 15 * 1024);
row('sdk: programs only', await measure(['programs']));
row('sdk: everything', await measure(['programs', 'defineProgram', 'validateRegistration', 'validateApplication', 'evaluateRequirements', 'recommendCategories', 'createEndorsementClient', 'restBackend', 'getSteps', 'stepStatuses']));
for (const file of ['endorsement-application.js', 'endorsement-application.iife.js']) {
  const path = `packages/element/dist/${file}`;
  if (existsSync(path)) row(`element: ${file}`, await fileSize(path), 35 * 1024);
  else console.log(`element: ${file}: not built (run pnpm build)`);
}

if (existsSync('scripts/bench-drafts.mjs')) {
  console.log('\nDrafts');
  spawnSync(process.execPath, ['scripts/bench-drafts.mjs'], { stdio: 'inherit' });
}

if (existsSync('scripts/bench-server.ts')) {
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/bench-server.ts'], { stdio: 'inherit' });
}
