import { workspaceBrowserSuite } from './workspace-browser.suite.js';

workspaceBrowserSuite('pglite');
