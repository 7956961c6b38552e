import type { Application } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { TranscriptState, TranscriptView } from './document-api-types.js';

/**
 * Each degree of an application (associate or higher: a CDA credential has no transcript) and
 * where its transcript is: the coordinator's record, else what the application says.
 */
export async function transcriptViews(db: Sql, recordId: string, payload: Application): Promise<TranscriptView[]> {
  const { rows } = await db.query<{ education_index: number; state: TranscriptState; updated_by: string; updated_at: Date }>(
    'select education_index, state, updated_by, updated_at from transcript_states where record_id = $1',
    [recordId],
  );
  const recorded = new Map(rows.map((row) => [row.education_index, row]));
  const staff = await staffCopies(db, recordId);
  return (payload.education ?? []).flatMap((entry, i): TranscriptView[] => {
    if (entry.level === 'cda') return [];
    const own = recorded.get(i);
    const copy = entry.transcriptCopy ?? staff.get(i);
    const state: TranscriptState | null =
      own?.state ?? (copy ? 'copy_uploaded' : entry.transcript === 'not-requested' ? null : 'requested');
    return [
      {
        education: i,
        institution: entry.institution,
        level: entry.level,
        ...(copy ? { copy } : {}),
        state,
        ...(own ? { recordedBy: own.updated_by, recordedAt: new Date(own.updated_at).toISOString() } : {}),
      },
    ];
  });
}

/** The transcripts coordinators uploaded to a record: per degree, the latest one's document id. */
export async function staffCopies(db: Sql, recordId: string): Promise<Map<number, string>> {
  const { rows } = await db.query<{ id: string; education_index: number }>(
    `select id, education_index from documents where record_id = $1 and kind = 'transcript' and education_index is not null
     order by created_at, id`,
    [recordId],
  );
  return new Map(rows.map((row) => [row.education_index, row.id]));
}

export async function setTranscriptState(db: Sql, recordId: string, index: number, state: TranscriptState, actor: string): Promise<void> {
  await db.query(
    `insert into transcript_states (record_id, education_index, state, updated_by) values ($1, $2, $3, $4)
     on conflict (record_id, education_index) do update set state = excluded.state, updated_by = excluded.updated_by, updated_at = now()`,
    [recordId, index, state, actor],
  );
}

/**
 * What the applicant's status lookup shows of each degree's transcript, once the coordinator has
 * recorded any or a copy is attached (before that, the application's own answer is all there is).
 */
export async function applicantTranscripts(
  db: Sql,
  recordId: string,
): Promise<{ institution: string; level: string; state: TranscriptState | null }[]> {
  const { rows } = await db.query<{ kind: string; payload: Application }>('select kind, payload from records where id = $1', [recordId]);
  const row = rows[0];
  if (!row || row.kind !== 'application') return [];
  const payload = typeof row.payload === 'string' ? (JSON.parse(row.payload) as Application) : row.payload;
  const views = await transcriptViews(db, recordId, payload);
  if (!views.some((view) => view.recordedBy || view.copy)) return [];
  return views.map(({ institution, level, state }) => ({ institution, level, state }));
}
