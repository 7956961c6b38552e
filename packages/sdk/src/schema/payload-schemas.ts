import * as z from './zod.js';
import { zodJitless } from './zod-jitless.js';
import { ECMH_CODES, IMH_CODES } from '../codes/codes.js';
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS, REFERENCE_ROLES } from './levels-and-roles.js';

// Before this module builds a schema: see zod.ts.
z.config({ jitless: zodJitless() });

// The payloads of contract.md, exactly. Cross-field rules (dates in order, the category belongs to
// the endorsement, the program's own questions) are added by the validators, which know the program.

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema = z.iso.date();
/** An email address in the correct format (cross-field rules check it too). */
export const emailSchema = z.email();
// Not trimmed (the payload keeps what the applicant typed), but blank text does not count.
const required = z.string().check(z.regex(/\S/));
const hours = z.number().check(z.gte(0), z.lte(100000));
const count = z.number().check(z.int(), z.gte(0));
/** A document's id: what the receiver stored the file under (docs/documents.md). */
export const documentIdSchema = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

export const endorsementSchema = z.enum(['IMH-E', 'ECMH-E']);
export const codeSchema = z.enum([...IMH_CODES, ...ECMH_CODES]);

export const addressSchema = z.strictObject({
  line1: required,
  line2: z.optional(z.string()),
  city: required,
  region: required,
  postalCode: required,
  country: required,
});

export const applicantSchema = z.strictObject({
  givenName: required,
  familyName: required,
  email: emailSchema,
  phone: z.optional(z.string()),
  address: z.optional(addressSchema),
  employer: z.optional(z.string()),
  jobTitle: z.optional(z.string()),
});

export const membershipSchema = z.strictObject({
  association: required,
  memberId: z.optional(z.string()),
});

export const overviewSchema = z.strictObject({
  specializedWork: required,
  education: required,
  rsc: z.optional(z.string()),
});

export const educationEntrySchema = z.strictObject({
  level: z.enum(EDUCATION_LEVELS),
  field: required,
  institution: required,
  completedOn: isoDateSchema,
  transcript: z.enum(['not-requested', 'requested', 'received']),
  /** A copy of the transcript the applicant uploaded: its document id. */
  transcriptCopy: z.optional(documentIdSchema),
});

export const workEntrySchema = z.strictObject({
  employer: required,
  role: required,
  start: isoDateSchema,
  end: z.optional(isoDateSchema),
  paid: z.boolean(),
  ageBand: z.enum(['infant', 'early-childhood', 'both']),
  familiesServed: z.optional(count),
  services: z.array(required),
  description: required,
});

export const trainingEntrySchema = z.strictObject({
  title: required,
  provider: required,
  date: isoDateSchema,
  hours,
  topics: z.array(z.enum(['iecmh', 'rsc-provision', 'dei'])),
  competencies: z.optional(z.array(z.string())),
});

export const rscReceivedEntrySchema = z.strictObject({
  provider: z.strictObject({ name: required, endorsement: z.optional(codeSchema) }),
  format: z.enum(['individual', 'group']),
  modality: z.enum(['in-person', 'virtual']),
  start: isoDateSchema,
  end: isoDateSchema,
  hours,
  aboutRscProvided: z.optional(z.boolean()),
});

export const rscProvidedEntrySchema = z.strictObject({
  role: required,
  start: isoDateSchema,
  end: z.optional(isoDateSchema),
  hours: z.optional(hours),
  description: required,
});

export const leadershipEntrySchema = z.strictObject({
  activity: required,
  level: z.enum(LEADERSHIP_LEVELS),
  start: isoDateSchema,
  end: z.optional(isoDateSchema),
  description: required,
});

export const referenceEntrySchema = z.strictObject({
  role: z.enum(REFERENCE_ROLES),
  name: required,
  email: emailSchema,
  endorsed: z.optional(z.boolean()),
  waiveRight: z.boolean(),
});

export const signatureSchema = z.strictObject({
  accepted: z.literal(true),
  signedName: required,
  signedOn: isoDateSchema,
});

export const answerSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/**
 * The registration's keys but `answers`, in payload order. The schemas below add `answers` as a
 * record of answers; the validators build theirs from these and check `answers` by hand
 * (validation/answers-shape.ts), so that validating does not carry zod's record and union.
 */
export const registrationShape = {
  schemaVersion: z.literal(1),
  program: required,
  endorsement: endorsementSchema,
  category: codeSchema,
  applicant: applicantSchema,
  overview: overviewSchema,
  membership: z.optional(membershipSchema),
};

/**
 * The registration: the short first step ("Endorsement Application").
 * @example registrationSchema.safeParse(json).success // the shape only; validateRegistration also checks the program
 */
export const registrationSchema = z.strictObject({ ...registrationShape, answers: z.optional(z.record(z.string(), answerSchema)) });

/** The application's lists of entries: none is an answer, sent as `[]`. */
export const APPLICATION_LISTS = ['education', 'work', 'training', 'rscReceived', 'rscProvided', 'leadership', 'references'] as const;

/** The application's keys but `answers`, in payload order (see registrationShape). */
export const applicationShape = {
  schemaVersion: z.literal(1),
  program: required,
  endorsement: endorsementSchema,
  category: codeSchema,
  applicant: applicantSchema,
  membership: membershipSchema,
  education: z.array(educationEntrySchema),
  work: z.array(workEntrySchema),
  training: z.array(trainingEntrySchema),
  rscReceived: z.array(rscReceivedEntrySchema),
  rscProvided: z.array(rscProvidedEntrySchema),
  leadership: z.array(leadershipEntrySchema),
  references: z.array(referenceEntrySchema),
  attestations: z.strictObject({ codeOfEthics: signatureSchema, endorsementAgreement: signatureSchema }),
  /** The applicant's resume or CV: its document id. */
  resume: z.optional(documentIdSchema),
};

/**
 * The professional application.
 * @example applicationSchema.safeParse(json).success // the shape only; validateApplication also checks the program
 */
export const applicationSchema = z.strictObject({ ...applicationShape, answers: z.optional(z.record(z.string(), answerSchema)) });
