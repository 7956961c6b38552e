import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { Issue } from '../validation/issue.js';

/** What a submission sends: the registration or the application. */
export type SubmissionKind = 'registration' | 'application';

/**
 * A registration or submission whose outcome is not known yet (sending, timed out, offline):
 * its idempotency key is kept with the draft so any retry, after a reload or a crash, is the same
 * submission to the backend.
 */
export interface PendingSubmission {
  kind: SubmissionKind;
  idempotencyKey: string;
  /** The payload as it was validated, sent as is on every retry. */
  payload: Record<string, unknown>;
  createdAt: string;
  /** Waiting for the browser to be back online. */
  offline?: boolean;
}

/**
 * At most one pending submission of each kind.
 * @example draft.pendingOf('registration')?.idempotencyKey // the key its retries carry
 */
export type PendingSubmissions = { [K in SubmissionKind]?: PendingSubmission };

/** A draft as stored. `schemaVersion` is the version of this record's layout. */
export interface DraftRecord {
  id: string;
  program: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Grows by one on every save; a save based on an older revision is a conflict. */
  revision: number;
  value: ApplicationDraft;
  /** The server's issues from a 422, until their fields change. */
  issues?: Issue[];
  /**
   * The registration and the application whose outcome is not known yet, each with its own key:
   * a registration still unanswered keeps its key while the application is sent, and the other way round.
   */
  pending?: PendingSubmissions;
  registration?: Receipt;
  receipt?: Receipt;
  /** Which client instance (tab) wrote this revision. */
  writer?: string;
}

/** The layout version written by this SDK. */
export const DRAFT_SCHEMA_VERSION = 2;

/** The store key of a draft. */
export const draftKey = (id: string): string => `draft:${id}`;
export const DRAFT_PREFIX = 'draft:';

/** The store key of a tab's answers kept aside during a conflict. */
export const unsavedKey = (id: string): string => `unsaved:${id}`;
