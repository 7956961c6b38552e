import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { DocumentKind, DocumentReceipt, DocumentSettings } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import type { DocumentsContext } from './documents-context.js';
import { findDocument, insertDocument, type DocumentRow, type StoredKind } from './document-rows.js';
import { readUpload } from './read-upload.js';
import { sniffType } from './sniff-type.js';

/** What became of an upload: stored (or stored before), or refused with a status and error code. */
export type StoreOutcome =
  { ok: true; created: boolean; receipt: DocumentReceipt } | { ok: false; status: 400 | 413 | 415 | 422; error: string; message: string };

/** What a stored document answers with. */
export const receiptOf = (row: Pick<DocumentRow, 'id' | 'kind' | 'file_type' | 'size' | 'sha256' | 'scan'>): DocumentReceipt => ({
  id: row.id,
  // Only a coordinator's files are `other`, and they have no receipt of the applicant's kind.
  kind: row.kind as DocumentKind,
  type: row.file_type,
  size: Number(row.size),
  sha256: row.sha256,
  scan: row.scan,
});

/** Who a stored file is for: the applicant's upload session, or (a coordinator's) the record itself. */
export interface UploadTarget {
  id: string;
  uploadId: string | null;
  recordId: string | null;
  program: string;
  kind: StoredKind;
  fileName: string;
  uploadedBy: string;
  /** A coordinator's transcript: the index of its degree in the application's `education`. */
  educationIndex?: number | undefined;
}

const tooLarge = (settings: DocumentSettings): StoreOutcome => ({
  ok: false,
  status: 413,
  error: 'too_large',
  message: `A file may be at most ${settings.maxFileBytes} bytes.`,
});

/**
 * Reads an upload into quarantine (the size limit enforced while reading, sha256 on the way),
 * then has `finishUpload` check and store it. Nothing refused is kept; the quarantine file is
 * always deleted. `onCut` is given what arrived of a body that stopped half way (it then owns the
 * file: `resumable-upload.ts` keeps it to be continued). A scanner that cannot answer throws
 * (`ScannerUnavailableError`): the caller answers 503.
 */
export async function storeUpload(
  db: Database,
  documents: DocumentsContext,
  request: Request,
  target: UploadTarget,
  settings: DocumentSettings,
  onCut?: (kept: { path: string; size: number }) => Promise<void>,
): Promise<StoreOutcome> {
  const upload = await readUpload(request, documents.quarantine, settings.maxFileBytes, { keepCut: onCut !== undefined });
  if (!upload.ok) {
    if (upload.reason === 'too_large') return tooLarge(settings);
    if (upload.reason === 'empty') return { ok: false, status: 400, error: 'empty_file', message: 'The file is empty.' };
    if (upload.kept) await onCut?.(upload.kept).finally(() => rm(upload.kept!.path, { force: true }));
    return { ok: false, status: 400, error: 'incomplete_body', message: 'The file did not arrive whole; send it again.' };
  }
  try {
    return await finishUpload(db, documents, upload, target, settings);
  } finally {
    await rm(upload.path, { force: true });
  }
}

/**
 * Takes a whole file in quarantine through the checks every upload passes: its type read from its
 * bytes, the scanner (when there is one), then the store and its row. The caller deletes the
 * quarantine file. A scanner that cannot answer throws (`ScannerUnavailableError`).
 */
export async function finishUpload(
  db: Database,
  documents: DocumentsContext,
  upload: { path: string; size: number; sha256: string },
  target: UploadTarget,
  settings: DocumentSettings,
): Promise<StoreOutcome> {
  if (upload.size > settings.maxFileBytes) return tooLarge(settings);
  if (upload.size === 0) return { ok: false, status: 400, error: 'empty_file', message: 'The file is empty.' };
  const sniffed = await sniffType(upload.path);
  if (!sniffed || !settings.types.includes(sniffed.type))
    return {
      ok: false,
      status: 415,
      error: 'type_not_allowed',
      message: `The file's content is not one of the accepted types (${settings.types.join(', ')}).`,
    };
  const verdict = documents.scanner ? await documents.scanner.scan(upload.path) : undefined;
  if (verdict && !verdict.clean) return { ok: false, status: 422, error: 'infected', message: 'The virus scanner refused this file.' };
  // A key of its own per upload: two racing sends of one id never write over each other's file.
  const key = `documents/${randomUUID()}`;
  await documents.store.put(key, upload.path, upload.size, sniffed.mediaType);
  const row = {
    id: target.id,
    upload_id: target.uploadId,
    record_id: target.recordId,
    program: target.program,
    kind: target.kind,
    file_name: target.fileName,
    file_type: sniffed.type,
    size: upload.size,
    sha256: upload.sha256,
    storage_key: key,
    scan: verdict ? ('clean' as const) : ('unscanned' as const),
    uploaded_by: target.uploadedBy,
    education_index: target.educationIndex ?? null,
  };
  if (await insertDocument(db, row)) return { ok: true, created: true, receipt: receiptOf(row) };
  // Two sends of one id raced: the first one's row stands, and this file goes.
  await documents.store.delete(key);
  const kept = await findDocument(db, target.id);
  return kept
    ? { ok: true, created: false, receipt: receiptOf(kept) }
    : { ok: false, status: 400, error: 'incomplete_body', message: 'Send the file again.' };
}

/** The file's name from its header: percent-decoded, without folders or control characters, at most 200 characters. */
export function fileNameOf(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Kept as it came.
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  name = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name.slice(0, 200) || 'document';
}
