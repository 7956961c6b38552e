import { baseLocale, evaluateRenewal, type Program } from '@endorsement-kit/sdk';
import { renewalMailFees } from '../fees/renewal-mail-fees.js';
import type { OutgoingMail } from '../mail/compose-mails.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { htmlOf } from '../references/mail-html.js';
import { cycleOf, type CategoryRow, type EndorseeRow } from './endorsee-rows.js';
import { REINSTATEMENT_LINK_DAYS } from './reinstatement-links.js';
import { REINSTATEMENT_MAIL_CATALOGS } from './reinstatement-mail-catalogs.js';
import { RENEWAL_MAIL_CATALOGS } from './renewal-mail-catalogs.js';

/** The calendar's mails (docs/renewal.md, "Mails"). */
export type RenewalMailKind =
  | 'window'
  | 'reminder'
  | 'late'
  | 'removal'
  | 'renewed'
  | 'inactive'
  | 'inactive-end'
  | 'submitted'
  | 'more-information'
  | 'reinstatement-started'
  | 'reinstated'
  | 'inactive-requested';

type Params = Record<string, string | number>;

/** A renewal sentence in `locale`: the program's `text` first, then these catalogs, then English. */
export function renewalText(program: Program, locale: string, key: string, params: Params): string {
  const base = baseLocale(locale);
  const template =
    program.text[locale]?.[key] ??
    program.text[base]?.[key] ??
    RENEWAL_MAIL_CATALOGS[base]?.[key] ??
    RENEWAL_MAIL_CATALOGS['en']?.[key] ??
    REINSTATEMENT_MAIL_CATALOGS[base]?.[key] ??
    REINSTATEMENT_MAIL_CATALOGS['en']?.[key] ??
    key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const day = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * One mail of the calendar to an endorsee about one category, in the endorsee's language, text and
 * HTML. `extra` carries what a kind needs beyond the row (`days` of a reminder, `until` of inactive status).
 */
export function renewalMail(
  program: Program,
  person: EndorseeRow,
  row: CategoryRow,
  kind: RenewalMailKind,
  extra: Params = {},
): OutgoingMail {
  const locale = program.locales.includes(person.language) ? person.language : program.defaultLocale;
  const fees = renewalMailFees(program, row, locale);
  const words = programWords(program, locale, row.category);
  const params: Params = {
    ...words,
    name: person.display_name ?? person.full_name,
    due: day(locale, row.due_on),
    removal: day(locale, row.removal_on),
    deadline: day(locale, row.late_until ?? row.due_on),
    lateUntil: row.late_until ? day(locale, row.late_until) : '',
    ...fees.words,
    ...extra,
  };
  const t = (key: string, more: Params = {}) => renewalText(program, locale, `mail.renewal.${key}`, { ...params, ...more });
  const lines = [t('greeting'), ''];
  let subject: string;
  if (kind === 'window' || kind === 'reminder') {
    const days = Number(extra['days'] ?? 0);
    subject = kind === 'window' ? t('window.subject') : t(days === 1 ? 'reminder.subject.one' : 'reminder.subject');
    lines.push(t(kind === 'window' ? 'window.body' : 'reminder.body'), '', t('needs'));
    // What the renewal asks for is what an empty renewal lacks, as the SDK words it.
    const needs = evaluateRenewal(
      program,
      {},
      { category: row.category, endorsedOn: row.endorsed_on, cycle: cycleOf(row), asOf: row.due_on, locale },
    );
    if (needs.note) lines.push(`- ${needs.note}`);
    for (const check of needs.checks) lines.push(`- ${check.detail}`);
    lines.push('');
    if (fees.renewal > 0) lines.push(t('fee'));
    lines.push(row.late_until && fees.late > 0 ? t('late-rule') : t('removal-rule'));
  } else if (kind === 'late') {
    subject = t('late.subject');
    lines.push(t('late.body'));
  } else if (kind === 'removal' || kind === 'inactive-end') {
    subject = t(`${kind}.subject`);
    lines.push(
      t(`${kind}.body`, extra['until'] ? { until: day(locale, String(extra['until'])) } : {}),
      '',
      t('reinstate'),
      ...t('reinstate.steps', { fee: fees.words.reinstatementFee }).split('\n'),
    );
  } else if (kind === 'reinstatement-started') {
    subject = t('reinstatement-started.subject');
    const more = { started: day(locale, String(extra['started'])), email: person.email, fee: fees.words.reinstatementFee };
    lines.push(t('reinstatement-started.body', more), ...t('reinstatement-started.steps', more).split('\n'), '');
    lines.push(t('reinstatement-started.questions'));
  } else if (kind === 'reinstated' || kind === 'inactive-requested') {
    subject = t(`${kind}.subject`);
    lines.push(t(`${kind}.body`, { fee: fees.words.inactiveFee }));
  } else if (kind === 'renewed') {
    subject = t('renewed.subject');
    lines.push(t('renewed.body'));
  } else if (kind === 'submitted' || kind === 'more-information') {
    subject = t(`${kind}.subject`);
    lines.push(t(`${kind}.body`));
    if (extra['note']) lines.push('', String(extra['note']));
  } else {
    subject = t('inactive.subject');
    lines.push(t('inactive.body', { until: day(locale, String(extra['until'])), fee: fees.words.inactiveFee }));
  }
  const link = extra['link'] === undefined ? undefined : String(extra['link']);
  const reinstating = kind === 'removal' || kind === 'inactive-end';
  if (link) lines.push('', reinstating ? t('reinstate.open', { days: REINSTATEMENT_LINK_DAYS }) : t('open'), link, t('link-help'));
  else if (['window', 'reminder', 'late', 'more-information'].includes(kind) && words.how) lines.push('', t('how'));
  lines.push('', mailText(program, locale, 'mail.signature', words));
  return {
    purpose: `renewal-${kind}`,
    recipient: person.email,
    subject,
    body: lines.join('\n'),
    html: htmlOf(lines, link),
    fromName: words.program,
  };
}
