// Reads the theme's documented custom properties from the element's own stylesheet (src/styles/theme.ts),
// the single source of the defaults, and the parts the templates use, for the theming tests (Node).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { theme } from '../src/styles/theme.js';

export interface ThemeProperty {
  name: string;
  value: string;
  description: string;
}

/** Every `/* description *\/ --_ek-name: var(--ek-name, default);` of the theme block, in order. */
export function themeProperties(): ThemeProperty[] {
  const found: ThemeProperty[] = [];
  for (const match of theme.cssText.matchAll(/\/\*\s*([^*]+?)\s*\*\/\s*--_(ek-[a-z0-9-]+)\s*:\s*var\(--(ek-[a-z0-9-]+),\s*([^;]+)\);/g)) {
    // Each private `--_ek-x` takes the public `--ek-x` when a page sets it, else the default.
    if (match[2] !== match[3]) throw new Error(`--_${match[2]} reads --${match[3]}`);
    found.push({ description: match[1]!, name: `--${match[3]!}`, value: match[4]!.trim() });
  }
  return found;
}

/** The public names of all `--_ek-*` properties the theme block declares, documented or not. */
export function declaredNames(): string[] {
  return [...theme.cssText.matchAll(/--_(ek-[a-z0-9-]+)\s*:/g)].map((m) => `--${m[1]!}`);
}

/** Every `part="..."` name used in the element's templates (src/**). */
export function partsInTemplates(dir = fileURLToPath(new URL('../src', import.meta.url))): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const name of partsInTemplates(path)) names.add(name);
    else if (entry.name.endsWith('.ts'))
      for (const m of readFileSync(path, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) for (const name of m[1]!.split(/\s+/)) names.add(name);
  }
  return names;
}
