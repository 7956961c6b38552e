import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { Issue } from '../errors/issue.js';

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
  /** The revision this one was made on top of, and who wrote it: how a tab finds what two saves have in common. */
  parent?: { revision: number; writer?: string };
}

/** A tab's answers kept aside during a conflict, with the answers they were typed on top of. */
export interface UnsavedAnswers {
  value: ApplicationDraft;
  /** Absent when kept by an earlier version: every field that differs is then asked about. */
  base?: ApplicationDraft;
  /** The answers still to be chosen between when they were kept. */
  open?: { path: (string | number)[] }[];
}

/** Reads what `unsavedKey` holds, in this version's layout or the earlier one (the bare answers). */
export function readUnsaved(stored: unknown): UnsavedAnswers | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const kept = stored as Partial<UnsavedAnswers>;
  if (Object.hasOwn(kept, 'value') && typeof kept.value === 'object' && kept.value !== null) {
    const open = Array.isArray(kept.open) ? kept.open.filter((f) => Array.isArray(f?.path)) : [];
    return { value: kept.value, ...(kept.base ? { base: kept.base } : {}), open };
  }
  return { value: stored as ApplicationDraft };
}

/** The layout version written by this SDK. */
export const DRAFT_SCHEMA_VERSION = 2;

/** The store key of a draft. */
export const draftKey = (id: string): string => `draft:${id}`;
export const DRAFT_PREFIX = 'draft:';

/** The store key of a tab's answers kept aside during a conflict. */
export const unsavedKey = (id: string): string => `unsaved:${id}`;
