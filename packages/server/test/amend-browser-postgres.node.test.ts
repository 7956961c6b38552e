import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { amendBrowserSuite } from './amend-browser.suite.js';

amendBrowserSuite('postgres');

after(stopPostgres);
