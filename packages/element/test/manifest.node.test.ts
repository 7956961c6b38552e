// custom-elements.json (editor support) is generated from the element's JSDoc and static
// properties: `pnpm build` writes the shipped copy to dist/, and
// `pnpm --filter @endorsement-kit/element manifest` refreshes the committed one at the package's
// root. These tests fail when the committed file differs in any line from what the analyzer
// generates now, or misses part of the element's public surface.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { partsInTemplates, themeProperties } from './theme-defaults.js';

interface Named {
  name: string;
  description?: string;
  default?: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
}
interface Declaration extends Named {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as Manifest;
const element = (manifest: Manifest): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'endorsement-application');
  assert.ok(found, 'the manifest declares <endorsement-application>');
  return found;
};
// The element and its event classes: what editors show. Helper modules may change freely.
const publicSurface = (manifest: Manifest): Declaration[] =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement || /Event$/.test(d.name));
const names = (list: Named[] | undefined): string[] => (list ?? []).map((x) => x.name);

const byKey = (key: (x: { name?: string; path?: string; kind?: string }) => string) => (a: object, b: object) =>
  key(a).localeCompare(key(b));
function inOrder(manifest: Manifest): unknown {
  const modules = manifest.modules.map((module) => {
    const copy = structuredClone(module) as { exports?: { name: string; kind: string }[] };
    copy.exports?.sort(byKey((x) => `${x.kind}:${x.name}`));
    return copy;
  });
  return { ...manifest, modules: modules.sort(byKey((x) => x.path ?? '')) };
}

describe('custom-elements.json', () => {
  it('is referenced from package.json as the copy the build generates, and shipped', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      customElements?: string;
      files?: string[];
      scripts?: Record<string, string>;
    };
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    assert.ok(pkg.files?.includes('dist'));
    assert.match(pkg.scripts?.['build:manifest'] ?? '', /cem analyze .*--outdir dist/);
  });

  it('the committed copy is exactly what the analyzer generates from the source now (run the manifest script if not)', async () => {
    const fresh = (await cli({ argv: ['analyze', '--quiet'], cwd: packageDir, noWrite: true })) as Manifest;
    // The analyzer lists modules and their exports in the order it happens to read the files
    // (it varied between runs of one tree), so both are compared in one order: by path and name.
    assert.deepEqual(inOrder(committed), inOrder(fresh));
    const byName = (list: Declaration[]) => list.sort(byKey((x) => x.name ?? ''));
    assert.deepEqual(byName(publicSurface(committed)), byName(publicSurface(fresh)));
  });

  it('lists the attributes and properties, without internal state', () => {
    const el = element(committed);
    assert.deepEqual(
      (el.attributes ?? []).map((a) => [a.name, a.fieldName]),
      [
        ['program', 'program'],
        ['endpoint', 'endpoint'],
        ['locale', 'locale'],
        ['draft-id', 'draftId'],
      ],
    );
    const fields = (el.members ?? []).filter((m) => m.kind === 'field');
    for (const name of ['program', 'endpoint', 'locale', 'draftId', 'backend', 'store', 'client'])
      assert.ok(names(fields).includes(name), name);
    assert.ok(
      fields.every((m) => m.privacy !== 'private' && m.description),
      'public, documented fields only',
    );
  });

  it('lists the six events, each described', () => {
    const events = element(committed).events ?? [];
    assert.deepEqual(names(events).sort(), [
      'endorsement-error',
      'endorsement-registered',
      'endorsement-save',
      'endorsement-step-change',
      'endorsement-submit',
      'endorsement-submitted',
    ]);
    assert.ok(events.every((e) => e.description));
  });

  it('describes every part the templates use, the main ones included', () => {
    const parts = element(committed).cssParts ?? [];
    for (const name of ['header', 'step-indicator', 'field', 'button', 'tracker', 'summary']) assert.ok(names(parts).includes(name), name);
    for (const name of partsInTemplates()) assert.ok(names(parts).includes(name), `part "${name}" is described`);
    assert.ok(parts.every((p) => p.description));
  });

  it("lists every theme property with the stylesheet's default", () => {
    const listed = (element(committed).cssProperties ?? []).map((p) => [p.name, p.default]);
    assert.deepEqual(
      listed,
      themeProperties().map((p) => [p.name, p.value]),
    );
    assert.ok(listed.length >= 20);
  });
});
