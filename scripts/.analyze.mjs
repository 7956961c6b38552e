import { build } from 'esbuild';
const r = await build({ entryPoints: ['packages/element/dist/define.js'], bundle: true, splitting: true, format: 'esm', outdir: '/tmp/an-out', metafile: true, minify: true, write: true, logLevel: 'silent', conditions: ['browser','import'] });
for (const [name, o] of Object.entries(r.metafile.outputs)) {
  if (!o.entryPoint) continue;
  console.log(name, o.bytes, 'imports', o.imports.filter(i=>i.kind==='import-statement').map(i=>i.path));
  const ins = Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,40);
  for (const [k,v] of ins) console.log('  ', v.bytesInOutput, k);
}
for (const [name, o] of Object.entries(r.metafile.outputs)) if (!o.entryPoint && name.endsWith('.js')) console.log(name, o.bytes);
