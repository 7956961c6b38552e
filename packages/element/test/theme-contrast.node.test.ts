// The default colours pass WCAG 2.2 AA: 4.5:1 for text, 3:1 for the focus indicator and borders
// (1.4.3, 1.4.11). The colours come from the theme stylesheet itself, not from a copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, NON_TEXT_PAIRS, TEXT_PAIRS } from '@endorsement-kit/test-kit/element/contrast.js';
import { declaredNames, themeProperties } from './theme-defaults.js';

const colours = new Map(
  themeProperties()
    .filter((p) => p.name.startsWith('--ek-color-'))
    .map((p) => [p.name.slice('--ek-color-'.length), p.value]),
);
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
    assert.deepEqual(
      documented.map((p) => p.name),
      declaredNames(),
    );
    for (const p of documented) assert.ok(p.value && p.description.length > 5, p.name);
    for (const name of ['--ek-font-family', '--ek-font-size', '--ek-radius', '--ek-space']) {
      assert.ok(
        documented.some((p) => p.name === name),
        name,
      );
    }
    assert.equal(documented.find((p) => p.name === '--ek-font-family')?.value, 'inherit', "the host page's font by default");
  });

  for (const [fg, bg, what] of TEXT_PAIRS) {
    it(`${fg} on ${bg} (${what}) is at least 4.5:1`, () => {
      const ratio = contrast(colour(fg), colour(bg));
      assert.ok(ratio >= 4.5, `${fg} ${colour(fg)} on ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1`);
    });
  }

  for (const [fg, bg, what] of NON_TEXT_PAIRS) {
    it(`${fg} against ${bg} (${what}) is at least 3:1`, () => {
      const ratio = contrast(colour(fg), colour(bg));
      assert.ok(ratio >= 3, `${fg} ${colour(fg)} against ${bg} ${colour(bg)}: ${ratio.toFixed(2)}:1`);
    });
  }
});
