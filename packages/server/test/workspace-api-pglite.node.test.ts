import { workspaceApiSuite } from './workspace-api.suite.js';

workspaceApiSuite('pglite');
