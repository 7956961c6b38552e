import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { ReferenceRole } from '../schema/levels-and-roles.js';
import type { Dated } from './dated.js';

/**
 * The rating form as a program defines it, in every language. `evaluateRating` and the server
 * resolve it for one day and one language into a `RatingForm`.
 * @example
 * const form: RatingFormDefinition = {
 *   placeholder: false,
 *   domains: [{ id: 'thinking', label: { en: 'Thinking', es: 'Pensamiento' }, items: [{ id: 'thinking-1', text: { en: '…', es: '…' } }] }],
 *   scale: [{ value: 1, label: { en: 'Rarely', es: 'Rara vez' } }, { value: 2, label: { en: 'Often', es: 'A menudo' } }],
 *   notEnoughInformation: { en: 'Not enough information to rate', es: 'No tengo suficiente información' },
 *   recommendations: [{ value: 'recommend', label: { en: 'I recommend', es: 'Recomiendo' }, flagged: false }],
 * };
 */
export interface RatingFormDefinition {
  /** True for the kit's own wording: the association's items are its own and are pasted in. */
  placeholder: boolean;
  domains: readonly {
    id: string;
    label: LocalizedText;
    hint?: LocalizedText;
    items: readonly { id: string; text: LocalizedText }[];
  }[];
  /** The scale, lowest first. */
  scale: readonly { value: number; label: LocalizedText }[];
  /** The label of the "not enough information" answer every item offers. */
  notEnoughInformation: LocalizedText;
  /** The overall recommendation's choices; `flagged` ones are a flag for the coordinator. */
  recommendations: readonly { value: string; label: LocalizedText; flagged: boolean }[];
}

/**
 * A kind of rater a category asks for. Each slot is checked on its own: at least `min` counted
 * ratings from raters whose relationship is one of `roles` (and who are endorsed or vetted when
 * `mustBeEndorsed`, and currently in that relationship when `mustBeCurrent`). The category's
 * `references.count` is the total.
 * @example const slot: ReferenceSlot = { id: 'rsc-provider', label: { en: 'Your RSC provider', es: 'Su proveedor/a de RSC' }, roles: ['rsc-provider'], min: 1 };
 */
export interface ReferenceSlot {
  id: string;
  label: LocalizedText;
  roles: readonly ReferenceRole[];
  min: number;
  mustBeEndorsed?: boolean;
  mustBeCurrent?: boolean;
}

/**
 * How a program runs its reference ratings (docs/programs.md, "References"), defaults applied:
 * what `referenceSettings(program)` answers. Every threshold may be {@link Dated}.
 * @example referenceSettings(programs.alliance).linkDays // 60
 */
export interface ReferenceSettings {
  /** The rating form, when the program has its own; absent, the kit's PLACEHOLDER_RATING_FORM (`placeholder: true`). */
  form?: Dated<RatingFormDefinition>;
  /**
   * Who may rate, for the categories the program configures: a list of slots, or a dated list of
   * such lists. Any other offered category uses DEFAULT_REFERENCE_SLOTS (by its infant code).
   */
  slots: Readonly<Partial<Record<Code, Dated<readonly ReferenceSlot[]>>>>;
  /** From this many "not enough information" answers on, a form does not count. @default 6 */
  invalidAtNotEnoughInformation: Dated<number>;
  /** Raters who have known the applicant for fewer months are flagged, not refused. @default 12 */
  minKnownMonths: Dated<number>;
  /** A submitted form is stale this many months after it was completed; absent = never. */
  validForMonths?: Dated<number>;
  /** Days after the request mail when reminders go out while the rater has not submitted. @default [7, 14, 28] */
  reminderDays: readonly number[];
  /** Days a link works. @default 60 */
  linkDays: number;
  /** Hours between two resends by the applicant. @default 48 */
  resendHours: number;
  /** Requests per registration in all, cancelled ones included. @default 8 */
  maxRequests: number;
  /** Whether the application may be submitted before every rating is in (EASy: no). @default false */
  submitBeforeRatings: boolean;
  /**
   * Whether the applicant may still withdraw or replace a rater once their application is submitted;
   * when false, only the coordinator may (the applicant's cancel is a 409 `application_submitted`).
   * @default false
   */
  applicantMayReplaceAfterSubmit: boolean;
  /** Whether an applicant who did not waive may ask the coordinator for a form's content. @default 'never' */
  unwaivedRelease: 'never' | 'on-request';
  /** Categories whose raters are asked whether they know the applicant as an RSC provider. */
  asksRscProvider: readonly Code[];
}

/**
 * What a program configured of its references, as `Program.references` keeps it: only what it set.
 * `referenceSettings(program)` applies the kit's defaults (and marks a pasted form
 * `placeholder: false` unless it says otherwise), so the application's first load carries none of them.
 * @example programs.alliance.references // {}
 */
export type ReferencesConfig = Partial<ReferenceSettings>;
