// The workspace's JSON API under `/admin/api`, as one set of types: the server's routes and
// presenter answer with them and the admin-ui reads them, so renaming a field fails `tsc` on both
// sides. Types only: the admin-ui's bundle takes nothing from here.
import type { RecordReinstatement } from '../endorsees/reinstatement-view.js';
import type { Application, EducationEntry, ReferenceEntry, Registration } from '@endorsement-kit/sdk';
import type { RecordKind } from '../records/record-kind.js';
import type { ApplicationStatus, RegistrationStatus, Stage } from './workflow.js';

export type { ApplicationStatus, RegistrationStatus, RecordKind, Stage };

/** Any record's status: a registration's or an application's. */
export type RecordStatus = RegistrationStatus | ApplicationStatus;

/** A program's words for the workspace, in its default language. */
export interface ProgramWords {
  id: string;
  name: string;
  locale: string;
  categories: { code: string; label: string }[];
  statuses: { value: RecordStatus; label: string }[];
}

/** `GET /me`: the signed-in staff member, their programs' words (as coordinator) and the programs they review for. */
export interface Me {
  email: string;
  programs: ProgramWords[];
  /** Programs in which this account is a reviewer: it sees only the applications assigned to it. */
  reviews: ProgramWords[];
}

/** The Endorsement Advisor a coordinator assigned (step 2). */
export interface Advisor {
  name: string;
  email: string;
}

/** A record in the list: who, what, and where it stands. */
export interface RecordSummary {
  id: string;
  /** The short reference the applicant reads out. */
  reference: string;
  kind: RecordKind;
  /** Where the applicant's thread stands (`stageOf`). */
  stage: Stage;
  /** An application's review cycle (`submittedBy` of `ReviewCycle`), when its program has review dates. */
  cycle: string | null;
  program: string;
  status: RecordStatus;
  receivedAt: string;
  /** The applicant's given and family names. */
  name: string;
  email: Registration['applicant']['email'];
  endorsement: Registration['endorsement'];
  category: Registration['category'];
  advisor: Advisor | null;
}

/**
 * A review cycle of a program: the applications received after the previous review date up to
 * `submittedBy` (its date in the receiver's `reviewDates`), counted by stage.
 * @example { program: 'first5-alabama', submittedBy: '2027-03-15', counts: { application: 4, review: 2, decided: 1 } }
 */
export interface ReviewCycle {
  program: string;
  submittedBy: string;
  counts: { application: number; review: number; decided: number };
}

/** `GET /records`: one page of the list, and the programs' review cycles. */
export interface RecordList {
  items: RecordSummary[];
  total: number;
  page: number;
  pageSize: number;
  cycles: ReviewCycle[];
}

/** One answer as the coordinator reads it. */
export interface AnswerRow {
  label: string;
  value: string;
}

/** One step of the form with the applicant's answers; a list step has one entry per item. */
export interface StepAnswers {
  id: string;
  title: string;
  rows: AnswerRow[];
  entries?: { title: string; rows: AnswerRow[] }[];
}

/** The state of one requirement as the applicant was shown it. */
export type RequirementState = 'met' | 'missing' | 'later';

/** The requirement summary the applicant saw, in the same words (the SDK's `detail`). */
export interface RequirementSummary {
  category: string;
  met: boolean;
  items: { id: string; state: RequirementState; detail: string }[];
}

/** A note a coordinator added (coordinators only). */
export interface Note {
  author: string;
  body: string;
  at: string;
}

/**
 * What an audit entry records besides who and when: the advisor assigned (`advisor_assigned`),
 * the status set and its message (`status_set`). Wiped (`null`) when the record is deleted.
 * @example { name: 'Ada Advisor', email: 'ada@advisors.example.org' }
 */
export interface AuditDetail {
  name?: string;
  email?: string;
  status?: RecordStatus;
  /** The status before this change: what an undo restores. */
  from?: RecordStatus;
  message?: string;
  /** A document downloaded, or the degree (education entry) whose transcript state was recorded. */
  document?: string;
  education?: number;
  state?: string;
  /** One of step 2's checks (`check_recorded`) and its state. */
  check?: string;
  /** Staff changes (`staff_invited`, `staff_removed`): the role. */
  role?: string;
}

/** One line of a record's audit log: who did what, when. */
export interface AuditEntry {
  actor: string;
  action: string;
  detail: AuditDetail | null;
  at: string;
}

/**
 * Where a mail stands: `queued` (waiting to be sent), `failed` (the mail server refused or could
 * not be reached; it is tried again later), `sent` (the mail server took it), `printed` (no mail
 * server is configured: written to the log's console instead).
 */
export type MailState = 'queued' | 'failed' | 'sent' | 'printed';

/** A mail about the record, as the outbox keeps it: to whom, and where it stands. */
export interface MailLine {
  purpose: string;
  recipient: string;
  state: MailState;
  /** When it was written to the outbox. */
  at: string;
}

/**
 * An application's transcripts and references: each code with its words (`levelLabel`,
 * `transcriptLabel`, `roleLabel`: the SDK's labels of those options, in the program's language).
 * @example { transcripts: [{ level: 'bachelor', levelLabel: 'Bachelor’s degree', institution: 'University of Alabama', transcript: 'requested', transcriptLabel: 'Requested' }], references: [] }
 */
export interface Paperwork {
  transcripts: {
    level: EducationEntry['level'];
    levelLabel: string;
    institution: string;
    transcript: EducationEntry['transcript'];
    transcriptLabel: string;
  }[];
  references: { name: string; role: ReferenceEntry['role']; roleLabel: string; endorsed: boolean; waiveRight: boolean }[];
}

/** One of step 2's checks as the coordinator recorded it. */
export interface StepTwoCheck {
  state: 'confirmed' | 'problem';
  note?: string | undefined;
  by: string;
  at: string;
}

/** Step 2's checks of a registration, by check; absent = not recorded yet. */
export type StepTwoChecks = Partial<Record<'membership' | 'fee' | 'category', StepTwoCheck>>;

/** `POST /records/:id/checks`: records one of step 2's checks (on a registration, or an application's registration). */
export interface CheckBody {
  check: keyof StepTwoChecks;
  state: StepTwoCheck['state'];
  note?: string | undefined;
}

/** `POST /records/:id/decline` and `/return`: a registration declined or returned, with the applicant's message. */
export interface MessageBody {
  message: string;
}

/** The other records of the applicant's thread (an application's registration, a registration's applications). */
export interface ThreadEntry {
  id: string;
  kind: RecordKind;
  reference: string;
  status: RecordStatus;
  receivedAt: string;
  acceptedAt: string | null;
}

/** `GET /records/:id`: a record with its answers, requirements, paperwork, notes, mails and history. */
export interface RecordDetail {
  record: RecordSummary & { locale: string; statusMessage: string | null; acceptedAt: string | null; programName: string };
  /** Step 2's checks (the registration's). */
  checks: StepTwoChecks;
  /** The applicant's other records: one applicant, one thread. */
  thread: ThreadEntry[];
  /** Whether the latest status change can be undone (`POST /records/:id/undo`). */
  undoable: boolean;
  steps: StepAnswers[];
  requirements?: RequirementSummary | undefined;
  transcripts: Paperwork['transcripts'];
  references: Paperwork['references'];
  mails: MailLine[];
  notes: Note[];
  audit: AuditEntry[];
  /** The reinstatement after removal this record belongs to (docs/renewal.md, "Reinstatement"), if any. */
  reinstatement?: RecordReinstatement | undefined;
}

/** `GET /records/:id/export`: the whole record for a data request, its payload as received. */
export type WholeRecord = RecordSummary & {
  locale: string;
  statusMessage: string | null;
  payload: Registration | Application;
  notes: Note[];
  audit: AuditEntry[];
};

/** One application of `GET /export.json`, its requirements by id. */
export type ApplicationExport = RecordSummary & {
  requirementsMet: boolean;
  requirements: Record<string, { state: RequirementState; detail: string }>;
};

/** The answer to a change that worked. */
export interface Done {
  ok: true;
}

/** One problem with a request's body, on the path of its field. */
export interface ApiIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** A refused request: a code and a sentence for people (`422` answers `{ issues }` instead). */
export interface ApiErrorBody {
  error: string;
  message: string;
}

/** `POST /session`: signing in. */
export interface SignInBody {
  email: string;
  password: string;
}

/** `POST /password`: choosing a password with a set-password link's token. */
export interface PasswordBody {
  token: string;
  password: string;
}

/**
 * `POST /records/:id/status`; `message` is what `more_information_needed` asks the applicant for
 * (required then), or the coordinator's word with any other status; `letter` is a decision's
 * feedback letter (drafted from the reviewers' comments, `GET /records/:id/review`). Each change is
 * mailed to the applicant in their language; `endorsed` attaches the certificate.
 */
export interface StatusBody {
  status: ApplicationStatus;
  message?: string | undefined;
  letter?: string | undefined;
}

/** `POST /records/:id/notes`. */
export interface NoteBody {
  body: string;
}

/** `GET /staff`: one member of the coordinator's programs' staff. */
export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  program: string;
  role: 'coordinator' | 'reviewer';
  /** False until they used their set-password link. */
  passwordSet: boolean;
  /** The signed-in coordinator themselves (they cannot remove themselves). */
  you: boolean;
}

/** `POST /staff`: invites a coordinator or a reviewer to a program; they are mailed a one-time link. */
export interface StaffInviteBody {
  program: string;
  email: string;
  name: string;
  role: 'coordinator' | 'reviewer';
  /** The language of their mails (the invitation, review requests and reminders); default the program's. */
  locale?: 'en' | 'es' | undefined;
}

/** `POST /staff/:id/remove`: removes them from a program (their sessions end, their open reviews are withdrawn). */
export interface StaffRemoveBody {
  program: string;
}
