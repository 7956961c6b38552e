export { validateRegistration } from './validate-registration.js';
export { validateApplication } from './validate-application.js';
export { ISSUE_CODES, MISSING_CODES } from './issue-codes.js';
export type { Issue } from '../errors/issue.js';
export type { IssueCode } from './issue-codes.js';
export type { ValidationResult, ValidateOptions } from './validation-result.js';
