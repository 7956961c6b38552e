import type { Application, Program } from '@endorsement-kit/sdk';
import type { ApplicantCycle } from '../admin/review-cycles.js';
import type { OutgoingMail } from '../mail/compose-mails.js';
import { mailText, programWords } from '../mail/mail-text.js';

/**
 * The mails an amended application sends: the applicant's acknowledgement in their language (the
 * version kept, the review cycle it joins) and a notice to the program's coordinator in the
 * program's default language (who, which version, a link to the record's Versions section).
 */
export function amendMails(input: {
  program: Program;
  locale: string;
  payload: Application;
  reference: string;
  version: number;
  receivedAt: string;
  cycle: ApplicantCycle | undefined;
  coordinatorEmail: string | undefined;
  recordLink: string;
}): OutgoingMail[] {
  const { program, locale, payload } = input;
  const words = programWords(program, locale, payload.category);
  const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, ...params });
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const cycle = input.cycle;
  const mails: OutgoingMail[] = [
    {
      purpose: 'applicant-amended',
      recipient: payload.applicant.email,
      subject: t('mail.review.amended.subject'),
      body: [
        t('mail.greeting', { name: payload.applicant.givenName }),
        '',
        t('mail.review.amended.thanks', { date: day(input.receivedAt), version: input.version }),
        t('mail.reference', { id: input.reference }),
        ...(cycle
          ? [
              cycle.decidedBy
                ? t('mail.review.amended.cycle-decided', { submittedBy: day(cycle.submittedBy), decidedBy: day(cycle.decidedBy) })
                : t('mail.review.amended.cycle', { submittedBy: day(cycle.submittedBy) }),
            ]
          : []),
        '',
        t('mail.review.status.lookup', { reference: input.reference }),
        '',
        t('mail.contact'),
        '',
        t('mail.signature'),
      ].join('\n'),
      fromName: words.program,
    },
  ];
  if (input.coordinatorEmail) {
    const staff = program.defaultLocale;
    const staffWords = programWords(program, staff, payload.category);
    mails.push({
      purpose: 'coordinator-amended',
      recipient: input.coordinatorEmail,
      subject: mailText(program, staff, 'mail.review.amended.coordinator.subject', staffWords),
      body: mailText(program, staff, 'mail.review.amended.coordinator.body', {
        ...staffWords,
        name: `${payload.applicant.givenName} ${payload.applicant.familyName}`.trim(),
        code: payload.category,
        reference: input.reference,
        version: input.version,
        link: input.recordLink,
      }),
    });
  }
  return mails.filter((mail) => mail.recipient !== '');
}
