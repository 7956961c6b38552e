import { localize, type Program, type Receipt } from '@endorsement-kit/sdk';
import type { RecordKind } from '../records/record-kind.js';
import { mailText, programWords } from './mail-text.js';
import { registrationFeeLines } from '../fees/registration-fee-mail.js';

/** One mail to write to the outbox. */
export interface OutgoingMail {
  purpose:
    | 'coordinator-registration'
    | 'applicant-registration'
    | 'applicant-application'
    | 'advisor-introduction-applicant'
    | 'advisor-introduction-advisor'
    | 'applicant-fee-receipt'
    | 'applicant-fee-notice'
    | 'status-changed'
    | 'staff-invitation'
    | 'review-assigned'
    | 'review-reminder'
    | 'applicant-amended'
    | 'coordinator-amended'
    | ReferenceMailPurpose
    | `renewal-${string}`;
  recipient: string;
  subject: string;
  body: string;
  /** An HTML part beside the plain text. */
  html?: string;
  /** The From display name (the association's name); the address stays the server's. */
  fromName?: string;
  /** The reference request the mail is about: a refused address marks it undeliverable. */
  requestId?: string;
  /** Files sent with it (a decision's certificate). */
  attachments?: MailAttachment[];
}

/** A file a mail carries, its bytes as base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Mails about reference requests (docs/references.md). */
export type ReferenceMailPurpose =
  | 'rater-request'
  | 'rater-reminder'
  | 'rater-thanks'
  | 'rater-withdrawn'
  | 'applicant-reference-sent'
  | 'applicant-reference-submitted'
  | 'applicant-reference-declined'
  | 'applicant-reference-no-answer'
  | 'applicant-reference-refused'
  | 'applicant-reference-released'
  | 'coordinator-reference-digest';

interface PayloadFacts {
  category?: unknown;
  applicant?: { givenName?: unknown; familyName?: unknown; email?: unknown };
}

// Making a DateTimeFormat costs more than the rest of a mail; locales are few (the programs' own).
const longDates = new Map<string, Intl.DateTimeFormat>();
function longDate(locale: string): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) longDates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format;
}

/**
 * The mails a new record sends: for a registration, one to the program's Endorsement Coordinator
 * (name, category and a link to the record, nothing more) and "what happens next" to the applicant;
 * for an application, a receipt to the applicant. Applicant mails are in the applicant's language.
 */
export function composeMails(input: {
  kind: RecordKind;
  program: Program;
  payload: PayloadFacts;
  receipt: Receipt;
  locale: string;
  coordinatorEmail: string | undefined;
  recordLink: string;
}): OutgoingMail[] {
  const { kind, program, payload, receipt, locale } = input;
  const code = String(payload.category ?? '');
  const givenName = String(payload.applicant?.givenName ?? '');
  const fullName = `${givenName} ${String(payload.applicant?.familyName ?? '')}`.trim();
  const email = String(payload.applicant?.email ?? '');
  const mails: OutgoingMail[] = [];
  const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, ...params });
  const words = programWords(program, locale, code);

  if (kind === 'registration' && input.coordinatorEmail) {
    // The coordinator's mail is in the program's default language: it is for staff, not the applicant.
    const staff = program.defaultLocale;
    const staffWords = programWords(program, staff, code);
    mails.push({
      purpose: 'coordinator-registration',
      recipient: input.coordinatorEmail,
      subject: mailText(program, staff, 'mail.coordinator.subject', staffWords),
      body: mailText(program, staff, 'mail.coordinator.body', {
        ...staffWords,
        name: fullName,
        code,
        id: receipt.id,
        link: input.recordLink,
      }),
    });
  }

  const closing = [
    ...(kind === 'registration' ? registrationFeeLines(program, locale, code, receipt.reference ?? receipt.id, receipt.receivedAt) : []),
    ...(program.fees && kind === 'registration' ? [t('mail.fees', { fees: localize(program.fees, locale) })] : []),
    ...(words.how ? [t('mail.contact')] : []),
    '',
    t('mail.signature'),
  ];
  if (kind === 'registration') {
    mails.push({
      purpose: 'applicant-registration',
      recipient: email,
      subject: t('mail.registered.subject'),
      body: [
        t('mail.greeting', { name: givenName }),
        '',
        t('mail.registered.thanks'),
        t('mail.reference', { id: receipt.reference ?? receipt.id }),
        '',
        t('ui.registered.next'),
        t('ui.registered.coordinator'),
        t('ui.registered.spam'),
        '',
        ...closing,
      ].join('\n'),
    });
  } else {
    const date = longDate(locale).format(new Date(receipt.receivedAt));
    mails.push({
      purpose: 'applicant-application',
      recipient: email,
      subject: t('mail.application.subject'),
      body: [
        t('mail.greeting', { name: givenName }),
        '',
        t('mail.application.thanks', { date }),
        t('mail.reference', { id: receipt.reference ?? receipt.id }),
        t('ui.receipt.keep'),
        '',
        program.reviewCadence ? localize(program.reviewCadence, locale) : t('ui.receipt.cadence'),
        '',
        ...closing,
      ].join('\n'),
    });
  }
  return mails.filter((mail) => mail.recipient !== '');
}
