// The end of `pnpm build`: a freshly initialised PGlite data folder, dumped once per PGlite version
// into packages/server/dist/pglite, which the server loads into an empty DATA_DIR instead of
// running initdb (packages/server/src/db/pglite-initial-data.ts). initdb runs here, in the build,
// with its memory (about 800 MB); a server installed from the package never runs it.
import { basename } from 'node:path';
import { writePgliteInitialData } from '../packages/server/src/db/pglite-initial-data.js';

const started = performance.now();
const file = await writePgliteInitialData();
if (file) console.log(`pglite: initial data folder written (${basename(file)}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
