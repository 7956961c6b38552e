import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { workspaceApiSuite } from './workspace-api.suite.js';

workspaceApiSuite('postgres');

after(stopPostgres);
