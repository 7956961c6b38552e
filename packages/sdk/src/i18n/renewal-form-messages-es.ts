import { feesEs } from './es/fees.js';
import { formListsEs } from './es/form-lists.js';
import { stepsEs } from './es/steps.js';
import { uiEs } from './es/ui.js';

/**
 * `renewalPageMessages().es` without the validation words, for a page that loads Spanish only for
 * a Spanish endorsee (the CDN's renewal page: a part of its own) and validation only at submit.
 * @example registerMessages('es', renewalFormMessagesEs());
 */
export function renewalFormMessagesEs(): Readonly<Record<string, string>> {
  return { ...uiEs, ...stepsEs, ...formListsEs, ...feesEs };
}
