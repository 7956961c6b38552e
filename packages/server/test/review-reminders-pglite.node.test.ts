import { reviewRemindersSuite } from './review-reminders.suite.js';

reviewRemindersSuite('pglite');
