import { validationEs } from './es/validation.js';

/**
 * The validation messages in Spanish (`validation.*`), which `validateRenewal` words a Spanish
 * renewal's issues with once registered.
 * @example registerMessages('es', renewalValidationMessagesEs());
 */
export function renewalValidationMessagesEs(): Readonly<Record<string, string>> {
  return validationEs;
}
