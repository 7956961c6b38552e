// `pnpm build` leaves no module behind that its sources no longer have: a moved source left its old
// built file in dist, which `pnpm pack` then shipped. rollup.config.mjs's library builds remove, after
// writing, the modules (and maps) of their dist they did not write, and leave alone the folders other
// builds write (tsc's types, the CDN files, the workspace's script, PGlite's initial data).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface SweepPlugin {
  writeBundle(options: { dir: string }, bundle: Record<string, unknown>): void;
}

test('the library build removes the modules it did not write, and nothing else', async () => {
  const { withoutStaleModules } = (await import(new URL('rollup.config.mjs', `file://${root}`).href)) as {
    withoutStaleModules: () => SweepPlugin;
  };
  const dir = mkdtempSync(join(tmpdir(), 'ek-stale-'));
  try {
    const files = [
      'index.js',
      'index.js.map',
      'i18n/format.js',
      'i18n/warm-time-format.js',
      'i18n/warm-time-format.js.map',
      'old/gone.js',
      'types/index.d.ts',
      'types/old.js',
      'cdn/endorsement-application.js',
      'custom-elements.json',
    ];
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    withoutStaleModules().writeBundle({ dir }, { 'index.js': {}, 'index.js.map': {}, 'i18n/format.js': {} });
    assert.deepEqual(
      files.filter((file) => existsSync(join(dir, file))),
      [
        'index.js',
        'index.js.map',
        'i18n/format.js',
        'types/index.d.ts',
        'types/old.js',
        'cdn/endorsement-application.js',
        'custom-elements.json',
      ],
    );
    assert.equal(existsSync(join(dir, 'old')), false, 'a folder left empty goes too');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
