import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { reviewAmendSuite } from './review-amend.suite.js';

reviewAmendSuite('postgres');

after(stopPostgres);
