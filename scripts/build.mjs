// `pnpm build`: the type declarations (`tsc -b`), the bundles (`rollup -c`), the element's
// custom-elements.json and PGlite's initial data folder (scripts/write-pglite-data-dir.ts). None
// reads what another writes, so they run at the same time: on 2 cores the build takes about as
// long as its slowest part instead of the sum (docs/performance.md). Then it records its inputs'
// hash, which lets `pnpm start` skip the next build when nothing changed
// (scripts/build-if-changed.mjs). Each part's output streams through; the first failure's exit
// code is the build's.
import { spawn } from 'node:child_process';
import { buildInputsHash, writeBuildStamp } from './build-if-changed.mjs';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', () => resolve(1));
    child.once('close', (code) => resolve(code ?? 1));
  });

const bin = (name) => `node_modules/.bin/${name}`;
// The inputs as the build starts: a file changed while it runs makes the stamp stale, not wrong.
const inputs = buildInputsHash();
const codes = await Promise.all([
  run(bin('tsc'), ['-b']),
  run(bin('rollup'), ['-c']),
  run('pnpm', ['--filter', '@endorsement-kit/element', 'build:manifest']),
  run(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/write-pglite-data-dir.ts']),
]);
const failed = codes.find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);
writeBuildStamp(undefined, inputs);
