import { after } from 'node:test';
import { stopPostgres } from './support/databases.js';
import { reviewRemindersSuite } from './review-reminders.suite.js';

reviewRemindersSuite('postgres');

after(stopPostgres);
