// docs/theming.md documents every custom property with its real default and every part the
// templates use, so the page cannot drift from the stylesheet; its example themes keep contrast.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contrast, NON_TEXT_PAIRS, TEXT_PAIRS } from '@endorsement-kit/test-kit/element/contrast.js';
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

  it('shows example themes whose colours keep the contrast the defaults have', () => {
    const defaults = new Map(themeProperties().map((p) => [p.name, p.value]));
    const themes = [...doc.matchAll(/```css\n([\s\S]*?)```/g)]
      .map((m) => new Map([...m[1]!.matchAll(/(--ek-color-[a-z-]+)\s*:\s*(#[0-9a-f]{6})/gi)].map((d) => [d[1]!, d[2]!])))
      .filter((colours) => colours.size >= 6);
    assert.ok(themes.length >= 2, 'a brand and a dark theme');
    for (const [i, colours] of themes.entries()) {
      const c = (name: string) => colours.get(`--ek-color-${name}`) ?? defaults.get(`--ek-color-${name}`)!;
      for (const [fg, bg] of TEXT_PAIRS) assert.ok(contrast(c(fg), c(bg)) >= 4.5, `theme ${i + 1}: ${fg} on ${bg}`);
      for (const [fg, bg] of NON_TEXT_PAIRS) assert.ok(contrast(c(fg), c(bg)) >= 3, `theme ${i + 1}: ${fg} against ${bg}`);
    }
  });
});
