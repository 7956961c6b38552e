import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { reviewApiSuite } from './review-api.suite.js';

reviewApiSuite('postgres');

after(stopPostgres);
