import type { FieldKind, FieldSpec } from './step-spec.js';

type Extras = Omit<FieldSpec, 'path' | 'kind' | 'required' | 'labelKey' | 'hintKey'> & { hint?: boolean };

/**
 * A field whose messages live at `form.field.<key>.label` (and `.hint` when `hint` is set).
 * `key` is the dotted path; `base` (a list's key) prefixes the message key but not the path.
 */
export function field(key: string, kind: FieldKind, required: boolean, extras: Extras = {}, base?: string): FieldSpec {
  const { hint, ...rest } = extras;
  const messageKey = base ? `${base}.${key}` : key;
  const spec: FieldSpec = { path: key.split('.'), kind, required, labelKey: `form.field.${messageKey}.label`, ...rest };
  if (hint) spec.hintKey = `form.field.${messageKey}.hint`;
  return spec;
}

/** A field of an entry of the list `list`: its path is relative to the entry. */
export function itemField(list: string, key: string, kind: FieldKind, required: boolean, extras: Extras = {}): FieldSpec {
  return field(key, kind, required, extras, list);
}
