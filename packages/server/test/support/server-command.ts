// How tests start the server as a process of its own. `scripts/test-node.mjs` sets
// EK_TEST_SERVER_BUILT=1 when the last `pnpm build` is of today's sources (as in `pnpm test`, which
// builds first): then the built CLI, as the packed bin runs it, which starts in about a third of the
// CPU time of the sources through tsx (docs/performance.md, "Test time"). Otherwise the sources.
import { fileURLToPath } from 'node:url';

const builtBin = fileURLToPath(new URL('../../bin/endorsement-kit-server.js', import.meta.url));
const runCli = fileURLToPath(new URL('./run-cli.ts', import.meta.url));

/** The arguments to `process.execPath` that start the server's CLI. */
export function serverCommand(): string[] {
  return process.env['EK_TEST_SERVER_BUILT'] === '1' ? [builtBin] : ['--conditions=source', '--import', 'tsx', runCli];
}
