// `pnpm test` after the build: the tests' typecheck, the Node tests and the Chromium tests, all
// three at once, then one closing line that counts both test runners ("tests: N passed, N failed").
// At once because neither runner keeps 2 cores busy alone: the Node files wait on the servers,
// databases and browsers they start, and the Chromium phase used about 0.8 of a core
// (docs/performance.md, "`pnpm test` at once"). The Node runner's output streams through as each
// file ends; the typecheck's and the Chromium runner's are held and printed whole after it, so
// no file's output is cut in two.
import { spawn } from 'node:child_process';
import { useRamTmpdir } from './ram-tmpdir.mjs';

// The temporary folders of all three (databases, Chromium's profiles) in RAM where there is room.
useRamTmpdir();

const stripColours = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g /* eslint-disable-line no-control-regex -- ANSI colour codes */, '');

/**
 * Runs a command; `live`: its stdout streams through and only its last 20,000 characters are kept
 * (for the counts), else all of its output is kept to be printed later.
 */
function run(command, args, { live = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', live ? 'inherit' : 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const keep = (chunk) => {
      output += stripColours(chunk.toString());
      if (live) output = output.slice(-20000);
    };
    child.stdout.on('data', (chunk) => {
      if (live) process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr?.on('data', keep);
    child.once('error', (error) => keep(`${command}: ${error.message}\n`));
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const last = (text, regex) => [...text.matchAll(regex)].at(-1);
const typecheck = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']);
const browser = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
const node = await run(process.execPath, ['scripts/test-node.mjs'], { live: true });
const nodeCounts = {
  passed: Number(last(node.output, /^# pass (\d+)/gm)?.[1] ?? 0),
  failed: Number(last(node.output, /^# fail (\d+)/gm)?.[1] ?? 0),
};

const checked = await typecheck;
console.log(`\n# The tests' typecheck (tsc -p tsconfig.test.json): ${checked.code === 0 ? 'no errors' : 'failed'}`);
if (checked.code !== 0) process.stdout.write(checked.output);

const chromium = await browser;
console.log('\n# The Chromium tests (@web/test-runner), run alongside the Node tests:');
process.stdout.write(chromium.output);
const match = last(chromium.output, /(\d+) passed, (\d+) failed/g);
const browserCounts = { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0) };

const passed = nodeCounts.passed + browserCounts.passed;
const failed =
  nodeCounts.failed +
  browserCounts.failed +
  (node.code !== 0 && nodeCounts.failed === 0 ? 1 : 0) +
  (chromium.code !== 0 && browserCounts.failed === 0 ? 1 : 0);
console.log(`\nNode: ${nodeCounts.passed} passed, Chromium: ${browserCounts.passed} passed`);
console.log(`tests: ${passed} passed, ${failed} failed${checked.code === 0 ? '' : '; the tests do not typecheck'}`);
process.exit(node.code || chromium.code || checked.code);
