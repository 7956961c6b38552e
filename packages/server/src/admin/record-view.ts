import {
  evaluateRequirements,
  rateReferences,
  getSteps,
  isQuestionShown,
  localize,
  translate,
  type Application,
  type FieldSpec,
  type Program,
  type RatingSummary,
  type Registration,
} from '@endorsement-kit/sdk';
import type { RecordKind } from '../records/record-kind.js';
import type { Paperwork, RequirementSummary, StepAnswers } from './api-types.js';

type Json = Record<string, unknown>;
type Payload = Registration | Application;

const at = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Json)[key as string] : undefined), value);

/** An answer in words: option labels, Yes/No, dates and numbers for the locale (as the element's review page). */
function display(program: Program, locale: string, field: FieldSpec, value: unknown): string {
  const t = (key: string) => translate(program, locale, key);
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return field.kind === 'checkbox' ? t('ui.no') : t(field.emptyKey ?? 'ui.review.empty');
  const label = (v: unknown) => {
    const option = field.options?.find((o) => o.value === String(v));
    return option ? (option.label ? localize(option.label, locale) : option.labelKey ? t(option.labelKey) : option.value) : String(v);
  };
  if (value === true) return t('ui.yes');
  if (value === false) return t('ui.no');
  if (field.kind === 'choice') return label(value);
  if (field.kind === 'multiple-choice' && Array.isArray(value)) return value.map(label).join(', ');
  if (field.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every answer of a record by the SDK's steps, labelled in `locale` (the coordinator's language). */
export function answersByStep(program: Program, kind: RecordKind, payload: Payload, locale: string): StepAnswers[] {
  const steps = getSteps(program, { form: kind, category: payload.category });
  const t = (key: string, params?: Record<string, string | number>) => translate(program, locale, key, params);
  const answers = payload.answers ?? {};
  return steps.map((step) => {
    const rows = step.fields.map((field) => ({
      label: t(field.labelKey),
      value: display(program, locale, field, at(payload, field.path)),
    }));
    // A question the applicant was not shown (its showIf unmet) has no answer to list.
    for (const question of step.questions.filter((q) => isQuestionShown(q, answers))) {
      const asField = {
        path: [],
        kind: question.type === 'yes-no' ? 'yes-no' : question.type,
        required: false,
        labelKey: '',
        options: question.options?.map((o) => ({ value: o.value, label: o.label })),
      } as FieldSpec;
      rows.push({ label: localize(question.label, locale), value: display(program, locale, asField, answers[question.id]) });
    }
    const result: StepAnswers = { id: step.id, title: t(step.titleKey), rows };
    if (step.repeat) {
      const { repeat } = step;
      // A step's path names a list of the payload (the SDK's steps say which).
      const list = (payload as unknown as Json)[repeat.path];
      const items: unknown[] = Array.isArray(list) ? list : [];
      result.entries = items.map((item, index) => ({
        title: t(repeat.itemTitleKey, { number: index + 1 }),
        rows: repeat.itemFields.map((field) => ({
          label: t(field.labelKey),
          value: display(program, locale, field, at(item, field.path)),
        })),
      }));
    }
    return result;
  });
}

/**
 * The requirement summary for the record's category as the SDK computes it, on the day the record
 * was received (the rules the applicant was shown), in `locale`.
 */
export function requirementSummary(
  program: Program,
  payload: Payload,
  receivedAt: string,
  locale: string,
  /** The applicant's reference ratings: then only submitted, counted forms that fill the slots meet the references. */
  ratings?: readonly RatingSummary[],
): RequirementSummary {
  const result = evaluateRequirements(program, payload, {
    asOf: receivedAt.slice(0, 10),
    locale,
    ...(ratings ? { ratings: rateReferences(ratings) } : {}),
  });
  return {
    category: result.category ?? payload.category,
    met: result.met,
    items: result.requirements.map((r) => ({ id: r.id, state: r.later ? 'later' : r.met ? 'met' : 'missing', detail: r.detail })),
  };
}

/**
 * An application's transcripts and references, their codes (level, transcript, role) in the
 * words of the SDK's options for those fields, in `locale`.
 */
export function paperwork(program: Program, application: Application, locale: string): Paperwork {
  const steps = getSteps(program, { form: 'application', category: application.category });
  const itemField = (stepId: string, key: string): FieldSpec | undefined =>
    steps.find((step) => step.id === stepId)?.repeat?.itemFields.find((field) => field.path.join('.') === key);
  const words = (stepId: string, key: string, value: string) => {
    const field = itemField(stepId, key);
    return field ? display(program, locale, field, value) : value;
  };
  return {
    transcripts: application.education.map((e) => ({
      level: e.level,
      levelLabel: words('education', 'level', e.level),
      institution: e.institution,
      transcript: e.transcript,
      transcriptLabel: words('education', 'transcript', e.transcript),
    })),
    references: application.references.map((r) => ({
      name: r.name,
      role: r.role,
      roleLabel: words('references', 'role', r.role),
      endorsed: r.endorsed === true,
      waiveRight: r.waiveRight,
    })),
  };
}
