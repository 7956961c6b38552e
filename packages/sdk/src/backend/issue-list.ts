import type { Issue } from '../errors/issue.js';

/**
 * The issues of a 422 body `{ issues: [{ path, message, code? }] }` without zod (the reference
 * clients run on the rater's page, which carries no schema library); `code` defaults to `server`.
 */
export function parseIssueList(body: unknown): Issue[] | undefined {
  const list = typeof body === 'object' && body !== null && 'issues' in body ? body.issues : undefined;
  if (!Array.isArray(list)) return undefined;
  const issues: Issue[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { path, message, code } = item as Record<string, unknown>;
    if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || typeof s === 'number') || typeof message !== 'string')
      return undefined;
    issues.push({ path: path as (string | number)[], message, code: typeof code === 'string' ? code : 'server' } as Issue);
  }
  return issues;
}
