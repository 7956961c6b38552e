// The CDN files' sizes (min and min+gz): the first load (endorsement-application.js and what it
// imports statically), each part, and the total. Used by `pnpm bench` and the size test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CDN_DIR = 'packages/element/dist/cdn';
const size = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

/**
 * @param {string} [dir] the built CDN folder
 * @returns {{ first: { files: string[], min: number, gzip: number }, parts: { file: string, min: number, gzip: number }[], total: { min: number, gzip: number } }}
 */
export function cdnSizes(dir = CDN_DIR) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const code = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f))]));
  const first = new Set();
  const visit = (file) => {
    if (first.has(file) || !code[file]) return;
    first.add(file);
    for (const next of staticImports(code[file].toString())) visit(next);
  };
  visit('endorsement-application.js');
  // Each file travels (and is compressed) on its own: sizes add up file by file.
  const sum = (names) =>
    names.map((f) => size(code[f])).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
  const firstSize = sum([...first]);
  const split = files.filter(
    (f) => f.startsWith('endorsement-application.') && !f.includes('iife') && f !== 'endorsement-application.es.js',
  );
  const parts = split.filter((f) => !first.has(f)).map((file) => ({ file, ...size(code[file]) }));
  const total = sum(split);
  return { first: { files: [...first], ...firstSize }, parts, total };
}
