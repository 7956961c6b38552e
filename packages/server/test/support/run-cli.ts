// The CLI from source, for tests that run the server as its own process (kill -9, two instances).
import { main } from '../../src/cli.js';

await main();
