// Reads the theme's documented custom properties from the element's own stylesheet (src/styles/theme.ts),
// the single source of the defaults, for the theming tests.
import { theme } from '../src/styles/theme.js';

export interface ThemeProperty {
  name: string;
  value: string;
  description: string;
}

/** Every `/* description *\/ --ek-name: value;` of the theme block, in order. */
export function themeProperties(): ThemeProperty[] {
  const found: ThemeProperty[] = [];
  for (const match of theme.cssText.matchAll(/\/\*\s*([^*]+?)\s*\*\/\s*(--ek-[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    found.push({ description: match[1]!, name: match[2]!, value: match[3]!.trim() });
  }
  return found;
}

/** All `--ek-*` names declared in the theme block, documented or not. */
export function declaredNames(): string[] {
  return [...theme.cssText.matchAll(/(--ek-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!);
}
