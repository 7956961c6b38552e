// The size of the single-file script (issue 4, item 9), built here from the sources with the root
// rollup config so the test never reads a stale dist. `pnpm bench` prints the same figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const KB = 1024;
const root = fileURLToPath(new URL('../../../', import.meta.url));

async function singleFile(options: { sdkExternal: boolean }): Promise<number> {
  process.chdir(root); // the config's paths are relative to the repository root
  const { default: configs } = (await import(new URL('rollup.config.mjs', `file://${root}`).href)) as { default: RollupOptions[] };
  const single = configs.find((c) => (c.output as OutputOptions | undefined)?.file?.endsWith('endorsement-application.js'));
  assert.ok(single, 'rollup.config.mjs builds packages/element/dist/endorsement-application.js');
  const bundle = await rollup({ ...single, ...(options.sdkExternal ? { external: (id: string) => id === '@endorsement-kit/sdk' } : {}), onwarn: () => undefined });
  const { output } = await bundle.generate({ ...(single.output as OutputOptions), sourcemap: false });
  await bundle.close();
  assert.match(output[0].code, /endorsement-application/);
  return gzipSync(output[0].code, { level: 9 }).length;
}

// Raised from 20 KB to 22 KB (2026-11-26, then 21.4 KB) for unique Change-link names, option hints
// as descriptions, signature fieldsets, number fields that keep what is typed, the unmet warning,
// following sends made outside a click, and errors worded again in the language shown.
// Raised from 22 KB to 23 KB (2026-12-03, issue 11: 21.4 KB on main, 22.0 KB after it) for the
// two-tab prompt naming each field and both values, the notice of a send cut off by a crash, the
// questionnaire's three separating questions and "to confirm" lists, the tracker above the step on
// narrow screens, the form name inside the step heading and the pre-filled status lookup.
test('the element layer (Lit and the element, without the SDK) is at most 23 KB min+gz', async () => {
  const size = await singleFile({ sdkExternal: true });
  assert.ok(size <= 23 * KB, `the element layer is ${size} bytes min+gz`);
});

// The budget for the whole file is 35 KB min+gz; it is not met: the SDK's share (zod/mini
// validation, requirements, steps, drafts, ky, the English catalog) is about 42 KB on its own. Until
// it is, this holds the line where it stands, so the file cannot grow unnoticed; `pnpm bench`
// prints the figures against the 35 KB target. Raised from 62 KB to 67 KB (2026-11-26, the file
// then 65.6 KB) for the element's fixes above and the SDK's: labelled category messages, exact
// hour and year rules, a pending key per submission kind, saves a remounted element waits for,
// document links, a tracker that follows the viewport, duplicate reference emails, quiz errors.
// Raised from 67 KB to 69 KB (2026-12-03, issue 11: 65.7 KB on main, 68.3 KB after it) for the
// field-level 3-way merge of two tabs, recommendForProfile's "to confirm" (a second evaluation and
// its wording), the element's additions above and their English text (the new questions and their
// errors, the cut-off send's states, the unknown outcome, the signatures step without documents).
const CEILING = 69 * KB;
test(`the single-file ESM script, English included, stays within ${CEILING / KB} KB min+gz (target 35 KB)`, async () => {
  const size = await singleFile({ sdkExternal: false });
  assert.ok(size <= CEILING, `endorsement-application.js is ${size} bytes min+gz, over the ${CEILING}-byte ceiling`);
});
