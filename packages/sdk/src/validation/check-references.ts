import { emailSchema } from '../schema/payload-schemas.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';
import { isRecord } from './value-at.js';

// Addresses compare as people read them: "Ana@Example.org " is ana@example.org.
const normalized = (email: string) => email.trim().toLowerCase();

/**
 * Each reference has an email address of its own: a later reference whose address is an earlier
 * one's, whatever the case or surrounding spaces, is an issue at its `email` naming that earlier
 * reference (`{number}`, 1-based); a reference with the applicant's own address is `own_email`
 * (someone else must rate the applicant). An address already wrong in format gets that issue only.
 */
export function checkReferences(context: IssueContext, input: Readonly<Record<string, unknown>>): Issue[] {
  const list = input['references'];
  if (!Array.isArray(list)) return [];
  const applicant = input['applicant'];
  const own =
    isRecord(applicant) && typeof applicant['email'] === 'string' && /\S/.test(applicant['email'])
      ? normalized(applicant['email'])
      : undefined;
  const firstWith = new Map<string, number>();
  const issues: Issue[] = [];
  list.forEach((entry: unknown, i) => {
    const email = isRecord(entry) ? entry['email'] : undefined;
    if (typeof email !== 'string' || !/\S/.test(email)) return;
    const key = normalized(email);
    const earlier = firstWith.get(key);
    const wellFormed = emailSchema.safeParse(email).success;
    if (key === own && wellFormed) issues.push(makeIssue(context, ['references', i, 'email'], 'own_email'));
    else if (earlier === undefined) firstWith.set(key, i);
    else if (wellFormed) issues.push(makeIssue(context, ['references', i, 'email'], 'duplicate_email', { number: earlier + 1 }));
  });
  return issues;
}
