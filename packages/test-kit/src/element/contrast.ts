// WCAG 2.2 contrast for the theming tests, and the colour pairs a theme must keep.

/** Relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`${hex} is not a #rrggbb colour`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, what] by `--ek-color-` suffix: text, at least 4.5:1. */
export const TEXT_PAIRS: readonly [string, string, string][] = [
  ['text', 'surface', 'body text'],
  ['muted', 'surface', 'hints'],
  ['on-primary', 'primary', 'primary buttons'],
  ['primary', 'surface', 'links and secondary buttons'],
  ['on-primary', 'error', 'the warning button'],
  ['error', 'surface', 'error messages'],
  ['success', 'surface', 'met requirements'],
];

/**
 * Non-text, at least 3:1. The focus indicator is a --ek-color-focus outline inside a ring of
 * --ek-color-text: the ring stands out from the surface, the outline from the ring.
 */
export const NON_TEXT_PAIRS: readonly [string, string, string][] = [
  ['text', 'surface', 'the focus ring against the surface'],
  ['focus', 'text', 'the focus outline against its ring'],
  ['border', 'surface', 'field borders'],
  ['primary', 'surface', 'button edges and the header rule'],
  ['error', 'surface', 'invalid field borders'],
  ['success', 'surface', 'confirmation panel borders'],
];
