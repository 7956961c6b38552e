// The module graph, as `pnpm cycles` (madge) sees it: no package's modules import each other in a
// circle, and the SDK's folders read one way, so a rule always has one place to live and a Node
// user of a lower layer never loads a higher one. Type-only imports count too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const sdkSource = join(packages, 'sdk/src');
// The same options as the `cycles` script: TypeScript sources, never a build's output (dist/).
const options = { fileExtensions: ['ts'], excludeRegExp: [/(^|\/)dist\//] };

/**
 * The SDK's layers, lowest first. A folder of `src/` imports its own files and those of lower
 * layers, never a higher layer's nor a peer's (a layer of two folders). Only `src/index.ts` and
 * `src/core.ts`, the public barrels, import from everywhere. A new folder has to be placed here.
 *
 * - codes, i18n, errors: the vocabulary (codes, words, error classes and the `Issue` they carry).
 * - schema: the payloads' shapes; program: programs and their rules, the forms' step ids;
 *   validation; steps (what a UI shows); requirements (progress towards a category); references
 *   (a rating form's rules: counted, missing answers, slots, and `rateReferences` for requirements);
 *   renewal (an endorsee's renewal cycle and its checklist, reading drafts as requirements do).
 * - stores and backend: the adapters to the outside world, the draft store (IndexedDB, memory)
 *   and the HTTP backend. They need only errors and schema; only drafts and the client use them,
 *   so they sit just below drafts, side by side.
 * - amend: an amend link's calls, as a client and a backend around the HTTP one.
 * - drafts (editing, autosave, tabs, sending), then the client that opens them.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['codes'],
  ['i18n'],
  ['errors'],
  ['schema'],
  ['program'],
  ['validation'],
  ['steps'],
  ['requirements'],
  ['references'],
  ['renewal'],
  ['stores', 'backend'],
  ['amend'],
  ['drafts'],
  ['client'],
];

// The public barrels: the main entry and `/core`, the same API without Spanish registered.
const BARRELS = ['index.ts', 'core.ts'];

/** Every import of `graph` (module -> modules it imports, paths relative to `src/`) against LAYERS. */
function layerViolations(graph: Readonly<Record<string, readonly string[]>>): string[] {
  const rank = new Map(LAYERS.flatMap((layer, index) => layer.map((folder) => [folder, index] as const)));
  const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined);
  const found: string[] = [];
  for (const [file, imports] of Object.entries(graph)) {
    if (BARRELS.includes(file)) continue;
    const from = folderOf(file);
    const fromRank = from === undefined ? undefined : rank.get(from);
    if (fromRank === undefined) {
      found.push(`${file} is in no layer (place its folder in LAYERS)`);
      continue;
    }
    for (const target of imports) {
      const to = folderOf(target);
      if (to === from) continue;
      const toRank = to === undefined ? undefined : rank.get(to);
      if (toRank === undefined || toRank >= fromRank) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

test('the SDK folders import only downwards: codes, i18n, errors, schema, program, validation, steps, requirements, references, renewal, stores|backend, amend, drafts, client', async () => {
  const result = await madge(sdkSource, options);
  const graph = result.obj();
  // The graph is the real one: madge resolved the `.js` specifiers to the `.ts` files.
  assert.ok(graph['drafts/draft.ts']?.includes('drafts/autosave.ts'), 'madge resolves the imports between files');
  assert.deepEqual(
    result.warnings().skipped.filter((path) => path.startsWith('.')),
    [],
    'every relative import resolves',
  );
  const folders = readdirSync(sdkSource, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  assert.deepEqual(
    folders.filter((folder) => !LAYERS.flat().includes(folder)),
    [],
    'every folder of src/ has a layer',
  );
  assert.deepEqual(layerViolations(graph), []);
});

test('the layer rule reports an import upwards, between peers, and from a folder with no layer', () => {
  assert.deepEqual(
    layerViolations({
      'index.ts': ['client/create-client.ts'],
      'errors/submission-error.ts': ['validation/issue.ts', 'errors/endorsement-kit-error.ts', 'codes/codes.ts'],
      'backend/rest-backend.ts': ['stores/memory-store.ts', 'schema/payload-types.ts'],
      'widgets/card.ts': ['codes/codes.ts'],
    }),
    [
      'errors/submission-error.ts -> validation/issue.ts',
      'backend/rest-backend.ts -> stores/memory-store.ts',
      'widgets/card.ts is in no layer (place its folder in LAYERS)',
    ],
  );
});

test('no import cycle in any package (packages/*/src and the workspace page), type-only imports included', async () => {
  const sources = [...readdirSync(packages).map((name) => join(packages, name, 'src')), join(packages, 'server/admin-ui/src')].filter(
    (path) => existsSync(path),
  );
  assert.ok(sources.length >= 4, 'the sdk, element and server sources, and the admin-ui');
  const result = await madge(sources, { ...options, baseDir: packages });
  assert.deepEqual(result.circular(), []);
});

test('the cycle check finds a cycle made only of type imports with `.js` specifiers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-cycles-'));
  try {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport interface A { b?: B }\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.js';\nexport interface B { a?: A }\n");
    const result = await madge(dir, options);
    assert.deepEqual(result.circular(), [['a.ts', 'b.ts']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
