// Issue 22, point 5: `pnpm start` builds only when something the build reads changed. A second
// start with nothing changed skips the build and leaves dist as it was; a changed source builds.
// Real processes: the real `start.mjs --build`, and the same check on a small folder of its own
// whose build is a script that counts its runs (the repository's build takes a minute).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BUILD_OUTPUTS, repoRoot } from '../../../scripts/build-if-changed.mjs';

const script = join(repoRoot, 'scripts/build-if-changed.mjs');

describe('pnpm start: the build runs only when its inputs changed', () => {
  const root = mkdtempSync(join(tmpdir(), 'ek-build-if-changed-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  const check = () => {
    const run = spawnSync(
      process.execPath,
      [script, '--root', root, '--output', 'packages/demo/dist/out.js', '--', process.execPath, 'build.mjs'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const runs = () => Number(readFileSync(join(root, 'packages/demo/dist/out.js'), 'utf8'));

  it('builds the first time, skips when nothing changed, builds again after a source or config changes', () => {
    mkdirSync(join(root, 'packages/demo/src'), { recursive: true });
    mkdirSync(join(root, 'packages/demo/test'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"name":"demo"}\n');
    writeFileSync(join(root, 'packages/demo/src/a.ts'), 'export const a = 1;\n');
    writeFileSync(
      join(root, 'build.mjs'),
      `import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const out = 'packages/demo/dist/out.js';
mkdirSync('packages/demo/dist', { recursive: true });
writeFileSync(out, String(existsSync(out) ? Number(readFileSync(out, 'utf8')) + 1 : 1));
`,
    );

    assert.match(check(), /build: sources changed since the last build, building/);
    assert.equal(runs(), 1);
    const mtime = statSync(join(root, 'packages/demo/dist/out.js')).mtimeMs;

    assert.match(check(), /build: up to date/);
    assert.equal(runs(), 1, 'not built again');
    assert.equal(statSync(join(root, 'packages/demo/dist/out.js')).mtimeMs, mtime, 'dist untouched');

    writeFileSync(join(root, 'packages/demo/test/a.test.ts'), 'a test is not an input\n');
    assert.match(check(), /build: up to date/);

    writeFileSync(join(root, 'packages/demo/src/a.ts'), 'export const a = 2;\n');
    assert.match(check(), /building/);
    assert.equal(runs(), 2, 'a changed source builds');
    assert.match(check(), /build: up to date/);

    writeFileSync(join(root, 'package.json'), '{"name":"demo","version":"1.0.0"}\n');
    assert.match(check(), /building/);
    assert.equal(runs(), 3, 'a changed config builds');

    rmSync(join(root, 'packages/demo/dist'), { recursive: true });
    assert.match(check(), /packages\/demo\/dist\/out\.js is missing, building/);
    assert.equal(runs(), 1, 'a missing output builds');
  });

  it('a second `start.mjs --build` with nothing changed skips the build, leaves dist untouched and serves', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ek-start-build-'));
    try {
      const start = () =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, ['examples/embed-plain/start.mjs', '--build'], {
            cwd: repoRoot,
            env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (/endorsement-kit server: http:\/\/\S+/.test(out)) child.kill('SIGTERM');
          });
          // Stopped once its URL is printed: the server closes and exits 0 on SIGTERM.
          child.once('exit', (code) =>
            code === 0 && child.killed ? resolve(out) : reject(new Error(`start.mjs exited (${code}): ${out}`)),
          );
        });
      // The first start builds if the sources changed since the last build; either way dist is then current.
      await start();
      const before = BUILD_OUTPUTS.map((file) => statSync(join(repoRoot, file)).mtimeMs);
      const second = await start();
      assert.match(second, /build: up to date/);
      assert.doesNotMatch(second, /building/);
      assert.match(second, /endorsement-kit server: http:\/\/127\.0\.0\.1:\d+\//);
      assert.deepEqual(
        BUILD_OUTPUTS.map((file) => statSync(join(repoRoot, file)).mtimeMs),
        before,
        'no file of dist was written',
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
