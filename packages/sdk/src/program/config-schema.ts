import * as z from '../schema/zod.js';
import { ECMH_CODES, IMH_CODES } from '../codes/codes.js';
import { codeSchema } from '../schema/payload-schemas.js';
import { EDUCATION_LEVELS, LEADERSHIP_LEVELS, REFERENCE_ROLES } from '../schema/levels-and-roles.js';
import { QUESTION_TYPES } from './question.js';
import { feeScheduleSchema } from './fee-config-schema.js';
import { uploadsConfigSchema } from './uploads-config-schema.js';
import { renewalConfigSchema } from './renewal-config-schema.js';

const isoDate = z.iso.date();
const text = z.string().check(z.minLength(1));
const localizedText = z.union([text, z.catchall(z.object({ en: text }), text)]);
const hours = z.number().check(z.gte(0));
const dated = <T extends z.ZodMiniType>(value: T) =>
  z.union([value, z.array(z.strictObject({ from: isoDate, value })).check(z.minLength(1))]);

const rulesOverride = z.strictObject({
  education: z.optional(
    z.strictObject({
      level: z.optional(z.nullable(z.enum(EDUCATION_LEVELS))),
      orPaidWorkYears: z.optional(dated(hours)),
    }),
  ),
  work: z.optional(
    z.strictObject({
      years: z.optional(dated(hours)),
      paid: z.optional(z.boolean()),
      afterDegree: z.optional(z.boolean()),
      familiesServed: z.optional(dated(hours)),
    }),
  ),
  training: z.optional(
    z.strictObject({ hours: z.optional(dated(hours)), rscProvision: z.optional(dated(hours)), dei: z.optional(dated(hours)) }),
  ),
  rsc: z.optional(
    z.strictObject({
      hours: z.optional(dated(hours)),
      windowMonths: z.optional(dated(z.number().check(z.gt(0)))),
      afterDegree: z.optional(z.boolean()),
      providers: z.optional(z.array(codeSchema)),
      aboutRscProvided: z.optional(dated(hours)),
    }),
  ),
  rscProvidedYears: z.optional(dated(hours)),
  leadership: z.optional(z.strictObject({ years: z.optional(dated(hours)), levels: z.optional(z.array(z.enum(LEADERSHIP_LEVELS))) })),
  references: z.optional(
    z.strictObject({
      count: z.optional(dated(hours)),
      endorsed: z.optional(dated(hours)),
      roles: z.optional(z.array(z.enum(REFERENCE_ROLES))),
    }),
  ),
  exam: z.optional(dated(z.boolean())),
  membership: z.optional(z.boolean()),
  transcripts: z.optional(z.boolean()),
  attestations: z.optional(z.boolean()),
});

const categoryOverride = z.strictObject({
  label: z.optional(localizedText),
  description: z.optional(localizedText),
  rules: z.optional(rulesOverride),
});

const question = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/)),
  type: z.enum(QUESTION_TYPES),
  label: localizedText,
  hint: z.optional(localizedText),
  required: z.optional(z.boolean()),
  step: z.optional(text),
  form: z.optional(z.enum(['registration', 'application'])),
  options: z.optional(z.array(z.strictObject({ value: text, label: localizedText })).check(z.minLength(1))),
  showIf: z.optional(z.strictObject({ question: text, equals: z.union([z.string(), z.number(), z.boolean()]) })),
  categories: z.optional(z.array(codeSchema)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

const whole = (min: number) => z.number().check(z.int(), z.gte(min));
const formId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/));
const ratingForm = z.strictObject({
  placeholder: z.optional(z.boolean()),
  domains: z
    .array(
      z.strictObject({
        id: formId,
        label: localizedText,
        hint: z.optional(localizedText),
        items: z.array(z.strictObject({ id: formId, text: localizedText })).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  scale: z.array(z.strictObject({ value: z.number().check(z.int()), label: localizedText })).check(z.minLength(2)),
  notEnoughInformation: localizedText,
  recommendations: z.array(z.strictObject({ value: formId, label: localizedText, flagged: z.boolean() })).check(z.minLength(1)),
});
const referenceSlot = z.strictObject({
  id: formId,
  label: localizedText,
  roles: z.array(z.enum(REFERENCE_ROLES)).check(z.minLength(1)),
  min: whole(1),
  mustBeEndorsed: z.optional(z.boolean()),
  mustBeCurrent: z.optional(z.boolean()),
});
const referencesConfig = z.strictObject({
  form: z.optional(dated(ratingForm)),
  slots: z.optional(z.partialRecord(codeSchema, dated(z.array(referenceSlot)))),
  invalidAtNotEnoughInformation: z.optional(dated(whole(1))),
  minKnownMonths: z.optional(dated(whole(0))),
  validForMonths: z.optional(dated(whole(1))),
  reminderDays: z.optional(z.array(whole(1)).check(z.maxLength(10))),
  linkDays: z.optional(whole(1)),
  resendHours: z.optional(whole(0)),
  maxRequests: z.optional(whole(1)),
  submitBeforeRatings: z.optional(z.boolean()),
  applicantMayReplaceAfterSubmit: z.optional(z.boolean()),
  unwaivedRelease: z.optional(z.enum(['never', 'on-request'])),
  asksRscProvider: z.optional(z.array(codeSchema)),
});

const reviewConfig = z.strictObject({
  reviewers: z.optional(z.union([z.literal(1), z.literal(2)])),
  mode: z.optional(z.enum(['parallel', 'sequential'])),
  applicationBeforeAcceptance: z.optional(z.boolean()),
  areas: z.optional(
    z.partialRecord(
      codeSchema,
      dated(z.array(z.strictObject({ id: formId, label: localizedText, hint: z.optional(localizedText) })).check(z.minLength(1))),
    ),
  ),
});

/**
 * The shape of an association's configuration, as `defineProgram` accepts it. Unknown keys are
 * errors. Cross-field rules (offered codes exist, questions refer to real steps) are checked after.
 */
// Links shown to applicants: only web addresses, never `javascript:` or `data:` URLs.
const webUrl = z.url({ protocol: /^https?$/ });
// A document may also be a path on the host's own site (`/documents/code-of-ethics.pdf`), never `//host`.
const documentUrl = z.union([webUrl, z.string().check(z.regex(/^\/(?![/\\])[^\s\\]*$/))]);

export const programConfigSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  name: localizedText,
  offers: z.strictObject({
    'IMH-E': z.optional(z.array(z.enum(IMH_CODES))),
    'ECMH-E': z.optional(z.array(z.enum(ECMH_CODES))),
  }),
  categories: z.optional(z.partialRecord(codeSchema, categoryOverride)),
  endorsements: z.optional(
    z.strictObject({
      'IMH-E': z.optional(z.strictObject({ label: z.optional(localizedText), ages: z.optional(localizedText) })),
      'ECMH-E': z.optional(z.strictObject({ label: z.optional(localizedText), ages: z.optional(localizedText) })),
    }),
  ),
  questions: z.optional(z.array(question)),
  text: z.optional(z.record(z.string().check(z.minLength(2)), z.record(text, z.string()))),
  locales: z.optional(z.array(z.string().check(z.minLength(2))).check(z.minLength(1))),
  defaultLocale: z.optional(z.string().check(z.minLength(2))),
  contact: z.optional(
    z.strictObject({
      title: z.optional(localizedText),
      organization: z.optional(localizedText),
      email: z.optional(z.email()),
      phone: z.optional(text),
      url: z.optional(webUrl),
    }),
  ),
  fees: z.optional(localizedText),
  feeSchedule: z.optional(feeScheduleSchema),
  reviewCadence: z.optional(localizedText),
  infoUrl: z.optional(webUrl),
  references: z.optional(referencesConfig),
  renewal: z.optional(renewalConfigSchema),
  review: z.optional(reviewConfig),
  documents: z.optional(z.strictObject({ codeOfEthics: z.optional(documentUrl), endorsementAgreement: z.optional(documentUrl) })),
  uploads: z.optional(uploadsConfigSchema),
});
