import { fieldId, listPath } from '../view.js';
import type { Draft, Path } from '../sdk-types.js';
import type { RepeatActions } from './repeat-list.js';

/** The last entry removed, kept for Undo. */
export interface Removed {
  title: string;
  path: Path;
  entry: unknown;
  index: number;
}

/**
 * Add, remove and undo on a draft's lists. `update` records the removal (for the Undo button) and
 * where focus goes next: the new entry's first field, or the heading after a removal.
 */
export function repeatActions(draft: Draft, removed: Removed | undefined, update: (removed: Removed | undefined, focus: string | undefined) => void): RepeatActions {
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
      update({ title, path, entry: draft.remove([...path], index), index }, 'ek-step-heading');
    },
    undo: () => {
      if (!removed) return;
      const at = draft.add([...removed.path], removed.entry);
      if (at !== removed.index) draft.move([...removed.path], at, removed.index);
      update(undefined, undefined);
    },
  };
}
