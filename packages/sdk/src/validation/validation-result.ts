import type { Issue } from '../errors/issue.js';

/**
 * The outcome of `validateRegistration` or `validateApplication`: the parsed payload, or every
 * issue found. Validation results are data, never exceptions.
 * @example
 * const result = validateApplication(program, input);
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path.join('.'), issue.code);
 */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Options of the validators.
 * @example validateApplication(program, payload, { locale: 'es', asOf: '2026-01-15' })
 */
export interface ValidateOptions {
  /**
   * The language of the messages (`en`, `es`, `es-MX`, ...).
   * @default the program's `defaultLocale`
   */
  locale?: string | undefined;
  /**
   * The day dates are checked against (`YYYY-MM-DD`): completion, training and start dates may not
   * be after it.
   * @default today
   */
  asOf?: string | undefined;
}
