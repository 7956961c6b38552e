// The documents' part of the workspace API (docs/documents.md), shared by the server and admin-ui.

/** Where a degree's transcript is, as the coordinator records it. */
export const TRANSCRIPT_STATES = ['requested', 'received_by_mail', 'copy_uploaded', 'official_verified'] as const;

/**
 * One of {@link TRANSCRIPT_STATES}.
 * @example const state: TranscriptState = 'received_by_mail';
 */
export type TranscriptState = (typeof TRANSCRIPT_STATES)[number];

/**
 * A stored file of a record, as the coordinator sees it. `scan` is `unscanned` when the server has
 * no virus scanner (the page says "not virus-scanned").
 * @example { id: '5d1e…', kind: 'resume', fileName: 'cv.pdf', type: 'pdf', size: 48213, sha256: '9f86…', scan: 'clean', uploadedBy: 'applicant', uploadedAt: '2026-12-07T10:00:00.000Z' }
 */
export interface RecordDocumentView {
  id: string;
  /** `other`: a document a coordinator uploaded that is neither (a certificate, a letter). */
  kind: 'resume' | 'transcript' | 'other';
  /** The `education` entry a transcript belongs to. */
  education?: number;
  fileName: string;
  type: string;
  size: number;
  sha256: string;
  scan: 'clean' | 'unscanned';
  uploadedBy: string;
  uploadedAt: string;
}

/**
 * A degree of the application and where its transcript is: the coordinator's record of it, else
 * `copy_uploaded` when the applicant attached a copy, else `requested` when they said so.
 * @example { education: 0, institution: 'University of Alabama', level: 'master', state: 'received_by_mail', recordedBy: 'coordinator@example.org', recordedAt: '2026-12-07T10:00:00.000Z' }
 */
export interface TranscriptView {
  education: number;
  institution: string;
  level: string;
  /** The document id of a copy on file: the applicant's, else the latest a coordinator uploaded. */
  copy?: string;
  state: TranscriptState | null;
  /** Who set `state`, and when; absent while it follows from the application. */
  recordedBy?: string;
  recordedAt?: string;
}

/** `GET /admin/api/records/{id}/documents`. */
export interface RecordDocuments {
  /** False when the server has no virus scanner: files are "not virus-scanned". */
  scanned: boolean;
  documents: RecordDocumentView[];
  transcripts: TranscriptView[];
  /** What a coordinator's upload may be. */
  limits: UploadLimits;
}

/** What a coordinator uploads (`kind=` of `POST /admin/api/records/{id}/documents`). */
export const COORDINATOR_UPLOAD_KINDS = ['transcript', 'other'] as const;

/** What uploading a degree's transcript may record of it (`state=`): the coordinator chooses. */
export const COORDINATOR_UPLOAD_STATES = ['official_verified', 'copy_uploaded'] as const satisfies readonly TranscriptState[];

/**
 * One of {@link COORDINATOR_UPLOAD_STATES}.
 * @example const state: CoordinatorUploadState = 'official_verified';
 */
export type CoordinatorUploadState = (typeof COORDINATOR_UPLOAD_STATES)[number];

/**
 * The program's limits for files, shown beside the coordinator's file inputs (the same as the
 * applicant's: the server enforces them on every upload).
 * @example { types: ['pdf', 'jpeg', 'png', 'docx'], maxFileBytes: 10485760 }
 */
export interface UploadLimits {
  types: readonly string[];
  maxFileBytes: number;
}

/** `POST /admin/api/records/{id}/transcripts/{education}`. */
export interface TranscriptStateBody {
  state: TranscriptState;
}
