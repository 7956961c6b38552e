import { timingSafeEqual } from 'node:crypto';
import { newSecret, secretHash } from '../admin/secret-token.js';
import type { Sql } from '../db/database.js';

/** How long an amend link opens the application: about two review cycles. */
export const AMEND_LINK_DAYS = 60;

/** The statuses after which the applicant may amend and resubmit. */
export const AMENDABLE_STATUSES: readonly string[] = ['more_information_needed', 'deferred'];

/** The amend page's address for a token: the token in the fragment, which no scanner's GET sends. */
export const amendUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/amend/#${token}`;

/** A new amend link for the application: a fresh token, only its sha256 kept; it replaces any earlier one. */
export async function issueAmendLink(tx: Sql, recordId: string, now: Date): Promise<string> {
  const token = newSecret();
  const expires = new Date(now.getTime() + AMEND_LINK_DAYS * 86_400_000);
  await tx.query(
    `insert into amend_links (record_id, token_hash, expires_at, created_at) values ($1, $2, $3, $4)
     on conflict (record_id) do update set token_hash = excluded.token_hash, expires_at = excluded.expires_at,
       created_at = excluded.created_at, used_at = null`,
    [recordId, secretHash(token), expires.toISOString(), now.toISOString()],
  );
  return token;
}

/** An amend link as kept. */
export interface AmendLinkRow {
  record_id: string;
  token_hash: string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The link a token opens (its row locked with `lock`), or undefined for no such link. */
export async function findAmendLink(db: Sql, token: string, lock = false): Promise<AmendLinkRow | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const hash = secretHash(token);
  const { rows } = await db.query<AmendLinkRow>(
    `select record_id, token_hash, expires_at, used_at from amend_links where token_hash = $1${lock ? ' for update' : ''}`,
    [hash],
  );
  const link = rows[0];
  if (!link || !timingSafeEqual(Buffer.from(link.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  return link;
}
