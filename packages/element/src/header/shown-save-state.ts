import type { SaveStateLike } from '../events/save-event.js';
import type { Draft } from '../sdk-types.js';

/** The draft's save state as shown; after a reload, "saved" at the stored record's time until the next change. */
export function shownSaveState(draft: Draft): SaveStateLike {
  const state = draft.saveState;
  return state.status === 'idle' && state.savedAt === undefined && draft.revision > 0 ? { ...state, savedAt: draft.updatedAt } : state;
}
