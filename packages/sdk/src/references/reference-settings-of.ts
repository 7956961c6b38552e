import type { Program } from '../program/program.js';
import type { Dated } from '../program/dated.js';
import type { RatingFormDefinition, ReferenceSettings } from '../program/reference-settings.js';

/**
 * A program's reference settings with the kit's defaults for what it did not configure: 6 "not
 * enough information" answers, 12 months, reminders at 7, 14 and 28 days, 60-day links, 48 hours
 * between resends, 8 requests, ratings before the application, never released. The form and the
 * slots stay absent unless configured (the rules then use PLACEHOLDER_RATING_FORM and
 * DEFAULT_REFERENCE_SLOTS).
 * @example referenceSettings(programs.alliance).reminderDays // [7, 14, 28]
 */
export function referenceSettings(program: Program): ReferenceSettings {
  const { form, reminderDays, ...own } = program.references;
  const settings: ReferenceSettings = {
    slots: {},
    invalidAtNotEnoughInformation: 6,
    minKnownMonths: 12,
    reminderDays: [7, 14, 28],
    linkDays: 60,
    resendHours: 48,
    maxRequests: 8,
    submitBeforeRatings: false,
    applicantMayReplaceAfterSubmit: false,
    unwaivedRelease: 'never',
    asksRscProvider: ['IFRS', 'ECFRS', 'IMHM-C', 'ECMHM-C'],
    ...own,
  };
  if (reminderDays) settings.reminderDays = [...reminderDays].sort((a, b) => a - b);
  // A pasted form is the association's own unless it says otherwise.
  if (form) settings.form = withPlaceholder(form);
  return settings;
}

function withPlaceholder(form: Dated<RatingFormDefinition>): Dated<RatingFormDefinition> {
  const fill = (f: RatingFormDefinition): RatingFormDefinition => ({ ...f, placeholder: f.placeholder ?? false });
  return Array.isArray(form)
    ? (form as readonly { from: string; value: RatingFormDefinition }[]).map((entry) => ({ from: entry.from, value: fill(entry.value) }))
    : fill(form as RatingFormDefinition);
}
