import { reviewApiSuite } from './review-api.suite.js';

reviewApiSuite('pglite');
