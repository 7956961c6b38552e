import { translateUi } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/**
 * A backend's status word ("received", "under_review") in the applicant's language when the SDK
 * or the program has text for it (`ui.receipt.state.<status>`), else as the backend sent it.
 */
export function receiptStatus(view: View, status: string): string {
  const key = `ui.receipt.state.${status}`;
  return translateUi.has(view.program, view.locale, key) ? view.t(key) : status;
}
