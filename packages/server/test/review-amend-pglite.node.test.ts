import { reviewAmendSuite } from './review-amend.suite.js';

reviewAmendSuite('pglite');
