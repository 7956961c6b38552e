import type { NavigationController } from '../controllers/navigation.js';
import type { StatusLookupController } from '../controllers/status-lookup.js';
import { shownSaveState } from '../header/shown-save-state.js';
import { formatTime } from '../i18n/format.js';
import type { Draft } from '../sdk-types.js';
import type { View } from '../view.js';
import { hasAnswers } from './has-answers.js';
import type { StartActions } from './start-screen.js';

/**
 * What the start screen offers once the draft is open: continue a saved draft (saying when it was
 * saved), begin (a new draft beside a sent one keeps that one's receipt), start over, the receipt
 * of a sent application and the status lookup.
 */
export function startActions(
  view: View,
  draft: Draft,
  nav: NavigationController,
  lookup: StatusLookupController,
  startOver: { ask(): void; keepingSent(): void },
): StartActions {
  const savedAt = shownSaveState(draft).savedAt;
  return {
    saved: hasAnswers(draft) ? (savedAt !== undefined ? formatTime(savedAt, view.locale) : undefined) : false,
    begin: () => (draft.receipt ? startOver.keepingSent() : nav.go('flow', draft.registration ? 'application' : 'registration', 0)),
    submitted: draft.receipt ? { id: draft.receipt.reference ?? draft.receipt.id, viewReceipt: () => nav.go('receipt') } : undefined,
    continueSaved: () => nav.resume(),
    startOver: () => startOver.ask(),
    checkStatus: () => lookup.check(draft.receipt),
  };
}
