import { valueAsOf } from '../program/dated.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';
import { isRecord } from './value-at.js';

/**
 * The files a program requires (`uploads.resume` / `uploads.transcripts` set to `required` on
 * `asOf`): a `resume` document id, and a `transcriptCopy` for each degree (associate or higher;
 * a CDA credential has no transcript). Missing is a `required` issue at the field.
 */
export function checkDocuments(context: IssueContext, input: Readonly<Record<string, unknown>>, asOf: string): Issue[] {
  const { resume, transcripts } = context.program.uploads ?? {};
  const issues: Issue[] = [];
  if (resume && valueAsOf(resume, asOf) === 'required' && input['resume'] === undefined)
    issues.push(makeIssue(context, ['resume'], 'required'));
  const education = input['education'];
  if (transcripts && valueAsOf(transcripts, asOf) === 'required' && Array.isArray(education))
    education.forEach((entry: unknown, i) => {
      if (isRecord(entry) && entry['level'] !== 'cda' && entry['transcriptCopy'] === undefined)
        issues.push(makeIssue(context, ['education', i, 'transcriptCopy'], 'required'));
    });
  return issues;
}
