// The default colours pass WCAG 2.2 AA: 4.5:1 for text, 3:1 for the focus indicator and borders
// (1.4.3, 1.4.11). The colours come from the theme stylesheet itself, not from a copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { declaredNames, themeProperties } from './theme-defaults.js';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(m, `${hex} is a #rrggbb colour`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const colours = new Map(themeProperties().filter((p) => p.name.startsWith('--ek-color-')).map((p) => [p.name.slice('--ek-color-'.length), p.value]));
const colour = (name: string): string => {
  const value = colours.get(name);
  assert.ok(value, `--ek-color-${name} has a default`);
  return value;
};

describe('theme defaults', () => {
  it('computes contrast as WCAG does', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21);
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  });

  it('documents every property it declares, each with a default', () => {
    const documented = themeProperties();
    assert.deepEqual(documented.map((p) => p.name), declaredNames());
    for (const p of documented) assert.ok(p.value && p.description.length > 5, p.name);
    for (const name of ['--ek-font-family', '--ek-font-size', '--ek-radius', '--ek-space']) {
      assert.ok(documented.some((p) => p.name === name), name);
    }
    assert.equal(documented.find((p) => p.name === '--ek-font-family')?.value, 'inherit', "the host page's font by default");
  });

  const text: [string, string, string][] = [
    ['text', 'surface', 'body text'],
    ['muted', 'surface', 'hints'],
    ['on-primary', 'primary', 'primary buttons'],
    ['primary', 'surface', 'links and secondary buttons'],
    ['on-primary', 'error', 'the warning button'],
    ['error', 'surface', 'error messages'],
    ['success', 'surface', 'met requirements'],
  ];
  for (const [fg, bg, what] of text) {
    it(`${fg} on ${bg} (${what}) is at least 4.5:1`, () => {
      const ratio = contrast(colour(fg), colour(bg));
      assert.ok(ratio >= 4.5, `${fg} ${colour(fg)} on ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1`);
    });
  }

  // The focus indicator is a --ek-color-focus outline inside a ring of --ek-color-text: the ring
  // stands out from the surface, the outline from the ring, whatever the surface behind.
  const nonText: [string, string, string][] = [
    ['text', 'surface', 'the focus ring against the surface'],
    ['focus', 'text', 'the focus outline against its ring'],
    ['border', 'surface', 'field borders'],
    ['primary', 'surface', 'button edges and the header rule'],
    ['error', 'surface', 'invalid field borders'],
    ['success', 'surface', 'confirmation panel borders'],
  ];
  for (const [fg, bg, what] of nonText) {
    it(`${fg} against ${bg} (${what}) is at least 3:1`, () => {
      const ratio = contrast(colour(fg), colour(bg));
      assert.ok(ratio >= 3, `${fg} ${colour(fg)} against ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1`);
    });
  }
});
