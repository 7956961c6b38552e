import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { workspaceBrowserSuite } from './workspace-browser.suite.js';

workspaceBrowserSuite('postgres');

after(stopPostgres);
