import type { CoordinatorReferenceView } from '../admin/reference-api-types.js';
import type { Sql } from '../db/database.js';
import type { RequestRow } from './reference-rows.js';

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** A request with everything the coordinator sees: answers, validity, flags, its mails and audit. */
export async function coordinatorView(db: Sql, row: RequestRow): Promise<CoordinatorReferenceView> {
  const mails = await db.query<{ purpose: string; recipient: string; state: string; created_at: unknown; sent_at: unknown }>(
    `select purpose, recipient, state, created_at, sent_at from mail_outbox
     where reference_request_id = $1 order by id`,
    [row.id],
  );
  const trail = await db.query<{ actor: string; action: string; at: unknown }>(
    'select actor, action, at from reference_audit where request_id = $1 order by at, id',
    [row.id],
  );
  return {
    id: row.id,
    name: row.rater_name,
    email: row.rater_email,
    role: row.role,
    waiveRight: row.waive_right,
    note: row.note,
    language: row.language,
    state: row.state,
    sentAt: iso(row.sent_at),
    expiresAt: iso(row.expires_at),
    submittedAt: iso(row.submitted_at),
    declineNote: row.decline_note,
    counted: row.counted,
    notEnoughInformation: row.nei_count,
    flags: row.flags ?? [],
    excluded: row.excluded,
    vetted: row.vetted,
    replacedBy: row.replaced_by,
    answers: row.answers,
    mails: mails.rows.map((mail) => ({
      purpose: mail.purpose,
      recipient: mail.recipient,
      state: mail.state,
      createdAt: iso(mail.created_at)!,
      sentAt: iso(mail.sent_at),
    })),
    audit: trail.rows.map((entry) => ({ actor: entry.actor, action: entry.action, at: iso(entry.at)! })),
  };
}
