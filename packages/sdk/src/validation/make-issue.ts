import type { MessageParams } from '../i18n/translator.js';
import { translateValidation } from './validation-messages.js';
import type { Program } from '../program/program.js';
import type { Issue } from '../errors/issue.js';
import type { IssueCode } from './issue-codes.js';

/** What every rule needs to word its issues. */
export interface IssueContext {
  program: Program;
  locale: string;
}

/** A locale Intl can read (number formatting throws on others), else the fallback. */
export function usableLocale(locale: string | undefined, fallback: string): string {
  if (locale === undefined) return fallback;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** `['training', 0, 'provider', 'name']` -> `training.provider.name`: the key of a field's messages. */
export function fieldKeyOf(path: readonly (string | number)[]): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/**
 * An issue with its message: `validation.<code>.<field>` when the catalogs word it for that field
 * (GOV.UK style, "Enter your given name"), else the generic `validation.<code>`.
 */
export function makeIssue(
  context: IssueContext,
  path: (string | number)[],
  code: IssueCode,
  params?: MessageParams,
  field: string = fieldKeyOf(path),
): Issue {
  const { program, locale } = context;
  const specific = `validation.${code}.${field}`;
  const known = (key: string) => translateValidation.has(program, locale, key) || translateValidation.has(program, 'en', key);
  const key = field && known(specific) ? specific : known(`validation.${code}`) ? `validation.${code}` : 'validation.invalid';
  return { path, code, message: translateValidation(program, locale, key, params) };
}
