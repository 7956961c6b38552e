import type { RatingSummary } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { ratingSummary } from './ratings-gate.js';
import { toRequestRow } from './reference-rows.js';

/**
 * The reference ratings of each application, by application id, as the requirement checks count
 * them: the requests of the registration the application continues (`records.registration_id`,
 * set when it was received, as the receiver's ratings gate counted them). An
 * application whose applicant made no requests is absent: its summary then counts the references
 * it lists, as before ratings existed.
 */
export async function applicationRatings(db: Sql, applicationIds: readonly string[]): Promise<Map<string, RatingSummary[]>> {
  const byApplication = new Map<string, RatingSummary[]>();
  if (applicationIds.length === 0) return byApplication;
  const { rows } = await db.query<Record<string, unknown> & { application_id: string }>(
    `select a.id as application_id, q.* from records a
       join reference_requests q on q.registration_id = a.registration_id
      where a.kind = 'application' and a.id = any($1::text[])
      order by q.seq`,
    [applicationIds],
  );
  for (const row of rows) {
    const list = byApplication.get(row.application_id) ?? [];
    list.push(ratingSummary(toRequestRow(row)));
    byApplication.set(row.application_id, list);
  }
  return byApplication;
}
