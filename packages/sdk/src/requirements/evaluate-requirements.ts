import type { Program } from '../program/program.js';
import { evaluateCategory } from './evaluate-category.js';
import { readDraft } from './read-draft.js';
import { readOptions } from './read-options.js';
import type { EvaluateOptions, RequirementsResult } from './requirement.js';

/**
 * How far an application meets the requirements of its category, under the rules in force on
 * `asOf`. Accepts a partial draft (an `ApplicationDraft`) or any JSON value: whatever is missing or
 * malformed simply does not count, and it never throws on it.
 *
 * Each requirement reports what is counted (`have`), the threshold (`need`) and a sentence
 * (`detail`) in `locale`. The written exam, where the rules require one, is listed with
 * `later: true` and does not make `met` false. A category that is missing or not offered by the
 * program gives one unmet requirement with id `category`.
 * @throws {TypeError} only for a malformed `asOf` or `locale` option.
 * @example
 * const result = evaluateRequirements(programs.alliance, draft.value, { asOf: '2025-03-01' });
 * result.met; // false
 * result.requirements.find((r) => r.id === 'rsc-hours');
 * // { id: 'rsc-hours', met: false, have: 32, need: 50, unit: 'hours',
 * //   detail: '18 more RSC hours within one 24-month period, from a provider endorsed as IMHS or IMHM-C, received after your master's degree.' }
 */
export function evaluateRequirements(program: Program, application: unknown, options?: EvaluateOptions): RequirementsResult {
  const settings = readOptions(options);
  const facts = readDraft(application);
  return evaluateCategory(program, facts.category, facts, settings);
}
