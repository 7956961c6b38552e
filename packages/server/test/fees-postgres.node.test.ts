import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { feesSuite } from './fees.suite.js';

feesSuite('postgres');

after(stopPostgres);
