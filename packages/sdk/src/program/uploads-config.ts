import type { Dated } from './dated.js';

/**
 * The kinds of file an applicant may upload, by what the receiver reads in the file's bytes (not
 * its name): `pdf`, `jpeg`, `png`, `docx`.
 */
export const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png', 'docx'] as const;

/**
 * One of {@link DOCUMENT_TYPES}.
 * @example const type: DocumentType = 'pdf';
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The media type of each {@link DocumentType}, as the receiver stores and serves it. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentType, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * Whether the application asks for a kind of file: `off` (no file input), `optional`, or
 * `required` (validation asks for it; a transcript copy is required per degree, associate or higher).
 */
export type DocumentAsk = 'off' | 'optional' | 'required';

/**
 * What a program sets of the files applicants upload (`uploads` in its config, docs/programs.md):
 * every value may be {@link Dated}. Absent keys take the kit's defaults (see `documentSettings`).
 * @example
 * const uploads: UploadsConfig = { resume: 'optional', transcripts: [{ from: '2020-01-01', value: 'off' }, { from: '2027-01-01', value: 'optional' }] };
 */
export interface UploadsConfig {
  /** A resume or CV. @default 'off' */
  resume?: Dated<DocumentAsk>;
  /** A copy of the transcript of each degree (associate or higher). @default 'off' */
  transcripts?: Dated<DocumentAsk>;
  /** The file types accepted. @default ['pdf', 'jpeg', 'png', 'docx'] */
  types?: Dated<readonly DocumentType[]>;
  /** The largest file, in bytes. @default 10485760 (10 MB) */
  maxFileBytes?: Dated<number>;
  /** The most files one application may carry (the receiver also caps each upload session at it). @default 20 */
  maxFiles?: Dated<number>;
}
