// The rating form as a rater sees it: the program's `references.form` resolved for one day and one
// language. Plain types (no schema): the server builds it, the page only reads it.

/**
 * One statement the rater rates on the scale, or answers "not enough information" (`'nei'`).
 * @example const item: RatingItem = { id: 'reflection-1', text: 'Reflects on their own reactions to the work (PLACEHOLDER)' };
 */
export interface RatingItem {
  /** Stable across languages and dates: answers are keyed by it. */
  id: string;
  text: string;
}

/**
 * A competency domain: a heading, its items and one comment box.
 * @example const domain: RatingDomain = { id: 'reflection', label: 'Reflection', items: [{ id: 'reflection-1', text: '…' }] };
 */
export interface RatingDomain {
  id: string;
  label: string;
  /** A sentence under the heading, if the program has one. */
  hint?: string;
  items: RatingItem[];
}

/**
 * One point of the scale.
 * @example const option: RatingScaleOption = { value: 4, label: 'Strength' };
 */
export interface RatingScaleOption {
  value: number;
  label: string;
}

/**
 * One choice of the overall recommendation. `flagged` choices are shown to the coordinator as a flag.
 * @example const option: RecommendationOption = { value: 'do-not-recommend', label: 'I do not recommend', flagged: true };
 */
export interface RecommendationOption {
  value: string;
  label: string;
  flagged: boolean;
}

/**
 * The whole form in one language, as `RaterInvitation.form` carries it.
 * @example
 * const form: RatingForm = {
 *   placeholder: true,
 *   domains: [{ id: 'thinking', label: 'Thinking', items: [{ id: 'thinking-1', text: 'Observes and listens (PLACEHOLDER)' }] }],
 *   scale: [{ value: 1, label: 'Not yet' }, { value: 2, label: 'Emerging' }, { value: 3, label: 'Competent' }, { value: 4, label: 'Strength' }],
 *   notEnoughInformation: 'I do not have enough information to rate this',
 *   recommendations: [{ value: 'recommend', label: 'I recommend', flagged: false }],
 *   invalidAtNotEnoughInformation: 6,
 *   minKnownMonths: 12,
 *   asksRscProvider: false,
 * };
 */
export interface RatingForm {
  /** True while the kit's own wording is used: the association has not pasted its items yet. */
  placeholder: boolean;
  domains: RatingDomain[];
  /** Lowest first. */
  scale: RatingScaleOption[];
  /** The label of the `'nei'` answer each item also offers. */
  notEnoughInformation: string;
  recommendations: RecommendationOption[];
  /** From this many `'nei'` answers on, the form does not count (the page may warn before submit). */
  invalidAtNotEnoughInformation: number;
  /** Raters who have known the applicant for fewer months are flagged (a tip, not a block). */
  minKnownMonths: number;
  /** Whether the form asks `knowsAsRscProvider` (reflective supervisor and clinical mentor categories). */
  asksRscProvider: boolean;
}
