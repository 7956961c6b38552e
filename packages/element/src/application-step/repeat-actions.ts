import { fieldId, listPath } from '../view.js';
import type { Draft, Path } from '../sdk-types.js';
import type { RepeatActions } from './repeat-list.js';

/** The last entry removed, kept for Undo. */
export interface Removed {
  title: string;
  path: Path;
  entry: unknown;
  index: number;
  /** Where focus goes when the entry comes back: its first field. */
  focus?: string;
}

/**
 * Add, remove and undo on a draft's lists. `update` records the removal (for the Undo button) and
 * where focus goes next: the new entry's first field, the heading after a removal, and the
 * restored entry's first field after Undo (the Undo button itself goes away, and focus with it).
 */
export function repeatActions(
  draft: Draft,
  removed: Removed | undefined,
  update: (removed: Removed | undefined, focus: string | undefined) => void,
): RepeatActions {
  return {
    removed,
    add: (repeat) => {
      const path = listPath(repeat);
      const at = draft.add([...path]);
      const first = repeat.itemFields[0];
      update(undefined, first ? fieldId([...path, at, ...first.path]) : undefined);
    },
    remove: (repeat, index, title) => {
      const path = listPath(repeat);
      const first = repeat.itemFields[0];
      const removed: Removed = { title, path, entry: draft.remove([...path], index), index };
      if (first) removed.focus = fieldId([...path, index, ...first.path]);
      update(removed, 'ek-step-heading');
    },
    undo: () => {
      if (!removed) return;
      const at = draft.add([...removed.path], removed.entry);
      if (at !== removed.index) draft.move([...removed.path], at, removed.index);
      update(undefined, removed.focus ?? 'ek-step-heading');
    },
  };
}
