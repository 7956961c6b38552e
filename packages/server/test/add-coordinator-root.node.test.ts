// Issue 19, point 2: `pnpm --filter @endorsement-kit/server exec endorsement-kit-server add-coordinator`
// ran in packages/server and made a second PGlite folder there, so its link failed on the server
// `pnpm start` runs from the root ("This link was used already or has expired"). The root's
// `pnpm -w add-coordinator` runs in the repository root from any folder, with `pnpm start`'s
// settings: a relative DATA_DIR is the root's. Runs the build (dist), as `pnpm start` does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(cwd: string, env: Record<string, string>, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('pnpm -w add-coordinator', () => {
  it('adds the account in the root folder’s database from any working folder, with pnpm start’s programs', async () => {
    const dir = `ek-test-cli-${process.pid}`;
    try {
      const { code, out } = await run(join(root, 'packages/sdk'), { DATA_DIR: dir, PUBLIC_URL: 'https://endorsement.example.org' }, [
        '-w',
        'add-coordinator',
        '--program',
        'first5-alabama',
        '--email',
        'root.cli@example.org',
      ]);
      assert.equal(code, 0, out);
      assert.match(out, /Coordinator root\.cli@example\.org may now work on first5-alabama\./);
      assert.match(out, /https:\/\/endorsement\.example\.org\/admin\/set-password#token=[\w-]{43}/);
      assert.ok(existsSync(join(root, dir)), 'the database is in the repository root');
      assert.ok(!existsSync(join(root, 'packages/sdk', dir)), 'not in the working folder');
      // pnpm start's PROGRAMS (examples/embed-plain/receiver.json) serves first5-alabama only.
      const other = await run(join(root, 'packages/server'), { DATA_DIR: dir }, [
        '-w',
        'add-coordinator',
        '--program',
        'alliance',
        '--email',
        'x@example.org',
      ]);
      assert.equal(other.code, 1);
      assert.match(other.out, /--program "alliance" is not one of this server's programs \(first5-alabama/);
    } finally {
      rmSync(join(root, dir), { recursive: true, force: true });
    }
  });
});
