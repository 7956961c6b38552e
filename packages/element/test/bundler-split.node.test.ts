// Issue 22, point 3: a bundler splits the package's module entry the way the CDN files are split.
// Both packages are packed (`pnpm pack`), installed from the tarballs into an app outside the
// workspace (offline, from the workspace's pnpm store), and the app, `import
// '@endorsement-kit/element/define'`, is built with Vite. Its first chunk (the entry and what it
// imports statically) is at most 40 KB gz and holds no Spanish; Spanish is a chunk of its own,
// imported only when a page is in Spanish. Run after `pnpm build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { programs } from '@endorsement-kit/sdk';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';
import { gz, staticGraph as graph, viteConsumer } from '../../../scripts/vite-consumer.mjs';

const KB = 1024;
const FIRST_CHUNK = 40 * KB;
const root = fileURLToPath(new URL('../../../', import.meta.url));
let chunks: Rolldown.OutputChunk[] = [];

before(async () => {
  for (const pkg of ['sdk', 'element'])
    assert.ok(existsSync(join(root, `packages/${pkg}/dist/index.js`)), `packages/${pkg} is built (run pnpm build)`);
  chunks = await viteConsumer(root);
});

/** A chunk and every chunk it imports statically, by file name. */
const staticGraph = (from: Rolldown.OutputChunk) => graph(chunks, from);

// The SDK's Spanish messages the English catalog does not have, long enough not to be a name or a
// code. Not those a ready program says in its own words too: a program carries its texts in each
// of its languages (presets.ts), as the CDN files' first load does.
const presets = JSON.stringify(programs);
const spanish = (keys: (key: string) => boolean = () => true) =>
  Object.entries(es)
    .filter(([key, text]) => keys(key) && text.length >= 16 && !Object.values(en).includes(text) && !presets.includes(JSON.stringify(text)))
    .map(([, text]) => text);

test(`a Vite build of /define: the first chunk is at most ${FIRST_CHUNK / KB} KB gz, with no Spanish in it`, () => {
  const entry = chunks.find((c) => c.isEntry);
  assert.ok(entry, 'an entry chunk');
  const first = staticGraph(entry);
  const size = first.reduce((sum, c) => sum + gz(c.code), 0);
  const all = chunks.reduce((sum, c) => sum + gz(c.code), 0);
  const spanishChunk = chunks.filter((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/i18n/es/index.js')));
  console.log(
    `first chunk ${size} B gz (${first.map((c) => c.fileName).join(', ')}); Spanish ${spanishChunk.reduce((sum, c) => sum + gz(c.code), 0)} B gz; all chunks ${all} B gz`,
  );
  assert.ok(size <= FIRST_CHUNK, `the first chunk is ${size} bytes gz`);

  const words = spanish();
  assert.ok(words.length > 200, 'Spanish to look for');
  // The detector works: every one of them is somewhere in the build, as written.
  const everything = chunks.map((c) => c.code).join('\n');
  assert.deepEqual(
    words.filter((text) => !everything.includes(text)),
    [],
  );
  const firstCode = first.map((c) => c.code).join('\n');
  assert.deepEqual(
    words.filter((text) => firstCode.includes(text)),
    [],
    'no Spanish in the first chunk',
  );
});

test('Spanish is imported only for Spanish: its chunk is loaded by import(), not with the first chunk or the flow part', () => {
  const entry = chunks.find((c) => c.isEntry)!;
  const first = new Set(staticGraph(entry).map((c) => c.fileName));
  // The words of the interface (its screens, form, steps, references), not also said in the
  // messages of validation, requirements and drafts, which the SDK words in Spanish at once.
  const INTERFACE = /^(ui|form|steps|references)\./;
  const others = Object.entries(es)
    .filter(([key]) => !INTERFACE.test(key))
    .map(([, text]) => text)
    .join('\n');
  const interfaceWords = spanish((key) => INTERFACE.test(key)).filter((text) => !others.includes(text));
  const holding = chunks.filter((c) => interfaceWords.some((text) => c.code.includes(text)));
  assert.deepEqual(
    holding.map((c) => c.isDynamicEntry && !first.has(c.fileName)),
    holding.map(() => true),
    `the interface's Spanish is in chunks of their own: ${holding.map((c) => c.fileName).join(', ')}`,
  );
  // The flow part (steps, review, tracker) comes after the first screen, with none of the interface's Spanish.
  const flow = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/parts/flow-part.js')));
  assert.ok(flow, 'a flow part');
  assert.ok(!first.has(flow.fileName), 'the flow part is not in the first chunk');
  const flowCode = staticGraph(flow)
    .map((c) => c.code)
    .join('\n');
  assert.deepEqual(
    interfaceWords.filter((text) => flowCode.includes(text)),
    [],
  );
});

test("an English page loads none of the SDK's Spanish (first chunk and flow part); a Spanish page loads it all", () => {
  const entry = chunks.find((c) => c.isEntry)!;
  const flow = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/parts/flow-part.js')));
  assert.ok(flow, 'a flow part');
  const english = new Set([...staticGraph(entry), ...staticGraph(flow)]);
  const englishCode = [...english].map((c) => c.code).join('\n');
  // Validation's, requirements' and drafts' words too: the SDK's translators hold English only in
  // `@endorsement-kit/sdk/core`, which the element imports; Spanish is registered by its chunk.
  // A message whole, as a string literal: 'Escriba su nombre' is also the start of a rating check's
  // message, which is not in the catalog (rating-messages.ts still holds its Spanish).
  const literal = (text: string) => ['"', "'", '`'].some((quote) => englishCode.includes(`${quote}${text}${quote}`));
  const words = spanish();
  assert.deepEqual(words.filter(literal), [], `no Spanish in ${[...english].map((c) => c.fileName).join(', ')}`);
  const spanishChunk = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/i18n/es/index.js')));
  assert.ok(spanishChunk, 'a Spanish chunk');
  assert.ok(!english.has(spanishChunk), 'the Spanish chunk is not loaded with an English page');
  const spanishPage = [...english, ...staticGraph(spanishChunk)].map((c) => c.code).join('\n');
  assert.deepEqual(
    words.filter((text) => !spanishPage.includes(text)),
    [],
    "every Spanish message of the SDK's catalog reaches a Spanish page",
  );
});
