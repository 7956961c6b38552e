// docs/theming.md documents every custom property with its real default and every part the
// templates use, so the page cannot drift from the stylesheet.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { partsInTemplates, themeProperties } from './theme-defaults.js';

const doc = readFileSync(new URL('../../../docs/theming.md', import.meta.url), 'utf8');

describe('docs/theming.md', () => {
  it('lists every --ek-* property with its default and what it styles', () => {
    for (const p of themeProperties()) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${p.name}\` |`));
      assert.ok(row, `${p.name} has a row`);
      assert.ok(row.includes(`| \`${p.value}\` |`), `${p.name} default ${p.value}: ${row}`);
    }
  });

  it('names no property the theme does not have', () => {
    const known = new Set(themeProperties().map((p) => p.name));
    for (const [name] of doc.matchAll(/--ek-[a-z0-9-]+/g)) assert.ok(known.has(name), name);
  });

  it('describes every part', () => {
    for (const part of partsInTemplates()) assert.ok(doc.includes(`| \`${part}\` |`), part);
  });
});
