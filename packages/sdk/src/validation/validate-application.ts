import type { Program } from '../program/program.js';
import { applicationShape } from '../schema/payload-schemas.js';
import * as z from '../schema/zod.js';
import type { Application } from '../schema/payload-types.js';
import { validatePayload } from './validate-payload.js';
import type { ValidateOptions, ValidationResult } from './validation-result.js';

// `answers` is checked by parseAnswers: see validate-registration.ts.
const applicationFields = z.strictObject({ ...applicationShape, answers: z.optional(z.unknown()) });

/**
 * Checks an application payload against the contract's shape and the program: its id, an offered
 * endorsement and category, real dates in order and not in the future, hours of 0 or more, an
 * email address of its own for each reference, the program's application questions for the
 * category, and no unknown keys anywhere. Never throws,
 * whatever JSON value it is given. Whether the category's requirements are met is
 * `evaluateRequirements`'s business, not this.
 * @example
 * const result = validateApplication(programs.alliance, payload, { asOf: '2026-01-15' });
 * if (result.ok) await backend.submit(result.value, ctx);
 * else console.log(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
 */
export function validateApplication(program: Program, value: unknown, options?: ValidateOptions): ValidationResult<Application> {
  return validatePayload<Application>(program, value, 'application', applicationFields, options);
}
