import { renewalFeesSuite } from './renewal-fees.suite.js';

renewalFeesSuite('pglite');
