/**
 * One problem with a payload, pointing at the field. `path[0]` is always the top-level key
 * (`category`, `training`, ...), also for rules that involve several fields. `code` is stable and
 * `message` is in the requested locale.
 * @example { path: ['training', 0, 'hours'], code: 'too_small', message: 'Enter a number of hours of 0 or more' }
 */
export interface Issue {
  path: (string | number)[];
  code: string;
  message: string;
}
