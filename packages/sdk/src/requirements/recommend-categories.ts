import { ADVANCEMENT_ORDER, ENDORSEMENTS, baseCodeOf, endorsementOf, type Code, type Endorsement } from '../codes/codes.js';
import type { Program } from '../program/program.js';
import { evaluateCategory } from './evaluate-category.js';
import { readDraft } from './read-draft.js';
import { readOptions } from './read-options.js';
import type { CategoryRecommendation, EvaluateOptions, RequirementsResult } from './requirement.js';

/**
 * Every category the program offers for the application's endorsement (from `endorsement`, else
 * from its category's code, else both endorsements), evaluated as `evaluateRequirements` does and
 * ranked: met ones first, most advanced first (IMHM-C, IMHM-P, IMHM-RF, IMHS, IFRS, IFS, IFA; twins
 * rank alike), then unmet ones by fewest unmet requirements (every one with `met: false`, the exam
 * that comes `later` included), ties in that same order. Accepts a partial draft or any JSON value
 * and never throws on it.
 * @throws {TypeError} only for a malformed `asOf` or `locale` option.
 * @example
 * const [best] = recommendCategories(programs.alliance, { endorsement: 'IMH-E', training: [...] });
 * best?.category; // 'IFA'
 * best?.requirements.filter((r) => !r.met).map((r) => r.detail);
 */
export function recommendCategories(program: Program, application: unknown, options?: EvaluateOptions): CategoryRecommendation[] {
  const settings = readOptions(options);
  const facts = readDraft(application);
  const endorsements: readonly Endorsement[] = facts.endorsement
    ? [facts.endorsement]
    : facts.category
      ? [endorsementOf(facts.category)]
      : ENDORSEMENTS;
  const codes = endorsements.flatMap((e) => program.offers[e] ?? []);
  return rankRecommendations(
    codes.map((code): CategoryRecommendation => ({ ...evaluateCategory(program, code, facts, settings), category: code })),
  );
}

/**
 * Sorts in place as `recommendCategories` ranks: met first, most advanced first, then by fewest
 * unmet requirements, ties by advancement.
 */
export function rankRecommendations(results: CategoryRecommendation[]): CategoryRecommendation[] {
  return results.sort(compareRecommendations);
}

/** The order of `rankRecommendations`, as a comparator. */
export function compareRecommendations(a: CategoryRecommendation, b: CategoryRecommendation): number {
  return Number(b.met) - Number(a.met) || (a.met ? 0 : unmetCount(a) - unmetCount(b)) || rank(a.category) - rank(b.category);
}

// The contract's "fewest unmet requirements", read literally: every requirement with `met: false`,
// so the exam (`later`, which never makes a category unmet) counts as one more thing to do.
function unmetCount(result: RequirementsResult): number {
  return result.requirements.filter((r) => !r.met).length;
}

function rank(code: Code): number {
  return ADVANCEMENT_ORDER.indexOf(baseCodeOf(code));
}
