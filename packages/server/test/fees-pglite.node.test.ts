import { feesSuite } from './fees.suite.js';

feesSuite('pglite');
