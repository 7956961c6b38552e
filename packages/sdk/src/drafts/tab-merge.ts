import type { ApplicationDraft } from '../schema/payload-types.js';
import type { DraftRecord, UnsavedAnswers } from './draft-record.js';
import type { DraftConflict } from './draft-state.js';
import { mergeValues, sameValue } from './merge-values.js';
import { getIn, setIn } from './path.js';

// Receipts and sends under way are facts, not answers: a save merged from another tab keeps the
// ones this tab has and that one lacks (a send it made since is its own business).
function withFactsOf(mine: DraftRecord, theirs: DraftRecord): DraftRecord {
  const merged: DraftRecord = { ...theirs };
  if (!merged.registration && mine.registration) merged.registration = mine.registration;
  if (!merged.receipt && mine.receipt) merged.receipt = mine.receipt;
  const pending = { ...mine.pending, ...theirs.pending };
  if (merged.registration) delete pending.registration;
  if (merged.receipt) delete pending.application;
  if (Object.keys(pending).length > 0) merged.pending = pending;
  else delete merged.pending;
  return merged;
}

/**
 * @internal The answers this tab (holding `mine`, made from `basis`) and the save `theirs` have in
 * common: the revision this tab holds when `theirs` was made on top of it (or on top of another
 * tab's save this tab took); else (both saved one revision at once) `basis`, the answers this
 * tab's save was made from. When unsure, the older: at worst a field is asked about that need not
 * be, never one dropped unasked.
 */
export function baseFor(mine: DraftRecord, basis: ApplicationDraft, theirs: DraftRecord, clientId: string): ApplicationDraft {
  const onMine = theirs.parent?.revision === mine.revision && theirs.parent.writer === mine.writer;
  const onShared = mine.writer !== clientId && theirs.revision > mine.revision;
  return onMine || onShared ? mine.value : basis;
}

/**
 * @internal Takes another tab's save `theirs` into this tab's answers `value`, field by field
 * against `base`: only the answers both changed differently are a conflict, this tab's value kept
 * until the person here chooses; one not chosen yet (`open`) stays one. Returns the record this
 * tab holds from now on, its answers, and the conflict if any.
 */
export function mergeTabs(
  mine: DraftRecord,
  value: ApplicationDraft,
  theirs: DraftRecord,
  base: ApplicationDraft | undefined,
  open: readonly { path: (string | number)[] }[],
): { record: DraftRecord; value: ApplicationDraft; conflict: DraftConflict | undefined } {
  const merged = mergeValues(base, value, theirs.value);
  const { conflicts } = merged;
  for (const field of open) {
    if (conflicts.some((c) => sameValue(c.path, field.path))) continue;
    const ours = getIn(merged.value, field.path);
    const other = getIn(theirs.value, field.path);
    if (!sameValue(ours, other)) conflicts.push({ path: field.path, mine: ours, theirs: other });
  }
  const conflict = conflicts.length > 0 ? { theirs: theirs.value, theirRevision: theirs.revision, fields: conflicts } : undefined;
  return { record: withFactsOf(mine, theirs), value: merged.value, conflict };
}

/** @internal Settles a conflict: `value` with this tab's values kept (`mine`) or the other tab's taken. */
export function resolveTabs(value: ApplicationDraft, conflict: DraftConflict, choice: 'mine' | 'theirs'): ApplicationDraft {
  return choice === 'theirs' ? conflict.fields.reduce((next, field) => setIn(next, field.path, field.theirs), value) : value;
}

/** @internal This tab's answers `value` as kept aside during a conflict: with their base and the fields still open. */
export function keptAside(value: ApplicationDraft, basis: ApplicationDraft, conflict: DraftConflict | undefined): UnsavedAnswers {
  return { value, base: basis, open: (conflict?.fields ?? []).map(({ path }) => ({ path })) };
}
