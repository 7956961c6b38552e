// `pnpm --filter @endorsement-kit/element manifest` writes custom-elements.json (editor support:
// VS Code, JetBrains, Storybook, lit-analyzer) from the element's class JSDoc (@fires, @csspart,
// @cssprop) and its static Lit properties. test/manifest.node.test.ts fails when the committed
// file is stale. The plugin below fixes what the analyzer cannot see on its own.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** `/* description *\/ --_ek-name: var(--ek-name, default);` from src/styles/theme.ts, where the defaults live. */
export function themeProperties() {
  const source = readFileSync(join(here, 'src/styles/theme.ts'), 'utf8');
  return [...source.matchAll(/\/\*\s*([^*]+?)\s*\*\/\s*--_ek-[a-z0-9-]+\s*:\s*var\((--ek-[a-z0-9-]+),\s*([^;]+)\);/g)].map((m) => ({
    name: m[2],
    default: m[3].trim(),
    description: m[1],
  }));
}

/** Every `part="..."` name used in the element's templates. */
export function partsInTemplates(dir = join(here, 'src')) {
  const names = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const name of partsInTemplates(path)) names.add(name);
    else if (entry.name.endsWith('.ts'))
      for (const m of readFileSync(path, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) for (const name of m[1].split(/\s+/)) names.add(name);
  }
  return names;
}

// Finer parts beside the main ones of the class JSDoc (header, step-indicator, field, button,
// tracker, summary); every part a template uses must be described here or there.
const finerParts = {
  'save-status': 'The save status in the header ("Saved at 10:42").',
  'error-summary': 'The error summary at the top of a step (also part `summary`).',
  entry: 'Each entry of a repeated list (a job, a training, a reference).',
  totals: 'The running totals under the training and RSC lists.',
};

const tidyElement = {
  name: 'endorsement-kit-tidy',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement) continue;
        const privateFields = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        // `static properties` entries with `state: true` are internal state, not attributes.
        declaration.attributes = (declaration.attributes ?? []).filter((a) => !privateFields.has(a.fieldName));
        declaration.members = (declaration.members ?? []).filter((m) => m.privacy !== 'private');
        // The analyzer also guesses events from `new XEvent(...)` calls; the @fires tags are the contract.
        declaration.events = (declaration.events ?? []).filter((e) => e.name?.startsWith('endorsement-') && e.description);
        declaration.cssProperties = themeProperties();
        const parts = declaration.cssParts ?? [];
        for (const [name, description] of Object.entries(finerParts))
          if (!parts.some((p) => p.name === name)) parts.push({ name, description });
        declaration.cssParts = parts;
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tidyElement],
};
