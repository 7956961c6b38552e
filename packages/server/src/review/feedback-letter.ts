import type { Program } from '@endorsement-kit/sdk';
import { mailText, programWords } from '../mail/mail-text.js';
import type { RecordRow } from '../admin/record-queries.js';
import type { AssignmentRow } from './assignment-rows.js';

/**
 * The feedback letter's first draft, in the applicant's language: a greeting, then the submitted
 * reviewers' comments for the applicant as they wrote them (never their private notes), then the
 * association. The coordinator edits it before it is mailed with the decision.
 */
export function draftLetter(program: Program, record: RecordRow, assignments: readonly AssignmentRow[]): string {
  const words = programWords(program, record.locale, record.payload.category);
  const t = (key: string, params: Record<string, string> = {}) => mailText(program, record.locale, key, { ...words, ...params });
  const comments = assignments.filter((a) => a.state === 'submitted' && a.comments?.trim()).map((a) => a.comments!.trim());
  return [
    t('mail.greeting', { name: record.payload.applicant.givenName }),
    '',
    t(comments.length ? 'mail.review.letter.intro' : 'mail.review.letter.none'),
    ...comments.flatMap((comment) => ['', comment]),
    '',
    t('mail.signature'),
  ].join('\n');
}
