import { endorsementOf, isCode, isEndorsement, type Code, type Endorsement } from '../codes/codes.js';
import { localize } from '../i18n/localized-text.js';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS } from '../program/category-labels.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';

/**
 * The payload belongs to this program: its id, an endorsement it offers, and a category it offers
 * for that endorsement (a category of the other endorsement is an issue at `category`). Messages
 * name categories and endorsements by their labels (`{categoryLabel}`, `{endorsementLabel}`); the
 * codes stay available as `{category}` and `{endorsement}`.
 */
export function checkProgramFields(context: IssueContext, input: Readonly<Record<string, unknown>>): Issue[] {
  const { program, locale } = context;
  const issues: Issue[] = [];
  const programName = localize(program.name, locale);
  if (typeof input['program'] === 'string' && /\S/.test(input['program']) && input['program'] !== program.id) {
    issues.push(makeIssue(context, ['program'], 'wrong_program', { expected: program.id, program: programName }));
  }
  // Named as the program names them (a program may relabel), else as the Alliance does: the
  // category or endorsement may well be one the program does not offer.
  const categoryLabel = (category: Code) => localize(program.categories[category]?.label ?? CATEGORY_LABELS[category], locale);
  const endorsementLabel = (endorsement: Endorsement) =>
    localize(program.endorsements[endorsement]?.label ?? ENDORSEMENT_LABELS[endorsement].label, locale);
  const endorsement = input['endorsement'];
  if (isEndorsement(endorsement) && !program.offers[endorsement]?.length) {
    issues.push(
      makeIssue(context, ['endorsement'], 'endorsement_not_offered', {
        endorsement,
        endorsementLabel: endorsementLabel(endorsement),
        program: programName,
      }),
    );
  }
  const category = input['category'];
  if (isCode(category)) {
    if (isEndorsement(endorsement) && endorsementOf(category) !== endorsement) {
      issues.push(
        makeIssue(context, ['category'], 'category_other_endorsement', {
          category,
          categoryLabel: categoryLabel(category),
          endorsement,
          endorsementLabel: endorsementLabel(endorsement),
        }),
      );
    } else if (!program.categories[category]) {
      issues.push(
        makeIssue(context, ['category'], 'category_not_offered', {
          category,
          categoryLabel: categoryLabel(category),
          program: programName,
        }),
      );
    }
  }
  return issues;
}
