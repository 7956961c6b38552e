// The early-open script's CSP hash, in Node: Web Crypto's answer is the sha256 of the exact text
// a page inlines, as a browser computes it for `script-src 'sha256-…'`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { earlyOpenHash, earlyOpenScript } from '@endorsement-kit/sdk';

test('earlyOpenHash is the sha256 hash source of earlyOpenScript’s text, one per URL', async () => {
  for (const url of ['/api/ratings/open', '/api/renewals/open', 'https://api.example.org/endorsement/ratings/open']) {
    const expected = `'sha256-${createHash('sha256').update(earlyOpenScript(url), 'utf8').digest('base64')}'`;
    assert.equal(await earlyOpenHash(url), expected);
  }
  assert.notEqual(await earlyOpenHash('/api/ratings/open'), await earlyOpenHash('/api/renewals/open'));
});

test('the script is small, holds its URL as a string literal and no `<`', () => {
  const text = earlyOpenScript('/api/ratings/open');
  assert.ok(text.length < 600, `${text.length} characters`);
  assert.ok(text.includes('"/api/ratings/open"'));
  assert.ok(!earlyOpenScript('/a<b').includes('<'));
  // Parses as a classic script (no module syntax, no imports).
  assert.doesNotThrow(() => new Script(text));
});
