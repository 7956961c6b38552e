import * as z from './zod.js';
import { zodJitless } from './zod-jitless.js';
import { ECMH_CODES, IMH_CODES, type Code, type Endorsement } from '../codes/codes.js';
import { REFERENCE_ROLES, type ReferenceRole } from './levels-and-roles.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { RatingForm } from './rating-form.js';

// Before this module builds a schema (see zod.ts): it is not imported with payload-schemas.ts.
z.config({ jitless: zodJitless() });

// What crosses HTTP for reference ratings (docs/references.md, docs/backend.md). The schemas are the
// ones the receiver parses bodies with; a client may run them before sending.
//
// Applicant routes (header APPLICANT_TOKEN_HEADER; {reg} is the registration receipt's id):
//   GET  /api/registrations/{reg}/references                      -> ReferenceList (with openSlots)
//   POST /api/registrations/{reg}/references            Input     -> 201 ReferenceRequestView
//   POST /api/registrations/{reg}/references/{id}/resend  {}        -> ReferenceRequestView
//   POST /api/registrations/{reg}/references/{id}/address {email}   -> ReferenceRequestView
//   POST /api/registrations/{reg}/references/{id}/cancel  {replaceWith?} -> ReferenceList
// Rater routes (the page is GET /r/, the token sits in its URL fragment, /r/#<token>):
//   POST /api/ratings/open | accept {token}, decline {token, note?}, save | submit {token, answers}
//     -> RaterInvitation; 4xx { error: RaterErrorCode, message }; submit 422 { issues }.
// Applicant errors: 401 access_token_required, 403 access_denied, 404 not_found, 409 not_open or
// resend_too_soon, 422 { issues } with code too_many_requests, duplicate_rater or own_email.

/**
 * Where a reference request stands. `invited`: mailed, not yet answered; `in_progress`: the rater
 * accepted or saved answers; `submitted`: the form is in; `declined`: the rater said no;
 * `expired`: the link's days ran out; `cancelled`: withdrawn by the applicant or the coordinator;
 * `undeliverable`: the mail server refused the address.
 * @example const open = (['invited', 'in_progress'] as ReferenceRequestState[]).includes(view.state);
 */
export const REFERENCE_REQUEST_STATES = [
  'invited',
  'in_progress',
  'submitted',
  'declined',
  'expired',
  'cancelled',
  'undeliverable',
] as const;
export type ReferenceRequestState = (typeof REFERENCE_REQUEST_STATES)[number];

/**
 * The header that carries the applicant's access token (the registration receipt's `accessToken`)
 * on every applicant reference call. Never put the token in a URL.
 * @example headers: { [APPLICANT_TOKEN_HEADER]: receipt.accessToken }
 */
export const APPLICANT_TOKEN_HEADER = 'Endorsement-Access-Token';

/** The rater's own endorsement, or that they have none. */
export const RATER_ENDORSEMENTS = [...IMH_CODES, ...ECMH_CODES, 'not-endorsed'] as const;
export type RaterEndorsement = Code | 'not-endorsed';

const required = (max: number) => z.string().check(z.regex(/\S/), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/));
const isoDate = z.iso.date();
const email = z.email().check(z.maxLength(254));
// A token is 43 base64url characters (newSecret()); a little room, never a megabyte.
const token = z.string().check(z.minLength(1), z.maxLength(128));

/**
 * What the applicant enters for one rater.
 * @example
 * const input: ReferenceRequestInput = {
 *   name: 'Dr. Lee Park', email: 'lee.park@example.org', role: 'supervisor', waiveRight: true,
 *   note: 'Thank you for doing this!', language: 'en',
 * };
 */
export const referenceRequestInputSchema = z.strictObject({
  name: required(200),
  email,
  role: z.enum(REFERENCE_ROLES),
  /** The applicant waives the right to see this form's content. */
  waiveRight: z.boolean(),
  /** A personal note shown in the request mail and on the rater's page. */
  note: optionalText(1000),
  /** The rater's language for mails and the page; the program's default language when absent. */
  language: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.maxLength(35))),
});
export type ReferenceRequestInput = z.output<typeof referenceRequestInputSchema>;

/**
 * Body of `POST …/references/{id}/address`: the corrected address. The old link dies at once and a
 * new one goes to this address.
 * @example const body: ReferenceAddressBody = { email: 'lee@example.net' };
 */
export const referenceAddressBodySchema = z.strictObject({ email });
export type ReferenceAddressBody = z.output<typeof referenceAddressBodySchema>;

/**
 * Body of `POST …/references/{id}/cancel`: withdraw a request not yet submitted (the rater is
 * mailed), optionally asking someone else instead in the same call.
 * @example const body: ReferenceCancelBody = { replaceWith: { name: 'Sam Ortiz', email: 'sam@example.org', role: 'colleague', waiveRight: true } };
 */
export const referenceCancelBodySchema = z.strictObject({ replaceWith: z.optional(referenceRequestInputSchema) });
export type ReferenceCancelBody = z.output<typeof referenceCancelBodySchema>;

/**
 * Body of `POST …/references/{id}/resend`: nothing (`{}`). The applicant may resend once every
 * `resendHours` (else 409 `resend_too_soon`). The mail carries a new link; earlier links keep
 * working while the request is open (a corrected address or a withdrawal ends them all at once).
 * @example const body: ReferenceResendBody = {};
 */
export const referenceResendBodySchema = z.strictObject({});
export type ReferenceResendBody = z.output<typeof referenceResendBodySchema>;

/**
 * One request as the APPLICANT sees it: who, where it stands, when. Never the ratings, and when a
 * submitted form does not count, not why.
 * @example
 * const view: ReferenceRequestView = {
 *   id: '8c1f…', name: 'Dr. Lee Park', email: 'lee.park@example.org', role: 'supervisor', waiveRight: true,
 *   language: 'en', state: 'submitted', sentAt: '2026-03-01T10:00:00.000Z', canResendAt: null,
 *   expiresAt: null, counts: true,
 * };
 */
export interface ReferenceRequestView {
  id: string;
  name: string;
  email: string;
  role: ReferenceRole;
  waiveRight: boolean;
  note?: string;
  language: string;
  state: ReferenceRequestState;
  /** When the latest mail with the link was queued (ISO date-time). */
  sentAt: string | null;
  /** When the applicant may resend next; `null` when resending is not possible (not open). */
  canResendAt: string | null;
  /** When the current link stops working; `null` once the request is closed. */
  expiresAt: string | null;
  /** The rater's note when they declined. */
  declineNote?: string;
  /** For a submitted form: whether it counts towards the category. Absent before submission. */
  counts?: boolean;
}

/**
 * A rater slot of the registration's category (`references.slots`, docs/programs.md) that the
 * submitted, counted forms do not fill yet, as the receiver's `fillSlots` finds it today. It says
 * which kind of rater is still needed, never what any rater answered.
 * @example const open: OpenReferenceSlot = { id: 'endorsed', label: { en: 'An endorsed professional', es: 'Un/a profesional con respaldo' }, missing: 1 };
 */
export interface OpenReferenceSlot {
  id: string;
  /** The program's words for the slot, as configured (one string, or one per language). */
  label: LocalizedText;
  /** How many more counted forms the slot needs. */
  missing: number;
}

/**
 * `GET …/references`: the registration's requests, oldest first, the rater slots still open and the program's limits.
 * @example const list: ReferenceList = { requests: [], openSlots: [], maxRequests: 8, submitBeforeRatings: false };
 */
export interface ReferenceList {
  requests: ReferenceRequestView[];
  /** The category's rater slots the submitted, counted forms leave open, in the program's order; empty when all are filled. */
  openSlots: OpenReferenceSlot[];
  /** How many requests a registration may make in all (cancelled ones count). */
  maxRequests: number;
  /** Whether the application may be submitted before the ratings are in. */
  submitBeforeRatings: boolean;
}

/**
 * The rater's answers, complete (what `submit` stores). `ratings` is keyed by item id, `comments` by
 * domain id; `'nei'` is "I do not have enough information".
 * @example
 * const answers: RaterAnswers = {
 *   relationship: 'supervisor', current: true, knownMonths: 30, capacity: 'Her clinical supervisor at Bright Start',
 *   endorsement: 'IMHM-C', title: 'Clinical Director', organization: 'Bright Start',
 *   servesAgeBand: true, ratings: { 'reflection-1': 4, 'thinking-1': 'nei' },
 *   comments: { reflection: 'Thoughtful.' }, recommendation: 'recommend',
 *   signature: { signedName: 'Lee Park', signedOn: '2026-03-04' },
 * };
 */
export const raterAnswersSchema = z.strictObject({
  relationship: z.enum(REFERENCE_ROLES),
  /** The relationship still goes on (a current supervisor, say). */
  current: z.boolean(),
  knownMonths: z.number().check(z.int(), z.gte(0), z.lte(1200)),
  capacity: required(2000),
  endorsement: z.enum(RATER_ENDORSEMENTS),
  /** The rater's endorsement number, when endorsed. */
  endorsementNumber: optionalText(100),
  title: required(200),
  organization: required(200),
  phone: optionalText(50),
  /** The rater confirms the applicant serves the endorsement's age band. */
  servesAgeBand: z.boolean(),
  /** Asked when the form's `asksRscProvider` is true: the rater knows the applicant as an RSC provider. */
  knowsAsRscProvider: z.optional(z.boolean()),
  ratings: z.record(id, z.union([z.number().check(z.int()), z.literal('nei')])),
  comments: z.record(id, z.string().check(z.maxLength(5000))),
  recommendation: id,
  signature: z.strictObject({ signedName: required(200), signedOn: isoDate }),
});
export type RaterAnswers = z.output<typeof raterAnswersSchema>;

/**
 * Answers in progress, as `save` stores them and `open` returns them: any part may be missing.
 * @example const draft: RaterAnswersDraft = { relationship: 'colleague', ratings: { 'thinking-1': 3 } };
 */
export const raterAnswersDraftSchema = z.strictObject({
  relationship: z.optional(z.enum(REFERENCE_ROLES)),
  current: z.optional(z.boolean()),
  knownMonths: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1200))),
  capacity: optionalText(2000),
  endorsement: z.optional(z.enum(RATER_ENDORSEMENTS)),
  endorsementNumber: optionalText(100),
  title: optionalText(200),
  organization: optionalText(200),
  phone: optionalText(50),
  servesAgeBand: z.optional(z.boolean()),
  knowsAsRscProvider: z.optional(z.boolean()),
  ratings: z.optional(z.record(id, z.union([z.number().check(z.int()), z.literal('nei')]))),
  comments: z.optional(z.record(id, z.string().check(z.maxLength(5000)))),
  recommendation: z.optional(id),
  signature: z.optional(z.strictObject({ signedName: optionalText(200), signedOn: z.optional(isoDate) })),
});
export type RaterAnswersDraft = z.output<typeof raterAnswersDraftSchema>;

/**
 * Body of `POST /api/ratings/open` and `/accept`: the token from the page's URL fragment.
 * @example const body: RaterTokenBody = { token: location.hash.slice(1) };
 */
export const raterTokenBodySchema = z.strictObject({ token });
export type RaterTokenBody = z.output<typeof raterTokenBodySchema>;

/**
 * Body of `POST /api/ratings/decline`: the token and an optional note for the applicant.
 * @example const body: RaterDeclineBody = { token, note: 'I have not worked with Ana long enough.' };
 */
export const raterDeclineBodySchema = z.strictObject({ token, note: optionalText(1000) });
export type RaterDeclineBody = z.output<typeof raterDeclineBodySchema>;

/**
 * Body of `POST /api/ratings/save` and `/submit`: the answers so far. Submit checks them with
 * `missingRatingAnswers` and answers 422 with `{ issues }` (paths into the answers) when some are missing.
 * @example const body: RaterAnswersBody = { token, answers: { knownMonths: 24 } };
 */
export const raterAnswersBodySchema = z.strictObject({ token, answers: raterAnswersDraftSchema });
export type RaterAnswersBody = z.output<typeof raterAnswersBodySchema>;

/**
 * What the RATER sees (the answer of every rater call): who asks, for what, the form in their
 * language, and their saved answers. Nothing else of the application.
 * @example
 * const invitation: RaterInvitation = {
 *   programName: 'First 5 Alabama', organization: 'Alabama Association for Infant Mental Health',
 *   applicantName: 'Ana Ruiz', category: { code: 'IFS', label: 'Infant Family Specialist' },
 *   endorsement: { code: 'IMH-E', label: 'Infant Mental Health', ages: 'prenatal to 36 months' },
 *   role: 'supervisor', waiveRight: true, note: 'Thank you!', state: 'invited', language: 'en',
 *   expiresAt: '2026-05-01T10:00:00.000Z', form, answers: {},
 * };
 */
export interface RaterInvitation {
  programName: string;
  /** The association's name, as it signs its mails. */
  organization?: string;
  applicantName: string;
  category: { code: Code; label: string };
  endorsement: { code: Endorsement; label: string; ages: string };
  /** The role the applicant gave the rater. */
  role: ReferenceRole;
  /** Whether the applicant waived the right to see this form. */
  waiveRight: boolean;
  /** The applicant's personal note. */
  note?: string;
  state: ReferenceRequestState;
  /** The language of the form and the mails. */
  language: string;
  expiresAt: string;
  form: RatingForm;
  answers: RaterAnswersDraft;
  /** When the answers were last saved on the server. */
  savedAt?: string;
  submittedAt?: string;
  /** Where the rater writes with a question: the coordinator's address. */
  contactEmail?: string;
}

/**
 * The `error` codes of a rater call's 4xx answer (`{ error, message }`), for the page to explain.
 * `invalid_token`: no such link (mistyped, tampered, replaced); `link_expired`; `link_closed`:
 * cancelled, declined, or submitted more than a day ago (410); `already_submitted`: a change within
 * a day of submission (409); `rate_limited` (429); `invalid_body` (400). `invalid_token` is a 404.
 * @example if (body.error === 'link_expired') showExpired();
 */
export const RATER_ERROR_CODES = [
  'invalid_token',
  'link_expired',
  'link_closed',
  'already_submitted',
  'not_open',
  'rate_limited',
  'invalid_body',
] as const;
export type RaterErrorCode = (typeof RATER_ERROR_CODES)[number];
