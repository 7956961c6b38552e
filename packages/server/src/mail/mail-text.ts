import { baseLocale, localize, translate, type Program } from '@endorsement-kit/sdk';
import { MAIL_CATALOGS } from './mail-catalogs.js';
import { REFERENCE_MAIL_CATALOGS } from '../references/reference-mail-catalogs.js';
import { FEE_MAIL_CATALOGS } from '../fees/fee-mail-catalogs.js';
import { REVIEW_MAIL_CATALOGS } from '../review/review-mail-catalogs.js';

type Params = Record<string, string | number>;

/**
 * A message in `locale`: the program's own `text` override first, then the mail catalogs, then the
 * SDK's catalogs (`ui.*` lines the applicant saw in the element), then English.
 */
export function mailText(program: Program, locale: string, key: string, params: Params = {}): string {
  if (!key.startsWith('mail.')) return translate(program, locale, key, params);
  const base = baseLocale(locale);
  const catalogs = key.startsWith('mail.ref.')
    ? REFERENCE_MAIL_CATALOGS
    : key.startsWith('mail.fee.')
      ? FEE_MAIL_CATALOGS
      : key.startsWith('mail.review.')
        ? REVIEW_MAIL_CATALOGS
        : MAIL_CATALOGS;
  const template = program.text[locale]?.[key] ?? program.text[base]?.[key] ?? catalogs[base]?.[key] ?? catalogs.en?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The program's name, a category's label and the contact's title, in `locale`. */
export function programWords(program: Program, locale: string, code: string) {
  const category = program.categories[code as keyof Program['categories']];
  const contact = program.contact;
  const how = [contact.email, contact.phone, contact.url].filter(Boolean).join(' · ');
  return {
    program: localize(program.name, locale),
    category: category ? localize(category.label, locale) : code,
    contact: localize(contact.title, locale),
    how,
  };
}
