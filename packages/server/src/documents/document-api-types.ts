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
  kind: 'resume' | 'transcript';
  /** The `education` entry a transcript copy belongs to. */
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
  /** The document id of the applicant's copy, when they attached one. */
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
}

/** `POST /admin/api/records/{id}/transcripts/{education}`. */
export interface TranscriptStateBody {
  state: TranscriptState;
}
