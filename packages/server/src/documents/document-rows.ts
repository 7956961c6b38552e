import type { DocumentKind } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';

/** What a stored file is: the applicant's kinds, and `other` (a coordinator's upload). */
export type StoredKind = DocumentKind | 'other';

/** A stored document as the database keeps it. */
export interface DocumentRow {
  id: string;
  upload_id: string | null;
  record_id: string | null;
  program: string;
  kind: StoredKind;
  file_name: string;
  file_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  scan: 'clean' | 'unscanned';
  uploaded_by: string;
  /** A coordinator's transcript: its degree's index in the application's `education`. */
  education_index: number | null;
  created_at: Date;
}

/** An upload session as the database keeps it. */
export interface UploadSessionRow {
  id: string;
  program: string;
  token_hash: string;
  record_id: string | null;
}

const COLUMNS = `id, upload_id, record_id, program, kind, file_name, file_type, size::float8 as size, sha256, storage_key, scan, uploaded_by, education_index, created_at`;

export async function findSession(db: Sql, id: string): Promise<UploadSessionRow | undefined> {
  const { rows } = await db.query<UploadSessionRow>('select id, program, token_hash, record_id from upload_sessions where id = $1', [id]);
  return rows[0];
}

export async function findDocument(db: Sql, id: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(`select ${COLUMNS} from documents where id = $1`, [id]);
  return rows[0];
}

export async function documentsOfSession(db: Sql, uploadId: string): Promise<DocumentRow[]> {
  return (await db.query<DocumentRow>(`select ${COLUMNS} from documents where upload_id = $1 order by created_at, id`, [uploadId])).rows;
}

export async function documentsOfRecord(db: Sql, recordId: string): Promise<DocumentRow[]> {
  return (await db.query<DocumentRow>(`select ${COLUMNS} from documents where record_id = $1 order by created_at, id`, [recordId])).rows;
}

export async function documentsById(db: Sql, ids: readonly string[]): Promise<DocumentRow[]> {
  return ids.length ? (await db.query<DocumentRow>(`select ${COLUMNS} from documents where id = any($1)`, [ids])).rows : [];
}

/** Inserts a stored document; false when a row with its id is already there (a retry that raced). */
export async function insertDocument(db: Sql, row: Omit<DocumentRow, 'created_at'>): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `insert into documents (id, upload_id, record_id, program, kind, file_name, file_type, size, sha256, storage_key, scan, uploaded_by, education_index)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) on conflict (id) do nothing returning id`,
    [
      row.id,
      row.upload_id,
      row.record_id,
      row.program,
      row.kind,
      row.file_name,
      row.file_type,
      row.size,
      row.sha256,
      row.storage_key,
      row.scan,
      row.uploaded_by,
      row.education_index,
    ],
  );
  return rows.length > 0;
}

/**
 * Removes document rows and schedules their stored files' deletion (`document-blob-delete`
 * jobs, in the same transaction): a crash between the two never leaves a file nobody deletes.
 */
export async function deleteDocuments(tx: Sql, where: 'id' | 'record' | 'unlinked-of-session', value: string, now: Date): Promise<number> {
  const condition = {
    id: 'id = $1',
    // The record's own, and any its upload sessions kept.
    record: 'record_id = $1 or upload_id in (select id from upload_sessions where record_id = $1)',
    'unlinked-of-session': 'upload_id = $1 and record_id is null',
  }[where];
  const { rows } = await tx.query<{ id: string; program: string; storage_key: string }>(
    `delete from documents where ${condition} returning id, program, storage_key`,
    [value],
  );
  for (const row of rows)
    await tx.query(
      `insert into scheduled_jobs (kind, key, subject_id, program, run_at, detail) values ('document-blob-delete', $1, $2, $3, $4, null)
       on conflict (key) do nothing`,
      [`document-blob-delete:${row.storage_key}`, row.storage_key, row.program, now.toISOString()],
    );
  return rows.length;
}
