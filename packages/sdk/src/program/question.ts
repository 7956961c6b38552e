import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';

/** The kinds of question an association may add. */
export const QUESTION_TYPES = ['text', 'long-text', 'choice', 'multiple-choice', 'yes-no', 'number', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The value an answer holds, by question type. */
export type Answer = string | number | boolean | string[];

/**
 * A question of the association's own, answered into `answers[id]` of the payload.
 * The answer is a string for `text`, `long-text`, `choice` and `date` (`YYYY-MM-DD`), a number for
 * `number`, a boolean for `yes-no` and a list of option values for `multiple-choice`.
 * @example
 * {
 *   id: 'county', type: 'choice', required: true, step: 'applicant',
 *   label: { en: 'County where you work', es: 'Condado donde trabaja' },
 *   options: [{ value: 'jefferson', label: 'Jefferson' }, { value: 'mobile', label: 'Mobile' }],
 * }
 */
export interface Question {
  /** The key in `answers`: letters, digits, `-` and `_`, starting with a letter. */
  id: string;
  type: QuestionType;
  label: LocalizedText;
  hint?: LocalizedText;
  /** Must be answered (when shown). Default `false`. */
  required?: boolean;
  /** The step the question appears on (see `getSteps`). Default `questions`. */
  step?: string;
  /** Which form the step belongs to. Default `application`. */
  form?: 'registration' | 'application';
  /** The choices, for `choice` and `multiple-choice`. */
  options?: readonly { value: string; label: LocalizedText }[];
  /** Show (and require) the question only when another answer equals a value. */
  showIf?: { question: string; equals: string | number | boolean };
  /** Ask only applicants for these categories. Default: every category. */
  categories?: readonly Code[];
  /** Bounds for `number` answers. */
  min?: number;
  max?: number;
}
