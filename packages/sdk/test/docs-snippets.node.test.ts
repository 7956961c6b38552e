// test-node: not bundled (it imports TypeScript that it writes while it runs)
// Every ```ts block of the SDK's docs runs as written, against the SDK's sources: a snippet that
// no longer works fails here. Fragments and illustrations use ```text or ```js instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const docs = ['docs/sdk.md', 'docs/programs.md', 'docs/fees.md', 'packages/sdk/README.md'];
const tmp = join('packages', 'sdk', 'test', '.docs-snippets');

for (const doc of docs) {
  const source = readFileSync(doc, 'utf8');
  const blocks = [...source.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  test(`${doc} has runnable snippets`, () => assert.ok(blocks.length > 0));
  blocks.forEach((code, i) => {
    test(`${doc} snippet ${i + 1} runs`, async () => {
      mkdirSync(tmp, { recursive: true });
      const file = join(tmp, `${doc.replace(/\W/g, '-')}-${i + 1}.ts`);
      writeFileSync(file, code);
      try {
        await import(pathToFileURL(join(process.cwd(), file)).href);
      } finally {
        rmSync(file, { force: true });
      }
    });
  });
}
