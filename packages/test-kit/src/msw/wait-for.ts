// Waits for a draft state instead of sleeping: resolves on the first change (or at once) where
// `predicate(draft)` holds. Shared by the SDK's and the element's tests.
import type { Draft } from '@endorsement-kit/sdk';

export function waitForDraft(draft: Draft, predicate: (draft: Draft) => boolean): Promise<Draft> {
  return new Promise((resolve) => {
    if (predicate(draft)) return resolve(draft);
    const stop = draft.subscribe((d) => {
      if (!predicate(d)) return;
      stop();
      resolve(d);
    });
  });
}

/** Resolves once the draft's latest change is saved (durably or in memory). */
export const saved = (draft: Draft): Promise<Draft> =>
  waitForDraft(draft, (d) => d.saveState.status === 'saved' || d.saveState.status === 'error');
