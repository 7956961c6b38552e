import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { reviewBrowserSuite } from './review-browser.suite.js';

reviewBrowserSuite('postgres');

after(stopPostgres);
