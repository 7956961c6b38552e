import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { payloadJsonSchemaFiles } from '../../../scripts/payload-json-schema.js';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('the committed JSON Schema files match the zod schemas (run `pnpm schema` when this fails)', () => {
  const files = payloadJsonSchemaFiles();
  assert.deepEqual(Object.keys(files).sort(), ['docs/schema/application.schema.json', 'docs/schema/registration.schema.json']);
  for (const [file, expected] of Object.entries(files)) {
    assert.equal(readFileSync(root + file, 'utf8'), expected, `${file} is stale`);
  }
});

test('the JSON Schemas name every top-level key of the payloads, are closed, and require what the contract requires', () => {
  const files = payloadJsonSchemaFiles();
  const registration = JSON.parse(files['docs/schema/registration.schema.json']!);
  const application = JSON.parse(files['docs/schema/application.schema.json']!);
  assert.deepEqual(Object.keys(registration.properties).sort(), [...Object.keys(validRegistration()), 'answers'].sort());
  assert.deepEqual(Object.keys(application.properties).sort(), [...Object.keys(validApplication()), 'answers', 'resume'].sort());
  assert.equal(registration.additionalProperties, false);
  assert.equal(application.properties.training.items.additionalProperties, false);
  assert.deepEqual(registration.required.sort(), ['applicant', 'category', 'endorsement', 'overview', 'program', 'schemaVersion']);
  assert.ok(!application.properties.work.items.required.includes('end'), 'an open end means current work');
  assert.equal(application.properties.training.items.properties.hours.minimum, 0);
  assert.equal(application.properties.references.items.properties.email.format, 'email');
  assert.equal(application.properties.attestations.properties.codeOfEthics.properties.accepted.const, true);
});
