import type * as z from '../schema/zod.js';
import type { programConfigSchema } from './config-schema.js';
import { buildProgram } from './build-program.js';
import { checkProgramConfig } from './check-program-config.js';
import type { Program } from './program.js';

export { QUESTION_STEPS } from './check-program-config.js';

/**
 * What an association configures. Everything but `id`, `name` and `offers` is optional and starts
 * from the Alliance's rules and the SDK's English and Spanish text. See docs/programs.md.
 * @example
 * defineProgram({
 *   id: 'aaimh-wa', name: 'AAIMH WA', offers: { 'IMH-E': ['IFA', 'IFS'] },
 *   categories: { IFA: { label: 'Infant Family Worker', rules: { training: { hours: 40 } } } },
 * })
 */
export type ProgramConfig = z.input<typeof programConfigSchema>;

/**
 * Checks an association's configuration and returns its program, built on the Alliance's rules.
 * @throws {ConfigError} naming the path of the first problem and what was expected.
 * @example
 * const program = defineProgram({ id: 'demo', name: 'Demo AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] } });
 */
export function defineProgram(config: ProgramConfig): Program {
  return buildProgram(checkProgramConfig(config));
}
