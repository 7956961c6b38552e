import type * as z from './zod.js';
import type {
  applicantSchema,
  applicationSchema,
  educationEntrySchema,
  leadershipEntrySchema,
  referenceEntrySchema,
  registrationSchema,
  rscProvidedEntrySchema,
  rscReceivedEntrySchema,
  signatureSchema,
  trainingEntrySchema,
  workEntrySchema,
} from './payload-schemas.js';
import type { receiptSchema } from './receipt-schema.js';

/**
 * The registration payload (contract.md), sent by `draft.register()` to `POST /registrations`.
 * @example
 * const registration: Registration = {
 *   schemaVersion: 1, program: 'first5-alabama', endorsement: 'IMH-E', category: 'IFS',
 *   applicant: { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' },
 *   overview: { specializedWork: 'Home visitor since 2021', education: 'BSW, 2020' },
 * };
 */
export type Registration = z.output<typeof registrationSchema>;

/**
 * The professional application payload (contract.md), sent by `draft.submit()` to `POST /applications`.
 * @example const application: Application = await fetch('/draft.json').then((r) => r.json()); // then validateApplication(program, application)
 */
export type Application = z.output<typeof applicationSchema>;

export type Applicant = z.output<typeof applicantSchema>;
export type EducationEntry = z.output<typeof educationEntrySchema>;
export type WorkEntry = z.output<typeof workEntrySchema>;
export type TrainingEntry = z.output<typeof trainingEntrySchema>;
export type RscReceivedEntry = z.output<typeof rscReceivedEntrySchema>;
export type RscProvidedEntry = z.output<typeof rscProvidedEntrySchema>;
export type LeadershipEntry = z.output<typeof leadershipEntrySchema>;
export type ReferenceEntry = z.output<typeof referenceEntrySchema>;
export type Signature = z.output<typeof signatureSchema>;

/**
 * Any part of a value may be missing: a draft in progress.
 * @example const partial: DeepPartial<Applicant> = { givenName: 'Ana' };
 */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What a draft holds: the registration's and the application's keys together, any of them missing.
 * `evaluateRequirements` and `recommendCategories` accept it as it is.
 * @example const draft: ApplicationDraft = { category: 'IFA', training: [{ hours: 12 }] };
 */
export type ApplicationDraft = DeepPartial<Application> & { overview?: DeepPartial<Registration['overview']> };

/**
 * A backend's acknowledgement of a registration or submission: its `id` for the record,
 * `receivedAt` (ISO date-time) and a `status` word such as `received`, `registered`, `under_review`,
 * `more_information_needed`; optionally the coordinator's `statusMessage` and the next review day
 * `nextReviewOn` (`YYYY-MM-DD`) while a decision is pending.
 * @example const receipt: Receipt = { id: 'APP-2026-00042', receivedAt: '2026-03-04T15:20:11Z', status: 'received' };
 */
export type Receipt = z.output<typeof receiptSchema>;
