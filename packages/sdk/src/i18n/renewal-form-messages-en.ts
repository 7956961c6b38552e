import { feesEn } from './en/fees.js';
import { formListsEn } from './en/form-lists.js';
import { stepsEn } from './en/steps.js';
import { uiEn } from './en/ui.js';

/**
 * `renewalPageMessages().en` without the validation words: what a renewal page's form shows in
 * English before anything is checked (validation words its own messages in English already).
 * @example registerMessages('en', renewalFormMessagesEn());
 */
export function renewalFormMessagesEn(): Readonly<Record<string, string>> {
  return { ...uiEn, ...stepsEn, ...formListsEn, ...feesEn };
}
