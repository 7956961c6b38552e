import type { UploadsConfig } from './uploads-config.js';
import type { Code, Endorsement } from '../codes/codes.js';
import type { Locale, LocalizedText } from '../i18n/localized-text.js';
import type { CategoryRules } from './category-rules.js';
import type { Question } from './question.js';
import type { FeeDefinition } from './fee-settings.js';
import type { ReferencesConfig } from './reference-settings.js';
import type { RenewalConfig } from './renewal-config.js';
import type { ReviewConfig } from './review-settings.js';

/** One category as a program offers it. */
export interface CategoryDefinition {
  code: Code;
  endorsement: Endorsement;
  label: LocalizedText;
  /** A sentence on who the category is for. */
  description?: LocalizedText;
  rules: CategoryRules;
}

/** Who applicants deal with, in the association's words. */
export interface ProgramContact {
  /** The role that answers applicants, e.g. "Endorsement Coordinator". */
  title: LocalizedText;
  /** The association's name as applicants know it. */
  organization?: LocalizedText;
  email?: string;
  phone?: string;
  url?: string;
}

/**
 * An association's endorsement program: what it offers, its rules, words and questions.
 * Make one with `defineProgram`, or use `programs.alliance` / `programs.first5Alabama`.
 * @example
 * const program = programs.first5Alabama;
 * program.offers['IMH-E'] // ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF']
 */
export interface Program {
  id: string;
  name: LocalizedText;
  offers: { readonly 'IMH-E'?: readonly Code[]; readonly 'ECMH-E'?: readonly Code[] };
  /** Every offered category with its label and rules. */
  categories: Readonly<Partial<Record<Code, CategoryDefinition>>>;
  endorsements: Readonly<Partial<Record<Endorsement, { label: LocalizedText; ages: LocalizedText }>>>;
  questions: readonly Question[];
  /** Text overrides per locale: `text.es['step.training.title']`. */
  text: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  locales: readonly Locale[];
  defaultLocale: Locale;
  contact: ProgramContact;
  /** Fees, as the association words them. */
  fees?: LocalizedText;
  /** Fees as data (docs/fees.md): `feesDue(program, { kind, category, on })` reads them. */
  feeSchedule?: readonly FeeDefinition[];
  /** When applicants hear back. */
  reviewCadence?: LocalizedText;
  /** A link to the association's endorsement pages. */
  infoUrl?: string;
  /** Reference ratings as configured (docs/programs.md); `referenceSettings(program)` adds the defaults. */
  references: ReferencesConfig;
  /** Renewal as configured (docs/programs.md, "Renewal"); `renewalSettings(program)` adds the defaults. */
  renewal?: RenewalConfig;
  /** How applications are reviewed, as configured (docs/programs.md, "Review"); `reviewSettings(program)` adds the defaults. */
  review?: ReviewConfig;
  /** Where applicants read the documents they sign (the element links them on the signatures step). */
  documents?: { codeOfEthics?: string; endorsementAgreement?: string };
  /** Files applicants upload, as configured (docs/documents.md); `documentSettings(program)` adds the defaults. */
  uploads?: UploadsConfig;
}
