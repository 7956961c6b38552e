import { translateUi, localize, type Locale, type Program, type Question } from '@endorsement-kit/sdk/core';
import type { FieldSpec, Path } from '../sdk-types.js';

/** A field ready to render: an SDK `FieldSpec` or a program question, with its text resolved. */
export interface FieldView {
  path: Path;
  kind: FieldSpec['kind'];
  required: boolean;
  label: string;
  hint?: string;
  options?: { value: string; label: string; hint?: string }[];
  autocomplete?: string;
  inputMode?: string;
  /** What an empty answer means, shown on review instead of "Not answered" ("Current" for an end date). */
  emptyText?: string;
}

/** Resolves a field's text; `base` prefixes item fields' relative paths. */
export function fromSpec(program: Program, locale: Locale, spec: FieldSpec, base: Path = []): FieldView {
  const view: FieldView = {
    path: [...base, ...spec.path],
    kind: spec.kind,
    required: spec.required,
    label: translateUi(program, locale, spec.labelKey),
  };
  if (spec.hintKey) view.hint = translateUi(program, locale, spec.hintKey);
  if (spec.options)
    view.options = spec.options.map((o) => ({
      value: String(o.value),
      label: o.label !== undefined ? localize(o.label, locale) : o.labelKey ? translateUi(program, locale, o.labelKey) : String(o.value),
      ...(o.hint !== undefined ? { hint: localize(o.hint, locale) } : {}),
    }));
  if (spec.autocomplete) view.autocomplete = spec.autocomplete;
  if (spec.inputMode) view.inputMode = spec.inputMode;
  if (spec.emptyKey) view.emptyText = translateUi(program, locale, spec.emptyKey);
  return view;
}

/** A program's own question as a field answered into `answers[id]`. */
export function fromQuestion(question: Question, locale: Locale): FieldView {
  const view: FieldView = {
    path: ['answers', question.id],
    kind: question.type,
    required: question.required ?? false,
    label: localize(question.label, locale),
  };
  if (question.hint) view.hint = localize(question.hint, locale);
  if (question.options) view.options = question.options.map((o) => ({ value: o.value, label: localize(o.label, locale) }));
  if (question.type === 'number') view.inputMode = 'decimal';
  return view;
}
