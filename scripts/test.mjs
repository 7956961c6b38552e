// `pnpm test` after the build: Node tests, then Chromium tests, then one closing line that counts
// both ("tests: N passed, N failed"). Each runner's own output streams through unchanged.
import { spawn } from 'node:child_process';
import { useRamTmpdir } from './ram-tmpdir.mjs';

// Both phases' temporary folders (databases, Chromium's profiles) in RAM where there is room.
useRamTmpdir();

function run(command, args, pattern) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (
        tail + chunk.toString().replace(/\x1b\[[0-9;]*[A-Za-z]/g /* eslint-disable-line no-control-regex -- strips ANSI colour codes */, '')
      ).slice(-20000);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: pattern(tail) }));
  });
}

const last = (text, regex) => [...text.matchAll(regex)].at(-1);
const node = await run(process.execPath, ['scripts/test-node.mjs'], (out) => ({
  passed: Number(last(out, /^# pass (\d+)/gm)?.[1] ?? 0),
  failed: Number(last(out, /^# fail (\d+)/gm)?.[1] ?? 0),
}));
const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js'], (out) => {
  const match = last(out, /(\d+) passed, (\d+) failed/g);
  return { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0) };
});

const passed = node.counts.passed + browser.counts.passed;
const failed =
  node.counts.failed +
  browser.counts.failed +
  (node.code !== 0 && node.counts.failed === 0 ? 1 : 0) +
  (browser.code !== 0 && browser.counts.failed === 0 ? 1 : 0);
console.log(`\nNode: ${node.counts.passed} passed, Chromium: ${browser.counts.passed} passed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(node.code || browser.code);
