import type { Application, Issue } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { deleteDocuments, documentsById } from './document-rows.js';

/** The documents an application refers to, by the path of the field that names each. */
export function referencedDocuments(payload: Application): { id: string; path: (string | number)[]; kind: 'resume' | 'transcript' }[] {
  const found: { id: string; path: (string | number)[]; kind: 'resume' | 'transcript' }[] = [];
  if (payload.resume) found.push({ id: payload.resume, path: ['resume'], kind: 'resume' });
  payload.education.forEach((entry, i) => {
    if (entry.transcriptCopy) found.push({ id: entry.transcriptCopy, path: ['education', i, 'transcriptCopy'], kind: 'transcript' });
  });
  return found;
}

/**
 * Issues for the documents an application names that the receiver cannot give it: unknown ids,
 * another program's, a file of another kind, files of several upload sessions, or files already
 * part of another application. Empty when every one is there (or none is named).
 */
export async function documentIssues(db: Database, program: string, payload: Application, recordId?: string): Promise<Issue[]> {
  const named = referencedDocuments(payload);
  const rows = new Map(
    (
      await documentsById(
        db,
        named.map((n) => n.id),
      )
    ).map((row) => [row.id, row]),
  );
  const sessions = new Set([...rows.values()].map((row) => row.upload_id));
  return named
    .filter((n) => {
      const row = rows.get(n.id);
      return (
        !row ||
        row.program !== program ||
        row.kind !== n.kind ||
        sessions.size > 1 ||
        (row.record_id !== null && row.record_id !== recordId)
      );
    })
    .map((n) => ({ path: n.path, code: 'document_missing', message: 'This file has not reached the server; upload it again.' }));
}

/**
 * Makes the named documents part of the record and closes their upload session (no more files,
 * no removals). Run after the record is stored; a retry of the same application runs it again.
 */
export async function linkDocuments(db: Database, payload: Application, recordId: string, now: Date): Promise<void> {
  const ids = referencedDocuments(payload).map((n) => n.id);
  if (!ids.length) return;
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ upload_id: string | null }>(
      'update documents set record_id = $1 where id = any($2) and record_id is null returning upload_id',
      [recordId, ids],
    );
    const sessions = [...new Set(rows.map((row) => row.upload_id).filter((id): id is string => id !== null))];
    if (sessions.length) {
      await tx.query('update upload_sessions set record_id = $1 where id = any($2) and record_id is null', [recordId, sessions]);
      // Uploads left unfinished will not be continued; their bytes go with the nightly sweep.
      await tx.query('delete from document_parts where upload_id = any($1)', [sessions]);
    }
    // Files the applicant uploaded and then replaced are not part of the application: they go.
    for (const session of sessions) await deleteDocuments(tx, 'unlinked-of-session', session, now);
  });
}
