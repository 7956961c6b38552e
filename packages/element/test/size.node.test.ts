// The size budget of the single-file script (issue 4, item 9): built here from the sources with the
// root rollup config, so the test never reads a stale dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const BUDGET = 35 * 1024;

test('the single-file ESM script, English included, is at most 35 KB minified and gzipped', async () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  process.chdir(root); // the config's paths are relative to the repository root
  const { default: configs } = (await import(new URL('rollup.config.mjs', `file://${root}`).href)) as { default: RollupOptions[] };
  const single = configs.find((c) => (c.output as OutputOptions | undefined)?.file?.endsWith('endorsement-application.js'));
  assert.ok(single, 'rollup.config.mjs builds packages/element/dist/endorsement-application.js');
  const bundle = await rollup({ ...single, onwarn: () => undefined });
  const { output } = await bundle.generate({ ...(single.output as OutputOptions), sourcemap: false });
  await bundle.close();
  const code = output[0].code;
  const gzip = gzipSync(code, { level: 9 }).length;
  assert.match(code, /endorsement-application/);
  assert.ok(gzip <= BUDGET, `endorsement-application.js is ${gzip} bytes min+gz, over the ${BUDGET}-byte budget`);
});
