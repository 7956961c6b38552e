import { APPLICANT_TOKEN_HEADER } from '@endorsement-kit/sdk';
import { secretHash } from '../admin/secret-token.js';
import type { Sql } from '../db/database.js';

/** The registration an application continues, and where it stands (step 2). */
export interface LinkedRegistration {
  id: string;
  status: string;
}

/**
 * The registration an incoming application of `program` continues, set on it when it is received
 * (`records.registration_id`): the one the `Endorsement-Access-Token` header opens, else the
 * program's latest registration of the same applicant email (any case), a reinstatement's first,
 * then one that made reference requests. Undefined when the applicant never registered in this program.
 */
export async function linkedRegistration(
  db: Sql,
  program: string,
  headers: Headers,
  email: string,
): Promise<LinkedRegistration | undefined> {
  const token = headers.get(APPLICANT_TOKEN_HEADER);
  if (token && token.length <= 128) {
    const { rows } = await db.query<LinkedRegistration>(
      "select id, status from records where kind = 'registration' and program = $1 and access_token_hash = $2",
      [program, secretHash(token)],
    );
    if (rows[0]) return rows[0];
  }
  const { rows } = await db.query<LinkedRegistration>(
    `select r.id, r.status from records r
      where r.kind = 'registration' and r.program = $1
        and lower(btrim(r.payload->'applicant'->>'email')) = lower(btrim($2))
      order by exists (select 1 from reinstatements i where i.registration_id = r.id and i.state = 'started') desc,
               exists (select 1 from reference_requests q where q.registration_id = r.id) desc, r.received_at desc
      limit 1`,
    [program, email],
  );
  return rows[0];
}
