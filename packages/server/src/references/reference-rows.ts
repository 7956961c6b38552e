import type { RaterAnswersDraft, RatingFlag, ReferenceRequestState, ReferenceRole } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { ReferenceMailFacts } from './reference-mails.js';

/** One row of `reference_requests`, as read. */
export interface RequestRow {
  id: string;
  registration_id: string;
  program: string;
  category: string;
  rater_name: string;
  rater_email: string;
  role: ReferenceRole;
  waive_right: boolean;
  note: string | null;
  language: string;
  link_base: string;
  state: ReferenceRequestState;
  expires_at: Date | null;
  sent_at: Date | null;
  applicant_resent_at: Date | null;
  answers: RaterAnswersDraft | null;
  saved_at: Date | null;
  submitted_at: Date | null;
  decline_note: string | null;
  counted: boolean | null;
  nei_count: number | null;
  flags: RatingFlag[] | null;
  excluded: boolean;
  vetted: boolean;
  replaced_by: string | null;
  created_at: Date;
}

/** The registration a request belongs to: whose, for which program and category, in which language. */
export interface RegistrationFacts {
  id: string;
  program: string;
  locale: string;
  category: string;
  endorsement: 'IMH-E' | 'ECMH-E';
  givenName: string;
  fullName: string;
  email: string;
}

const DATES = ['expires_at', 'sent_at', 'applicant_resent_at', 'saved_at', 'submitted_at', 'created_at'] as const;

/** Rows as both drivers give them: timestamps as `Date`. */
export function toRequestRow(row: Record<string, unknown>): RequestRow {
  const out = { ...row } as unknown as RequestRow & Record<string, unknown>;
  for (const key of DATES) if (out[key] !== null && out[key] !== undefined) out[key] = new Date(out[key] as unknown as string);
  return out;
}

export async function loadRequest(db: Sql, id: string, lock = false): Promise<RequestRow | undefined> {
  const { rows } = await db.query(`select * from reference_requests where id = $1${lock ? ' for update' : ''}`, [id]);
  return rows[0] && toRequestRow(rows[0]);
}

export async function listRequests(db: Sql, registrationId: string): Promise<RequestRow[]> {
  const { rows } = await db.query('select * from reference_requests where registration_id = $1 order by seq', [registrationId]);
  return rows.map(toRequestRow);
}

export async function loadRegistration(db: Sql, id: string): Promise<(RegistrationFacts & { accessTokenHash: string | null }) | undefined> {
  const { rows } = await db.query<{ id: string; program: string; locale: string; payload: unknown; access_token_hash: string | null }>(
    "select id, program, locale, payload, access_token_hash from records where id = $1 and kind = 'registration'",
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as {
    category?: string;
    endorsement?: 'IMH-E' | 'ECMH-E';
    applicant?: { givenName?: string; familyName?: string; email?: string };
  };
  const givenName = String(payload.applicant?.givenName ?? '');
  return {
    id: row.id,
    program: row.program,
    locale: row.locale,
    category: String(payload.category ?? ''),
    endorsement: payload.endorsement === 'ECMH-E' ? 'ECMH-E' : 'IMH-E',
    givenName,
    fullName: `${givenName} ${String(payload.applicant?.familyName ?? '')}`.trim(),
    email: String(payload.applicant?.email ?? ''),
    accessTokenHash: row.access_token_hash,
  };
}

/** What the mails of one request are written from. */
export function mailFacts(entry: ReceiverProgram, row: RequestRow, registration: RegistrationFacts): ReferenceMailFacts {
  return {
    program: entry.program,
    requestId: row.id,
    category: row.category,
    rater: { name: row.rater_name, email: row.rater_email, language: row.language },
    applicant: { name: registration.fullName, givenName: registration.givenName, email: registration.email, locale: registration.locale },
    waiveRight: row.waive_right,
    note: row.note,
  };
}

/** Writes one line of the request's audit. */
export async function audit(
  tx: Sql,
  row: Pick<RequestRow, 'id' | 'registration_id' | 'program'>,
  actor: string,
  action: string,
  detail?: Record<string, unknown>,
  at?: Date,
): Promise<void> {
  await tx.query(
    'insert into reference_audit (request_id, registration_id, program, actor, action, detail, at) values ($1, $2, $3, $4, $5, $6, $7)',
    [row.id, row.registration_id, row.program, actor, action, detail ? JSON.stringify(detail) : null, (at ?? new Date()).toISOString()],
  );
}
