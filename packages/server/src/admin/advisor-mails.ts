import type { Application, Program, Registration } from '@endorsement-kit/sdk';
import type { OutgoingMail } from '../mail/compose-mails.js';
import { programWords } from '../mail/mail-text.js';
import type { Advisor } from './api-types.js';

// The introduction's sentences; a program's `text` may override any of them, as for other mails.
const CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.advisor.applicant.subject': 'Your Endorsement Advisor',
    'mail.advisor.applicant.body':
      'Dear {name},\n\n{program} has assigned you an Endorsement Advisor for Endorsement® in the {category} category: {advisor} ({advisorEmail}).\nYour advisor will help you with your professional application; you may write to them directly.\n\nYour reference: {reference}\n\n{program}',
    'mail.advisor.advisor.subject': 'You are the Endorsement Advisor of {name}',
    'mail.advisor.advisor.body':
      'Dear {advisor},\n\n{program} has assigned you as Endorsement Advisor to {name} ({email}), who registered for Endorsement® in the {category} category.\nPlease introduce yourself to them.\n\nReference: {reference}\n\n{program}',
  },
  es: {
    'mail.advisor.applicant.subject': 'Su Asesor/a de Respaldo',
    'mail.advisor.applicant.body':
      'Estimado/a {name}:\n\n{program} le asignó un/a Asesor/a de Respaldo para el Respaldo® en la categoría {category}: {advisor} ({advisorEmail}).\nSu asesor/a le ayudará con su solicitud profesional; puede escribirle directamente.\n\nSu referencia: {reference}\n\n{program}',
    'mail.advisor.advisor.subject': 'Usted es Asesor/a de Respaldo de {name}',
    'mail.advisor.advisor.body':
      'Estimado/a {advisor}:\n\n{program} le asignó como Asesor/a de Respaldo de {name} ({email}), que se registró para el Respaldo® en la categoría {category}.\nPor favor, preséntese.\n\nReferencia: {reference}\n\n{program}',
  },
};

function text(program: Program, locale: string, key: string, params: Record<string, string>): string {
  const base = locale.split('-')[0] ?? 'en';
  const own = program.text[locale]?.[key] ?? program.text[base]?.[key];
  const template = own ?? CATALOGS[base]?.[key] ?? CATALOGS.en![key]!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Step 2 of "Start Endorsement": the Endorsement Coordinator introduces the advisor. One mail to
 * the applicant in their language, one to the advisor in the program's default language.
 */
export function advisorMails(input: {
  program: Program;
  locale: string;
  recordId: string;
  /** The short reference the applicant reads out and types (issue 23, point 11); the id if none. */
  reference?: string;
  payload: Registration | Application;
  advisor: Advisor;
}): OutgoingMail[] {
  const { program, locale, advisor } = input;
  const { applicant, category: code } = input.payload;
  const name = `${applicant.givenName} ${applicant.familyName}`.trim();
  const { email } = applicant;
  const staff = program.defaultLocale;
  const forApplicant = {
    ...programWords(program, locale, code),
    name: applicant.givenName,
    advisor: advisor.name,
    advisorEmail: advisor.email,
    reference: input.reference ?? input.recordId,
  };
  const forAdvisor = {
    ...programWords(program, staff, code),
    name,
    email,
    advisor: advisor.name,
    reference: input.reference ?? input.recordId,
  };
  return [
    {
      purpose: 'advisor-introduction-applicant' as const,
      recipient: email,
      subject: text(program, locale, 'mail.advisor.applicant.subject', forApplicant),
      body: text(program, locale, 'mail.advisor.applicant.body', forApplicant),
    },
    {
      purpose: 'advisor-introduction-advisor' as const,
      recipient: advisor.email,
      subject: text(program, staff, 'mail.advisor.advisor.subject', forAdvisor),
      body: text(program, staff, 'mail.advisor.advisor.body', forAdvisor),
    },
  ].filter((mail) => mail.recipient !== '');
}
