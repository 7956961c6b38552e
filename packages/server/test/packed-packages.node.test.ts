// Issue 23, point 9: what each package's tarball holds. The server's had no README and shipped
// `.tsbuildinfo` files, lacked `publishConfig.access` and (packed with npm) a LICENSE; the READMEs
// linked `../../docs/...`, which break on npm; no package had a `repository`. Each package is
// packed here with pnpm (what `changeset publish` runs) and listed with npm. Run after `pnpm build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'ek-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

for (const pkg of ['sdk', 'element', 'server']) {
  describe(`@endorsement-kit/${pkg}, packed`, () => {
    const dir = join(root, 'packages', pkg);

    it('with pnpm: README, LICENSE, no .tsbuildinfo; public, with its repository; README links that work on npm', () => {
      assert.ok(existsSync(join(dir, 'dist/index.js')), `packages/${pkg} is built (run pnpm build)`);
      const out = join(work, pkg);
      const tarball = run('pnpm', ['pack', '--pack-destination', out], dir)
        .trim()
        .split('\n')
        .find((line) => line.endsWith('.tgz'));
      assert.ok(tarball, 'pnpm pack printed its tarball');
      const file = resolve(out, tarball);
      const files = run('tar', ['-tzf', file], out)
        .trim()
        .split('\n')
        .map((line) => line.replace(/^package\//, ''));
      for (const name of ['package.json', 'README.md', 'LICENSE', 'dist/index.js'])
        assert.ok(files.includes(name), `${name} in ${files.join(', ')}`);
      assert.deepEqual(
        files.filter((name) => name.endsWith('.tsbuildinfo')),
        [],
      );
      if (pkg === 'server')
        for (const name of ['bin/endorsement-kit-server.js', 'dist/cli.js', 'migrations/'])
          assert.ok(
            files.some((f) => f.startsWith(name)),
            name,
          );

      const manifest = JSON.parse(run('tar', ['-xzOf', file, 'package/package.json'], out)) as {
        publishConfig?: { access?: string };
        repository?: { url?: string; directory?: string };
      };
      assert.equal(manifest.publishConfig?.access, 'public');
      assert.match(manifest.repository?.url ?? '', /^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
      assert.equal(manifest.repository?.directory, `packages/${pkg}`);

      const readme = run('tar', ['-xzOf', file, 'package/README.md'], out);
      const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]!).filter((href) => !/^(https?:|#)/.test(href));
      assert.deepEqual(relative, [], 'links that resolve on npm only if absolute');
    });

    it('with npm: README and LICENSE, no .tsbuildinfo', () => {
      const [listing] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir)) as [{ files: { path: string }[] }];
      const files = listing.files.map((entry) => entry.path);
      for (const name of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(name), `${name} in ${files.join(', ')}`);
      assert.deepEqual(
        files.filter((name) => name.endsWith('.tsbuildinfo')),
        [],
      );
    });
  });
}
