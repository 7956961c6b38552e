import { endorsementOf, isCode, isEndorsement } from '../codes/codes.js';
import { localize } from '../i18n/localized-text.js';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS } from '../program/category-labels.js';
import type { Issue } from './issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';

/**
 * The payload belongs to this program: its id, an endorsement it offers, and a category it offers
 * for that endorsement (a category of the other endorsement is an issue at `category`).
 */
export function checkProgramFields(context: IssueContext, input: Readonly<Record<string, unknown>>): Issue[] {
  const { program, locale } = context;
  const issues: Issue[] = [];
  const programName = localize(program.name, locale);
  if (typeof input['program'] === 'string' && /\S/.test(input['program']) && input['program'] !== program.id) {
    issues.push(makeIssue(context, ['program'], 'wrong_program', { expected: program.id, program: programName }));
  }
  const endorsement = input['endorsement'];
  if (isEndorsement(endorsement) && !program.offers[endorsement]?.length) {
    issues.push(makeIssue(context, ['endorsement'], 'endorsement_not_offered', { endorsement, program: programName }));
  }
  const category = input['category'];
  if (isCode(category)) {
    if (isEndorsement(endorsement) && endorsementOf(category) !== endorsement) {
      // Named as the program names them (a program may relabel), else as the Alliance does: the
      // category may well be one the program does not offer.
      const categoryLabel = localize(program.categories[category]?.label ?? CATEGORY_LABELS[category], locale);
      const endorsementLabel = localize(program.endorsements[endorsement]?.label ?? ENDORSEMENT_LABELS[endorsement].label, locale);
      issues.push(makeIssue(context, ['category'], 'category_other_endorsement', { category, categoryLabel, endorsement, endorsementLabel }));
    } else if (!program.categories[category]) {
      issues.push(makeIssue(context, ['category'], 'category_not_offered', { category, program: programName }));
    }
  }
  return issues;
}
