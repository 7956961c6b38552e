import { localize, type Program } from '@endorsement-kit/sdk';
import type { OutgoingMail, ReferenceMailPurpose } from '../mail/compose-mails.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { htmlOf } from './mail-html.js';

/** What every reference mail is written from. */
export interface ReferenceMailFacts {
  program: Program;
  requestId: string;
  category: string;
  rater: { name: string; email: string; language: string };
  applicant: { name: string; givenName: string; email: string; locale: string };
  waiveRight: boolean;
  note: string | null;
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** A day in words in `locale` (UTC): mails name days, not instants. */
export function longDay(locale: string, at: Date): string {
  let format = dates.get(locale);
  if (!format) dates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(at);
}

function writer(facts: ReferenceMailFacts, locale: string) {
  const words = programWords(facts.program, locale, facts.category);
  const params = { ...words, applicant: facts.applicant.name, rater: facts.rater.name, email: facts.rater.email };
  return (key: string, extra: Record<string, string | number> = {}) => mailText(facts.program, locale, key, { ...params, ...extra });
}

function closing(facts: ReferenceMailFacts, t: ReturnType<typeof writer>, locale: string): string[] {
  const { how } = programWords(facts.program, locale, facts.category);
  return [...(how ? ['', t('mail.contact')] : []), '', t('mail.signature')];
}

function mail(
  facts: ReferenceMailFacts,
  purpose: ReferenceMailPurpose,
  to: string,
  subject: string,
  lines: string[],
  link?: string,
): OutgoingMail {
  return {
    purpose,
    recipient: to,
    subject,
    body: lines.join('\n'),
    html: htmlOf(lines, link),
    fromName: localize(facts.program.contact.organization ?? facts.program.name, facts.program.defaultLocale),
    requestId: facts.requestId,
  };
}

/** The request or a reminder to the rater, with a link of its own on its own line. */
export function raterLinkMail(facts: ReferenceMailFacts, kind: 'request' | 'reminder', link: string, expiresAt: Date): OutgoingMail {
  const locale = facts.rater.language;
  const t = writer(facts, locale);
  const lines = [
    t('mail.ref.greeting', { name: facts.rater.name }),
    '',
    t(kind === 'request' ? 'mail.ref.request.intro' : 'mail.ref.reminder.intro'),
    t(facts.waiveRight ? 'mail.ref.waived' : 'mail.ref.not-waived'),
    ...(facts.note ? ['', t('mail.ref.note'), facts.note] : []),
    '',
    t('mail.ref.open', { expires: longDay(locale, expiresAt) }),
    link,
    '',
    t('mail.ref.link-help'),
    t('mail.ref.decline'),
    t('mail.ref.spam'),
    ...closing(facts, t, locale),
  ];
  const subject = t(kind === 'request' ? 'mail.ref.request.subject' : 'mail.ref.reminder.subject');
  return mail(facts, kind === 'request' ? 'rater-request' : 'rater-reminder', facts.rater.email, subject, lines, link);
}

/** "Thank you" or "withdrawn", to the rater. */
export function raterNoticeMail(facts: ReferenceMailFacts, kind: 'thanks' | 'withdrawn', at: Date): OutgoingMail {
  const locale = facts.rater.language;
  const t = writer(facts, locale);
  const lines = [
    t('mail.ref.greeting', { name: facts.rater.name }),
    '',
    t(`mail.ref.${kind}.body`, { date: longDay(locale, at) }),
    ...closing(facts, t, locale),
  ];
  return mail(facts, kind === 'thanks' ? 'rater-thanks' : 'rater-withdrawn', facts.rater.email, t(`mail.ref.${kind}.subject`), lines);
}

/** To the applicant, in their language: sent, submitted, declined (with the note), no answer, refused. */
export function applicantReferenceMail(
  facts: ReferenceMailFacts,
  kind: 'sent' | 'submitted' | 'declined' | 'no-answer' | 'refused' | 'released',
  extra: { declineNote?: string | null; reminders?: number } = {},
): OutgoingMail {
  const locale = facts.applicant.locale;
  const t = writer(facts, locale);
  const lines = [
    t('mail.greeting', { name: facts.applicant.givenName }),
    '',
    t(`mail.ref.${kind}.body`, { count: extra.reminders ?? 0 }),
    ...(kind === 'declined' && extra.declineNote ? ['', t('mail.ref.declined.note'), extra.declineNote] : []),
    ...closing(facts, t, locale),
  ];
  return mail(facts, `applicant-reference-${kind}`, facts.applicant.email, t(`mail.ref.${kind}.subject`), lines);
}
