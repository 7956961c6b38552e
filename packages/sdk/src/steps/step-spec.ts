import type { LocalizedText } from '../i18n/localized-text.js';
import type { Question } from '../program/question.js';
import type { Issue } from '../errors/issue.js';
import type { FormId, StepId } from '../program/visible-steps.js';

/**
 * How a field is entered. `yes-no` is a pair of radios; `checkbox` a single box (an agreement);
 * `file` a file chosen and uploaded (`DraftDocuments`): the field's value is the document's id.
 * @example if (field.kind === 'date') renderDateInput(field)
 */
export type FieldKind =
  'text' | 'long-text' | 'email' | 'tel' | 'date' | 'number' | 'choice' | 'multiple-choice' | 'yes-no' | 'checkbox' | 'file';

/**
 * One choice of a `choice` or `multiple-choice` field: words from the catalogs (`labelKey`) or from
 * the program (`label`, e.g. a relabelled category).
 * @example { value: 'IFA', label: { en: 'Infant Family Associate', es: 'Asociado/a de Familias con Infantes' } }
 */
export interface FieldOption {
  value: string;
  labelKey?: string;
  label?: LocalizedText;
  /** A line under the option, e.g. the ages an endorsement covers. */
  hint?: LocalizedText;
}

/**
 * One field of a step, enough to render it: the element has no field list of its own.
 * @example { path: ['applicant', 'email'], kind: 'email', required: true, labelKey: 'form.field.applicant.email.label', autocomplete: 'email' }
 */
export interface FieldSpec {
  /** Absolute for a step's fields (`['applicant', 'givenName']`); relative to the entry for `itemFields` (`['provider', 'name']`). */
  path: (string | number)[];
  kind: FieldKind;
  /** Whether the payload needs it (an optional object's fields are required only once it is started). */
  required: boolean;
  labelKey: string;
  hintKey?: string;
  options?: FieldOption[];
  /** The HTML `autocomplete` token. */
  autocomplete?: string;
  /** The HTML `inputmode`, e.g. `decimal` for hours. */
  inputMode?: string;
  /** Bounds of a `number` field. */
  min?: number;
  max?: number;
  /**
   * What leaving an optional field empty means, when it means something: an end date left empty is
   * a job or activity that still goes on (`form.empty.current`, "Current"). A summary of the answers
   * shows this message instead of "Not answered".
   */
  emptyKey?: string;
  /**
   * The group the field belongs to, e.g. the signature of one document. Consecutive fields with the
   * same group `id` belong together: render them in one `<fieldset>` whose `<legend>` is the
   * group's `legendKey` message, so fields with the same label ("Date signed") can be told apart.
   */
  group?: FieldGroup;
}

/**
 * Fields that belong together on a step (see `FieldSpec.group`).
 * @example { id: 'attestations.codeOfEthics', legendKey: 'form.group.attestations.codeOfEthics' }
 */
export interface FieldGroup {
  id: string;
  /** The message naming the group, for its `<legend>` ("Code of Ethics"). */
  legendKey: string;
  /** Where to read what the group is about: the program's link to the document signed here. */
  href?: string;
}

/**
 * A repeatable list of entries (education, work, training, ...): one item form per entry.
 * @example
 * const list = draft.get([repeat.path]) ?? [];
 * list.forEach((_, i) => repeat.itemFields.forEach((f) => render([repeat.path, i, ...f.path], f)));
 */
export interface RepeatSpec {
  /** The payload key of the list, e.g. `rscReceived`. */
  path: string;
  itemFields: FieldSpec[];
  /** The title of one entry; its message takes `{number}` (1-based). */
  itemTitleKey: string;
  /** The label of the button that adds an entry. */
  addKey: string;
  /** The fewest entries the category needs before the step counts as complete. */
  min?: number;
}

/**
 * One step of the registration or the application, as the element renders it.
 * @example
 * const [first] = getSteps(programs.alliance, { form: 'application', category: 'IFS' });
 * first.id // 'applicant'
 */
export interface StepSpec {
  id: StepId;
  form: FormId;
  titleKey: string;
  introKey?: string;
  fields: FieldSpec[];
  repeat?: RepeatSpec;
  /** The program's own questions placed on this step, for the category. */
  questions: Question[];
}

/**
 * Where a step stands: `complete` (nothing missing or wrong), `incomplete` (something required is
 * missing and nothing entered is wrong) or `invalid` (something entered is wrong).
 * @example { id: 'training', status: 'invalid', issues: [{ path: ['training', 0, 'hours'], code: 'too_small', message: 'Enter a number of hours of 0 or more' }] }
 */
export interface StepStatus {
  id: StepId;
  status: 'complete' | 'incomplete' | 'invalid';
  /** Every issue of the step, missing and wrong alike, each pointing at its field. */
  issues: Issue[];
}
