import {
  competencyAreas,
  getSteps,
  localize,
  reviewSettings,
  translate,
  type Code,
  type Program,
  type RatingSummary,
} from '@endorsement-kit/sdk';
import type { RecordRow } from '../admin/record-queries.js';
import { answersByStep, requirementSummary } from '../admin/record-view.js';
import type { StepAnswers } from '../admin/api-types.js';
import type {
  AssignmentView,
  ChecklistArea,
  CoordinatorReview,
  DecisionView,
  ReviewerView,
  ReviewSummary,
} from '../admin/review-api-types.js';
import type { AssignmentRow } from './assignment-rows.js';
import { draftLetter } from './feedback-letter.js';
import type { DecisionRow } from './decision.js';

const iso = (value: Date | string) => new Date(value).toISOString();

const EVIDENCE_STEPS = {
  education: 'education',
  work: 'work',
  training: 'training',
  rsc: 'rsc-received',
  leadership: 'leadership',
  references: 'references',
} as const;

/** The checklist's areas for the application's category, on the day it was received, in `locale`. */
export function areasOf(program: Program, record: RecordRow, locale: string): ChecklistArea[] {
  return competencyAreas(program, record.payload.category as Code, iso(record.received_at).slice(0, 10)).map((area) => ({
    id: area.id,
    label: localize(area.label, locale),
    ...(area.hint ? { hint: localize(area.hint, locale) } : {}),
  }));
}

const checklistOf = (row: AssignmentRow) => ({
  areas: row.areas ?? {},
  comments: row.comments ?? '',
  privateNote: row.private_note ?? '',
  ...(row.recommendation ? { recommendation: row.recommendation } : {}),
});

/** The coordinator's view of an application's review. */
export function coordinatorReview(
  program: Program,
  record: RecordRow,
  assignments: readonly AssignmentRow[],
  reviewers: readonly { id: string; name: string | null; email: string }[],
  decisions: readonly DecisionRow[],
): CoordinatorReview {
  const settings = reviewSettings(program);
  const open = new Set(assignments.filter((a) => !['declined', 'conflict', 'withdrawn'].includes(a.state)).map((a) => a.reviewer_id));
  return {
    settings: { reviewers: settings.reviewers, mode: settings.mode },
    areas: areasOf(program, record, program.defaultLocale),
    assignments: assignments.map((a): AssignmentView => ({
      id: a.id,
      reviewer: { id: a.reviewer_id, name: a.reviewer_name ?? a.reviewer_email, email: a.reviewer_email },
      position: a.position,
      state: a.state,
      responseNote: a.response_note,
      checklist: checklistOf(a),
      submittedAt: a.submitted_at && iso(a.submitted_at),
    })),
    available: reviewers.filter((r) => !open.has(r.id)).map((r) => ({ id: r.id, name: r.name ?? r.email, email: r.email })),
    draftLetter: draftLetter(program, record, assignments),
    decisions: decisions.map((d): DecisionView => ({
      status: d.status,
      message: d.message,
      letter: d.letter,
      decidedBy: d.decided_by,
      decidedAt: iso(d.decided_at),
      certificateNumber: d.certificate_number,
      undone: d.undone_at !== null,
    })),
  };
}

/** The reviewer's list entry for one assignment. */
export function reviewSummary(program: Program, record: RecordRow, row: AssignmentRow): ReviewSummary {
  const { applicant, category } = record.payload;
  return {
    applicationId: record.id,
    reference: record.reference,
    program: record.program,
    name: `${applicant.givenName} ${applicant.familyName}`.trim(),
    category,
    categoryLabel: localize(program.categories[category]?.label ?? category, program.defaultLocale),
    state: row.state,
    assignedAt: iso(row.created_at),
  };
}

/** The application's answers without the raters' contact details (their email addresses). */
function withoutRaterContacts(program: Program, record: RecordRow, locale: string): StepAnswers[] {
  const steps = answersByStep(program, record.kind, record.payload, locale);
  const references = getSteps(program, { form: 'application', category: record.payload.category }).find((s) => s.id === 'references');
  const hidden = new Set(
    (references?.repeat?.itemFields ?? [])
      .filter((field) => field.path.some((key) => key === 'email' || key === 'phone'))
      .map((field) => translate(program, locale, field.labelKey)),
  );
  return steps.map((step) =>
    step.id !== 'references' || !step.entries
      ? step
      : { ...step, entries: step.entries.map((entry) => ({ ...entry, rows: entry.rows.filter((row) => !hidden.has(row.label)) })) },
  );
}

/** What the assigned reviewer reads and fills in. */
export function reviewerView(
  program: Program,
  record: RecordRow & { kind: 'application' },
  row: AssignmentRow,
  ratings: readonly RatingSummary[] | undefined,
): ReviewerView {
  const locale = program.defaultLocale;
  const { applicant, category, endorsement } = record.payload;
  const steps = withoutRaterContacts(program, record, locale);
  const present = new Set(steps.map((step) => step.id));
  return {
    application: {
      id: record.id,
      reference: record.reference,
      name: `${applicant.givenName} ${applicant.familyName}`.trim(),
      programName: localize(program.name, locale),
      category,
      categoryLabel: localize(program.categories[category]?.label ?? category, locale),
      endorsement,
      receivedAt: iso(record.received_at),
    },
    steps,
    requirements: requirementSummary(program, record.payload, iso(record.received_at), locale, ratings),
    areas: areasOf(program, record, locale),
    evidence: Object.entries(EVIDENCE_STEPS)
      .filter(([, stepId]) => present.has(stepId))
      .map(([value, stepId]) => ({
        value: value as keyof typeof EVIDENCE_STEPS,
        label: steps.find((step) => step.id === stepId)!.title,
        stepId,
      })),
    assignment: {
      state: row.state,
      position: row.position,
      checklist: checklistOf(row),
      submittedAt: row.submitted_at && iso(row.submitted_at),
    },
  };
}
