import { stepOfIssue, type Issue } from '@endorsement-kit/sdk/core';
import { fieldId, listPath, samePath } from '../view.js';
import type { Path, StepSpec } from '../sdk-types.js';
import type { SummaryItem } from '../fields/error-summary.js';

/** Every field path a step shows: its fields, its list and each entry's fields, its questions. */
export function stepPaths(step: StepSpec, get: (path: Path) => unknown): Path[] {
  const paths: Path[] = step.fields.map((f) => f.path);
  if (step.repeat) {
    const repeat = step.repeat;
    const list = listPath(repeat);
    paths.push(list);
    const entries = get(list);
    if (Array.isArray(entries)) entries.forEach((_, i) => repeat.itemFields.forEach((f) => paths.push([...list, i, ...f.path])));
  }
  for (const q of step.questions) paths.push(['answers', q.id]);
  return paths;
}

const within = (path: Path, prefix: Path) => prefix.length > 0 && samePath(prefix, path.slice(0, prefix.length));

/**
 * The index of the step an issue belongs to, by the SDK's `stepOfIssue` (the step `stepStatuses`
 * counts it on); 0 when none.
 */
export function stepOf(steps: StepSpec[], issue: Issue): number {
  const id = stepOfIssue(issue, steps);
  return Math.max(
    0,
    steps.findIndex((step) => step.id === id),
  );
}

/**
 * The error summary's items: each issue links to its field's control, or to the step heading when
 * it is about the step as a whole (e.g. "add 3 references").
 */
export function summaryItems(step: StepSpec, issues: readonly Issue[], get: (path: Path) => unknown): SummaryItem[] {
  // Rendered on every key: a list of 200 entries has a thousand paths, not worth making for no issue.
  if (issues.length === 0) return [];
  const paths = stepPaths(step, get);
  const controls = paths.filter((p) => !(step.repeat && samePath(p, listPath(step.repeat))));
  return issues.map((issue) => {
    const target =
      controls.find((p) => samePath(p, issue.path)) ?? controls.filter((p) => within(issue.path, p)).sort((a, b) => b.length - a.length)[0];
    return { message: issue.message, target: target ? fieldId(target) : 'ek-step-heading' };
  });
}
