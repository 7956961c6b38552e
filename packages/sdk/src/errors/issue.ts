/**
 * One problem with a payload, pointing at the field. `path[0]` is always the top-level key
 * (`category`, `training`, ...), also for rules that involve several fields; only an input that is not an
 * object at all gets one issue with an empty path. `code` is one of `ISSUE_CODES` and stable;
 * `message` is in the requested locale.
 * @example { path: ['training', 0, 'hours'], code: 'too_small', message: 'Enter a number of hours of 0 or more' }
 */
export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}
