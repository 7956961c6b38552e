import type { Program } from '../program/program.js';
import { registrationShape } from '../schema/payload-schemas.js';
import * as z from '../schema/zod.js';
import type { Registration } from '../schema/payload-types.js';
import { validatePayload } from './validate-payload.js';
import type { ValidateOptions, ValidationResult } from './validation-result.js';

// `answers` is taken as it comes and checked by parseAnswers (answers-shape.ts), the same as
// `registrationSchema` checks it, without zod's record and union.
const registrationFields = z.strictObject({ ...registrationShape, answers: z.optional(z.unknown()) });

/**
 * Checks a registration payload against the contract's shape and the program: its id, an offered
 * endorsement and category, the program's registration questions, and no unknown keys. Never
 * throws, whatever JSON value it is given.
 * @example
 * const result = validateRegistration(programs.first5Alabama, payload, { locale: 'es' });
 * if (!result.ok) showErrorSummary(result.issues); // [{ path: ['applicant', 'givenName'], code: 'required', message: 'Escriba su nombre' }]
 */
export function validateRegistration(program: Program, value: unknown, options?: ValidateOptions): ValidationResult<Registration> {
  return validatePayload<Registration>(program, value, 'registration', registrationFields, options);
}
