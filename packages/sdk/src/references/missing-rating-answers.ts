import type { Code } from '../codes/codes.js';
import type { Issue } from '../errors/issue.js';
import { localize } from '../i18n/localized-text.js';
import { ENDORSEMENT_LABELS } from '../program/category-labels.js';
import type { Program } from '../program/program.js';
import type { RaterAnswersDraft } from '../schema/reference-wire.js';
import { resolveRatingForm, type RatingFormOptions } from './resolve-rating-form.js';
import { translateRatingCheck } from './rating-messages.js';

const filled = (value: string | undefined) => value !== undefined && /\S/.test(value);

/**
 * Options of `missingRatingAnswers`: the form's day and language, and the applicant's category
 * (whose age band and RSC question the form asks about).
 * @example const options: RatingCheckOptions = { code: 'IFS', asOf: '2026-03-01', locale: 'es' };
 */
export interface RatingCheckOptions extends RatingFormOptions {
  code: Code;
}

/**
 * What a rater still has to answer before submitting, in form order, as issues with a path into
 * `RaterAnswers` (`['ratings', 'thinking-2']`, `['signature', 'signedName']`) for an error summary
 * that links to each field. Empty when the form is complete. Answers of the wrong shape are the
 * schema's to reject (`raterAnswersSchema`); a rating off the scale is reported here.
 * @example
 * missingRatingAnswers(programs.alliance, { relationship: 'supervisor' }, { code: 'IFS', locale: 'en' })[0]
 * // { path: ['current'], code: 'required', message: 'Say whether you still work with the applicant in this role' }
 */
export function missingRatingAnswers(program: Program, answers: RaterAnswersDraft, options: RatingCheckOptions): Issue[] {
  const { code } = options;
  const locale = options.locale ?? program.defaultLocale;
  const form = resolveRatingForm(program, code, options);
  const say = (key: string, params?: Record<string, string>) => translateRatingCheck(program, locale, key, params);
  const issues: Issue[] = [];
  const need = (ok: boolean, path: (string | number)[], key: string, params?: Record<string, string>) => {
    if (!ok) issues.push({ path, code: 'required', message: say(key, params) });
  };
  need(answers.relationship !== undefined, ['relationship'], 'rating-check.missing.relationship');
  need(answers.current !== undefined, ['current'], 'rating-check.missing.current');
  need(answers.knownMonths !== undefined, ['knownMonths'], 'rating-check.missing.knownMonths');
  need(filled(answers.capacity), ['capacity'], 'rating-check.missing.capacity');
  need(answers.endorsement !== undefined, ['endorsement'], 'rating-check.missing.endorsement');
  need(filled(answers.title), ['title'], 'rating-check.missing.title');
  need(filled(answers.organization), ['organization'], 'rating-check.missing.organization');
  const endorsement = program.categories[code]?.endorsement ?? (code.startsWith('EC') ? 'ECMH-E' : 'IMH-E');
  const ages = localize(program.endorsements[endorsement]?.ages ?? ENDORSEMENT_LABELS[endorsement].ages, locale);
  need(answers.servesAgeBand !== undefined, ['servesAgeBand'], 'rating-check.missing.servesAgeBand', { ages });
  if (form.asksRscProvider)
    need(answers.knowsAsRscProvider !== undefined, ['knowsAsRscProvider'], 'rating-check.missing.knowsAsRscProvider');
  const scale = new Set(form.scale.map((option) => option.value));
  for (const domain of form.domains) {
    for (const item of domain.items) {
      const value = answers.ratings?.[item.id];
      if (value === undefined)
        issues.push({
          path: ['ratings', item.id],
          code: 'required',
          message: say('rating-check.missing.item', { item: item.text, nei: form.notEnoughInformation }),
        });
      else if (value !== 'nei' && !scale.has(value))
        issues.push({ path: ['ratings', item.id], code: 'invalid_option', message: say('rating-check.invalid.item', { item: item.text }) });
    }
  }
  const recommendation = answers.recommendation;
  need(
    recommendation !== undefined && form.recommendations.some((option) => option.value === recommendation),
    ['recommendation'],
    'rating-check.missing.recommendation',
  );
  need(filled(answers.signature?.signedName), ['signature', 'signedName'], 'rating-check.missing.signedName');
  need(answers.signature?.signedOn !== undefined, ['signature', 'signedOn'], 'rating-check.missing.signedOn');
  return issues;
}
