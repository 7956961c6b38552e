import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { renewalFeesSuite } from './renewal-fees.suite.js';

renewalFeesSuite('postgres');

after(stopPostgres);
