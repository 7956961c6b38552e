// The workspace's JSON of reference requests (`/admin/api/records/{id}/references`), shared by the
// server's routes and the admin-ui. Types only.
import type { RaterAnswersDraft, RatingFlag, ReferenceRequestState, ReferenceRole } from '@endorsement-kit/sdk';

/** One mail about a request, as the outbox kept it. */
export interface ReferenceMailLogEntry {
  purpose: string;
  recipient: string;
  /** pending, sent, printed (no SMTP server) or refused (the address was refused for good). */
  state: string;
  createdAt: string;
  sentAt: string | null;
}

/** One line of a request's audit: who did what, when. */
export interface ReferenceAuditEntry {
  actor: string;
  action: string;
  at: string;
}

/**
 * A request as the COORDINATOR sees it: everything, the rater's answers, the computed validity and
 * flags, the mail log and the audit.
 */
export interface CoordinatorReferenceView {
  id: string;
  name: string;
  email: string;
  role: ReferenceRole;
  waiveRight: boolean;
  note: string | null;
  language: string;
  state: ReferenceRequestState;
  sentAt: string | null;
  expiresAt: string | null;
  submittedAt: string | null;
  declineNote: string | null;
  /** Submitted and counted (not too many "not enough information"), before any exclusion. */
  counted: boolean | null;
  notEnoughInformation: number | null;
  flags: RatingFlag[];
  /** Set aside by a coordinator: kept, but it does not count. */
  excluded: boolean;
  /** A non-endorsed rater the association vetted: counts as endorsed. */
  vetted: boolean;
  replacedBy: string | null;
  answers: RaterAnswersDraft | null;
  mails: ReferenceMailLogEntry[];
  audit: ReferenceAuditEntry[];
}

/** `GET /admin/api/records/{id}/references`: a registration's requests and how they fill the category's slots. */
export interface CoordinatorReferences {
  requests: CoordinatorReferenceView[];
  /** The program lets the coordinator release an unwaived, submitted form (`unwaivedRelease: 'on-request'`). */
  releaseOffered: boolean;
  slots: { id: string; label: string; have: number; need: number; met: boolean }[];
}

/** `POST …/references/{requestId}/exclude`. */
export interface ReferenceExcludeBody {
  excluded: boolean;
}

/** `POST …/references/{requestId}/vetted`. */
export interface ReferenceVettedBody {
  vetted: boolean;
}
