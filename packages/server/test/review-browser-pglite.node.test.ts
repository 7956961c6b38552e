import { reviewBrowserSuite } from './review-browser.suite.js';

reviewBrowserSuite('pglite');
