import { randomUUID } from 'node:crypto';
import { checklistIssues, competencyAreas, reviewSettings, type Code, type Program, type ReviewChecklist } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { audit } from '../admin/record-actions.js';
import type { RecordRow } from '../admin/record-queries.js';
import { assignmentsOf, OPEN_STATES, type AssignmentRow } from './assignment-rows.js';
import { scheduleReviewReminders } from './review-reminders.js';

/** What an action on an assignment answers: done, or why not (a client's mistake, never a 5xx). */
export type AssignmentResult =
  | { ok: true }
  | { ok: false; status: 404 | 409; error: string; message: string }
  | { ok: false; status: 422; issues: { path: (string | number)[]; code: string; message: string }[] };

const refused = (status: 404 | 409, error: string, message: string): AssignmentResult => ({ ok: false, status, error, message });

/**
 * The mail that asks a reviewer to review, in their language (else the program's), with the
 * workspace link; and the reminders that follow it while the review is not submitted.
 */
async function mailReviewer(
  tx: Sql,
  program: Program,
  record: RecordRow,
  reviewer: { assignment: string; email: string; locale: string | null },
  linkBase: string,
): Promise<void> {
  const locale = reviewer.locale ?? program.defaultLocale;
  const words = programWords(program, locale, record.payload.category);
  const t = (key: string, params: Record<string, string> = {}) => mailText(program, locale, key, { ...words, ...params });
  await enqueueMails(tx, record.program, record.id, [
    {
      purpose: 'review-assigned',
      recipient: reviewer.email,
      subject: t('mail.review.assigned.subject'),
      body: t('mail.review.assigned.body', { link: `${linkBase}/admin/reviews/${record.id}` }),
      fromName: words.program,
    },
  ]);
  await scheduleReviewReminders(tx, { id: reviewer.assignment, program: record.program }, new Date(), linkBase);
}

/**
 * The coordinator assigns a reviewer of the program to an application, up to the program's
 * `review.reviewers`. In `sequential` mode the second waits (unseen) until the first submits;
 * otherwise the reviewer is mailed at once. Audited with the reviewer's name and email.
 */
export async function assignReviewer(
  db: Database,
  program: Program,
  record: RecordRow,
  reviewerId: string,
  actor: string,
  linkBase: string,
): Promise<AssignmentResult> {
  const settings = reviewSettings(program);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ email: string; name: string | null; locale: string | null }>(
      `select c.email, c.name, c.locale from coordinator_programs p join coordinators c on c.id = p.coordinator_id
        where p.coordinator_id = $1 and p.program = $2 and p.role = 'reviewer'`,
      [reviewerId, record.program],
    );
    const reviewer = rows[0];
    if (!reviewer) return refused(404, 'not_a_reviewer', 'This person is not a reviewer of the program.');
    // The application's row is locked: two assignments at once cannot both take the last place.
    await tx.query('select id from records where id = $1 for update', [record.id]);
    const open = (await assignmentsOf(tx, record.id)).filter((a) => OPEN_STATES.includes(a.state));
    if (open.some((a) => a.reviewer_id === reviewerId)) return refused(409, 'already_assigned', 'This reviewer is assigned already.');
    if (open.length >= settings.reviewers)
      return refused(409, 'enough_reviewers', `The program has ${settings.reviewers} reviewer(s) per application.`);
    const position = Math.max(0, ...open.map((a) => a.position)) + 1;
    const waits = settings.mode === 'sequential' && open.some((a) => a.state !== 'submitted');
    const id = randomUUID();
    await tx.query(
      'insert into review_assignments (id, application_id, program, reviewer_id, position, state) values ($1, $2, $3, $4, $5, $6)',
      [id, record.id, record.program, reviewerId, position, waits ? 'waiting' : 'assigned'],
    );
    if (!waits) await mailReviewer(tx, program, record, { assignment: id, email: reviewer.email, locale: reviewer.locale }, linkBase);
    await audit(tx, record, actor, 'reviewer_assigned', { name: reviewer.name ?? reviewer.email, email: reviewer.email });
    return { ok: true };
  });
}

/** The coordinator withdraws an assignment that is not submitted; the next waiting reviewer, if any, is asked. */
export async function withdrawAssignment(
  db: Database,
  program: Program,
  record: RecordRow,
  assignmentId: string,
  actor: string,
  linkBase: string,
): Promise<AssignmentResult> {
  return db.transaction(async (tx) => {
    const all = await assignmentsOf(tx, record.id);
    const target = all.find((a) => a.id === assignmentId);
    if (!target) return refused(404, 'not_found', 'This application has no such assignment.');
    if (!['waiting', 'assigned', 'accepted'].includes(target.state)) return refused(409, 'closed', 'Only an open assignment is withdrawn.');
    await tx.query("update review_assignments set state = 'withdrawn', updated_at = now() where id = $1", [target.id]);
    await audit(tx, record, actor, 'reviewer_withdrawn', {
      name: target.reviewer_name ?? target.reviewer_email,
      email: target.reviewer_email,
    });
    await startNext(tx, program, record, linkBase);
    return { ok: true };
  });
}

/** In sequential mode: once no one before is still at work, the first waiting reviewer is asked. */
async function startNext(tx: Sql, program: Program, record: RecordRow, linkBase: string): Promise<void> {
  const all = await assignmentsOf(tx, record.id);
  if (all.some((a) => a.state === 'assigned' || a.state === 'accepted')) return;
  const next = all.filter((a) => a.state === 'waiting').sort((a, b) => a.position - b.position)[0];
  if (!next) return;
  await tx.query("update review_assignments set state = 'assigned', updated_at = now() where id = $1", [next.id]);
  await mailReviewer(tx, program, record, { assignment: next.id, email: next.reviewer_email, locale: next.reviewer_locale }, linkBase);
}

/** The reviewer accepts the review, declines it, or declares a conflict of interest (audited, with their note). */
export async function respond(
  db: Database,
  program: Program,
  record: RecordRow,
  assignment: AssignmentRow,
  answer: 'accept' | 'decline' | 'conflict',
  note: string | null,
  linkBase: string,
): Promise<AssignmentResult> {
  if (assignment.state !== 'assigned') return refused(409, 'answered', 'You have answered this request already.');
  const state = answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'conflict';
  return db.transaction(async (tx) => {
    await tx.query('update review_assignments set state = $2, response_note = $3, updated_at = now() where id = $1', [
      assignment.id,
      state,
      note,
    ]);
    await audit(tx, record, assignment.reviewer_email, `review_${state}`, {
      name: assignment.reviewer_name ?? assignment.reviewer_email,
      ...(note ? { message: note } : {}),
    });
    if (state !== 'accepted') await startNext(tx, program, record, linkBase);
    return { ok: true };
  });
}

/**
 * Saves the reviewer's checklist (a draft: any part may be missing), or submits it: then every
 * area of the category must be rated (evidence for `met`) and one recommendation chosen, as
 * `checklistIssues` says, and in sequential mode the next reviewer is asked.
 */
export async function saveChecklist(
  db: Database,
  program: Program,
  record: RecordRow,
  assignment: AssignmentRow,
  checklist: ReviewChecklist,
  submit: boolean,
  linkBase: string,
): Promise<AssignmentResult> {
  if (assignment.state !== 'accepted')
    return refused(
      409,
      assignment.state === 'submitted' ? 'submitted' : 'not_accepted',
      'Only an accepted, unsubmitted review can be changed.',
    );
  const areas = competencyAreas(program, record.payload.category as Code, new Date(record.received_at).toISOString().slice(0, 10));
  const known = new Set(areas.map((area) => area.id));
  const unknown = Object.keys(checklist.areas).filter((id) => !known.has(id));
  if (unknown.length)
    return {
      ok: false,
      status: 422,
      issues: unknown.map((id) => ({ path: ['areas', id], code: 'unknown_area', message: 'This category has no such area.' })),
    };
  if (submit) {
    const issues = checklistIssues(areas, checklist);
    if (issues.length) return { ok: false, status: 422, issues };
  }
  return db.transaction(async (tx) => {
    await tx.query(
      `update review_assignments set areas = $2, comments = $3, private_note = $4, recommendation = $5, updated_at = now(),
         state = case when $6 then 'submitted' else state end, submitted_at = case when $6 then now() else submitted_at end
       where id = $1`,
      [assignment.id, JSON.stringify(checklist.areas), checklist.comments, checklist.privateNote, checklist.recommendation ?? null, submit],
    );
    if (submit) {
      await audit(tx, record, assignment.reviewer_email, 'review_submitted', {
        name: assignment.reviewer_name ?? assignment.reviewer_email,
      });
      await startNext(tx, program, record, linkBase);
    }
    return { ok: true };
  });
}
