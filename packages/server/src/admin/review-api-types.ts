// The workspace's JSON of reviews: the coordinator's (`/admin/api/records/{id}/review`) and the
// reviewer's (`/admin/api/reviews`), shared by the server's routes and the admin-ui. Types only.
import type { AreaRating, ReviewEvidence, ReviewRecommendation } from '@endorsement-kit/sdk';
import type { RequirementSummary, StepAnswers, WholeRecord } from './api-types.js';

/** One area of a checklist, in the program's language. */
export interface ChecklistArea {
  id: string;
  label: string;
  hint?: string | undefined;
}

/** A reviewer's checklist as saved (any part may be missing until it is submitted). */
export interface ChecklistValues {
  areas: Record<string, { rating?: AreaRating | undefined; evidence?: ReviewEvidence[] | undefined }>;
  comments: string;
  privateNote: string;
  recommendation?: ReviewRecommendation | undefined;
}

/** Where an assignment stands (`waiting`: the second of a sequential pair, until the first submits). */
export type AssignmentState = 'waiting' | 'assigned' | 'accepted' | 'declined' | 'conflict' | 'submitted' | 'withdrawn';

/** An assignment as the coordinator sees it: who, where it stands, and (once saved) the checklist with the private note. */
export interface AssignmentView {
  id: string;
  reviewer: { id: string; name: string; email: string };
  position: number;
  state: AssignmentState;
  responseNote: string | null;
  checklist: ChecklistValues;
  submittedAt: string | null;
}

/** One decision recorded on the application. */
export interface DecisionView {
  status: string;
  message: string | null;
  letter: string | null;
  decidedBy: string;
  decidedAt: string;
  certificateNumber: string | null;
  undone: boolean;
}

/** `GET /records/:id/review`: the review of an application for its coordinator. */
export interface CoordinatorReview {
  settings: { reviewers: 1 | 2; mode: 'parallel' | 'sequential' };
  areas: ChecklistArea[];
  assignments: AssignmentView[];
  /** The program's reviewers not assigned to this application now. */
  available: { id: string; name: string; email: string }[];
  /** The feedback letter's first draft, from the submitted reviewers' comments, in the applicant's language. */
  draftLetter: string;
  decisions: DecisionView[];
}

/** `POST /records/:id/review/assign`. */
export interface AssignBody {
  reviewerId: string;
}

/** `GET /reviews`: one application assigned to the signed-in reviewer. */
export interface ReviewSummary {
  applicationId: string;
  reference: string;
  program: string;
  name: string;
  category: string;
  categoryLabel: string;
  state: AssignmentState;
  assignedAt: string;
}

/**
 * `GET /reviews/:applicationId`: what a reviewer reads: the application's answers (raters' contact
 * details left out), its requirement summary, the checklist's areas, and their own assignment.
 */
export interface ReviewerView {
  application: {
    id: string;
    reference: string;
    name: string;
    programName: string;
    category: string;
    categoryLabel: string;
    endorsement: string;
    receivedAt: string;
  };
  steps: StepAnswers[];
  requirements: RequirementSummary;
  areas: ChecklistArea[];
  /** The sections evidence may point at, with the id of the answers' step each links to. */
  evidence: { value: ReviewEvidence; label: string; stepId: string }[];
  assignment: { state: AssignmentState; position: number; checklist: ChecklistValues; submittedAt: string | null };
}

/** `POST /reviews/:applicationId/respond`. */
export interface RespondBody {
  answer: 'accept' | 'decline' | 'conflict';
  note?: string | undefined;
}

/** `POST /reviews/:applicationId/checklist`: saves the checklist, and submits it when `submit`. */
export interface ChecklistBody extends ChecklistValues {
  submit: boolean;
}

/** `GET /records/:id/export` of an application: the whole record with its review (checklists, comments, recommendations) and decisions with their letters. */
export type WholeApplicationRecord = WholeRecord & {
  review?: { assignments: AssignmentView[]; decisions: DecisionView[] } | undefined;
  /** An amended application's every version, oldest first (issue 19, point 5). */
  versions?: { version: number; receivedAt: string; payload: unknown }[] | undefined;
};
