// The documents' wire (docs/documents.md, docs/openapi.yaml):
//   POST   /api/uploads                                 { program } -> 201 UploadSession
//   PUT    /api/uploads/{upload}/documents/{document}   the file's bytes -> 201 (200 again) DocumentReceipt
//   GET    /api/uploads/{upload}/documents/{document}   -> 200 UploadOffset (bytes the receiver has), 404 none
//   PATCH  /api/uploads/{upload}/documents/{document}   Upload-Offset + the rest -> 201 DocumentReceipt (204 not whole yet)
//   DELETE /api/uploads/{upload}/documents/{document}   -> 200 { ok: true } (409 once sent)
// Every call but the first carries the session's token in UPLOAD_TOKEN_HEADER.

/**
 * The header that carries an upload session's token (never the URL).
 * @example headers: { [UPLOAD_TOKEN_HEADER]: session.token }
 */
export const UPLOAD_TOKEN_HEADER = 'Endorsement-Upload-Token';
/** The header that names what a file is for: `resume` or `transcript`. */
export const DOCUMENT_KIND_HEADER = 'Endorsement-Document-Kind';
/** The header that carries the file's name, percent-encoded (`encodeURIComponent`): shown to staff, never trusted. */
export const DOCUMENT_NAME_HEADER = 'Endorsement-Document-Name';

/**
 * The header of a continuation (`PATCH`): where its bytes start in the file, which must be the
 * receiver's `offset` (as in the tus 1.0 core protocol; else 409 `offset_mismatch`).
 */
export const UPLOAD_OFFSET_HEADER = 'Upload-Offset';

/** What a file is for. */
export const DOCUMENT_KINDS = ['resume', 'transcript'] as const;

/**
 * One of {@link DOCUMENT_KINDS}.
 * @example const kind: DocumentKind = 'transcript';
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The answer to `POST /api/uploads`: a session the draft keeps (with its files) until it is sent.
 * The token is shown once; the receiver keeps only its hash.
 * @example const session: UploadSession = { id: '0b7c…', token: 'k3…', maxFileBytes: 10485760, maxFiles: 20, types: ['pdf'] };
 */
export interface UploadSession {
  id: string;
  token: string;
  maxFileBytes: number;
  maxFiles: number;
  types: readonly string[];
}

/**
 * The answer to a stored upload. `scan` is `clean` when the receiver's virus scanner passed the
 * file, `unscanned` when it has none.
 * @example const stored: DocumentReceipt = { id: '5d1e…', kind: 'resume', type: 'pdf', size: 48213, sha256: '9f86…', scan: 'clean' };
 */
export interface DocumentReceipt {
  id: string;
  kind: DocumentKind;
  type: string;
  size: number;
  sha256: string;
  scan: 'clean' | 'unscanned';
}

/**
 * The answer to `GET /api/uploads/{upload}/documents/{document}`: how many of the file's bytes the
 * receiver has (`offset`), of `length`. A file the network cut off is continued from `offset`
 * with a `PATCH`; `offset === length` once it is whole (send an empty `PATCH` to have it stored,
 * or it is stored already).
 * @example const where: UploadOffset = { offset: 262144, length: 1048576 };
 */
export interface UploadOffset {
  offset: number;
  length: number;
}
