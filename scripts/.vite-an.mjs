import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const out = await build({ root: '/tmp/vapp', logLevel: 'silent', build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: '/tmp/vapp/index.html' } } });
const chunks = (Array.isArray(out) ? out[0] : out).output.filter((o) => o.type === 'chunk');
for (const c of chunks) {
  console.log(c.fileName, c.isEntry ? 'ENTRY' : '', gzipSync(c.code).length, 'imports', c.imports.join(','));
  const mods = Object.entries(c.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength).slice(0, 30);
  if (c.isEntry || c.fileName.includes('index')) for (const [k, v] of mods) console.log('   ', v.renderedLength, k.replace(/.*\/(packages|node_modules)\//, '$1/'));
}
