import type { Application, Program, Registration } from '@endorsement-kit/sdk';
import type { MailAttachment, OutgoingMail } from '../mail/compose-mails.js';
import { mailText, programWords } from '../mail/mail-text.js';

/**
 * The mail that tells the applicant, in their language, that their registration's or
 * application's status changed: the status in the words of their status lookup, the
 * coordinator's message, a decision's feedback letter, and the certificate when there is one.
 */
export function statusMail(input: {
  program: Program;
  locale: string;
  kind: 'registration' | 'application';
  payload: Registration | Application;
  reference: string;
  status: string;
  message?: string | null | undefined;
  letter?: string | null | undefined;
  certificate?: MailAttachment | undefined;
  /** The applicant's link to amend and resubmit (after `more_information_needed` or `deferred`). */
  amendLink?: string | undefined;
}): OutgoingMail {
  const { program, locale, payload } = input;
  const words = programWords(program, locale, payload.category);
  const t = (key: string, params: Record<string, string> = {}) => mailText(program, locale, key, { ...words, ...params });
  const kind = t(`mail.review.kind.${input.kind}`);
  const status = t(`ui.receipt.state.${input.status}`);
  const lines = [
    t('mail.greeting', { name: payload.applicant.givenName }),
    '',
    t('mail.review.status.line', { kind, status }),
    ...(input.message ? ['', t('mail.review.status.message'), input.message] : []),
    ...(input.letter ? ['', t('mail.review.status.letter'), '', input.letter] : []),
    ...(input.certificate ? ['', t('mail.review.status.certificate')] : []),
    ...(input.amendLink ? ['', t('mail.review.status.amend'), input.amendLink] : []),
    '',
    t('mail.review.status.lookup', { reference: input.reference }),
    '',
    t('mail.contact'),
    '',
    t('mail.signature'),
  ];
  return {
    purpose: 'status-changed',
    recipient: payload.applicant.email,
    subject: t('mail.review.status.subject', { kind, status }),
    body: lines.join('\n'),
    fromName: words.program,
    ...(input.certificate ? { attachments: [input.certificate] } : {}),
  };
}
