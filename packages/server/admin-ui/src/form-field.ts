import { nothing, type TemplateResult } from 'lit';
import { plainField, summaryMarkup, type PlainField } from '@endorsement-kit/element/markup';

/** One labelled control with its hint and error (GOV.UK pattern: the message above the control). */
export type FieldOptions = Omit<PlainField, 'errorPrefix'>;

/** The element's field markup, in the workspace's English. */
export const formField = (options: FieldOptions): TemplateResult => plainField({ ...options, errorPrefix: 'Error:' });

/**
 * The error summary at the top of a form (the element's markup): focused when it appears, each
 * message a link that moves focus to its field.
 */
export function errorSummary(root: ShadowRoot | null, errors: Record<string, string>, message?: string): TemplateResult | typeof nothing {
  const items = Object.entries(errors).map(([target, text]) => ({ target, message: text }));
  if (items.length === 0 && !message) return nothing;
  return summaryMarkup({
    id: 'error-summary',
    title: 'There is a problem',
    message,
    items,
    focus: (id) => (root?.getElementById(id) as HTMLElement | null)?.focus(),
  });
}
