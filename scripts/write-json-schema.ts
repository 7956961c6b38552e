// Writes the JSON Schema of the registration and application payloads, generated from the SDK's
// zod schemas, to docs/schema/. Run `pnpm schema` after changing a payload schema; a node test
// fails while the committed files are stale. `--check` only compares, for CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { payloadJsonSchemaFiles } from './payload-json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(payloadJsonSchemaFiles())) {
  const path = join(root, file);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  stale += 1;
  if (check) console.error(`${file} is stale: run pnpm schema`);
  else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
if (check && stale > 0) process.exit(1);
