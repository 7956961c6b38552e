import { amendBrowserSuite } from './amend-browser.suite.js';

amendBrowserSuite('pglite');
