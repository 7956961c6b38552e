import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Dated } from './dated.js';

/** How a reviewer rates one competency area of the checklist. */
export const AREA_RATINGS = ['met', 'not_yet', 'not_applicable'] as const;
export type AreaRating = (typeof AREA_RATINGS)[number];

/** The sections of an application a rating may rest on (links to the record's sections). */
export const REVIEW_EVIDENCE = ['education', 'work', 'training', 'rsc', 'leadership', 'references'] as const;
export type ReviewEvidence = (typeof REVIEW_EVIDENCE)[number];

/** A reviewer's one recommendation (journey 5.2). */
export const REVIEW_RECOMMENDATIONS = ['endorse', 'approve_for_exam', 'emerging', 'defer', 'request_info'] as const;
export type ReviewRecommendation = (typeof REVIEW_RECOMMENDATIONS)[number];

/**
 * One competency area of a category's review checklist, in the association's words.
 * @example const area: CompetencyArea = { id: 'reflection', label: { en: 'Reflection', es: 'Reflexión' } };
 */
export interface CompetencyArea {
  id: string;
  label: LocalizedText;
  /** What the reviewer looks for, when the association says. */
  hint?: LocalizedText;
}

/**
 * How a program reviews applications (docs/programs.md, "Review"), as configured: only what it set.
 * `reviewSettings(program)` applies the defaults.
 * @example const review: ReviewConfig = { reviewers: 2, mode: 'sequential', applicationBeforeAcceptance: false };
 */
export interface ReviewConfig {
  /** How many reviewers read each application. @default 2 */
  reviewers?: 1 | 2;
  /** Two reviewers side by side (`parallel`) or the second after the first (`sequential`). @default 'parallel' */
  mode?: 'parallel' | 'sequential';
  /** Whether an application may be sent before the registration is accepted (step 2). @default true */
  applicationBeforeAcceptance?: boolean;
  /** The checklist's competency areas by category; any other category gets DEFAULT_COMPETENCY_AREAS. */
  areas?: Readonly<Partial<Record<Code, Dated<readonly CompetencyArea[]>>>>;
}

/** A program's review settings with the defaults applied (`reviewSettings`). */
export interface ReviewSettings {
  reviewers: 1 | 2;
  mode: 'parallel' | 'sequential';
  applicationBeforeAcceptance: boolean;
  areas: Readonly<Partial<Record<Code, Dated<readonly CompetencyArea[]>>>>;
}
