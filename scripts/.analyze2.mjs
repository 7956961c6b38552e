import { build } from 'esbuild';
const r = await build({ entryPoints: ['packages/element/dist/define.js'], bundle: true, splitting: true, format: 'esm', outdir: '/tmp/an-out', metafile: true, minify: true, write: true, logLevel: 'silent', conditions: ['browser','import'] });
for (const [name, o] of Object.entries(r.metafile.outputs)) {
  if (o.entryPoint || !name.endsWith('.js')) continue;
  console.log(name, o.bytes);
  const ins = Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,25);
  for (const [k,v] of ins) console.log('  ', v.bytesInOutput, k);
}
