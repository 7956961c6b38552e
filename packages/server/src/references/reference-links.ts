import { timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/database.js';
import { newSecret, secretHash } from '../admin/secret-token.js';
import { toRequestRow, type RequestRow } from './reference-rows.js';

/** The rater's page address for a token: the token in the fragment, which no server or scanner's GET sees. */
export const linkUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/r/#${token}`;

/** A new link for a request: a fresh token, of which only the sha256 is kept. */
export async function issueLink(tx: Sql, requestId: string, now: Date): Promise<string> {
  const token = newSecret();
  await tx.query('insert into reference_links (token_hash, request_id, created_at) values ($1, $2, $3)', [
    secretHash(token),
    requestId,
    now.toISOString(),
  ]);
  return token;
}

/** Every link of a request stops working at once. */
export async function revokeLinks(tx: Sql, requestId: string, now: Date): Promise<void> {
  await tx.query('update reference_links set revoked_at = $2 where request_id = $1 and revoked_at is null', [requestId, now.toISOString()]);
}

// A token is 43 base64url characters; anything else is not one of ours and is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The request a token opens, and whether that link was revoked; undefined for no such link. */
export async function findByToken(db: Sql, token: string, lock = false): Promise<{ row: RequestRow; revoked: boolean } | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const hash = secretHash(token);
  const { rows } = await db.query(
    `select l.token_hash as link_hash, l.revoked_at as link_revoked_at, r.* from reference_links l
     join reference_requests r on r.id = l.request_id where l.token_hash = $1${lock ? ' for update of r' : ''}`,
    [hash],
  );
  const found = rows[0] as (Record<string, unknown> & { link_hash: string; link_revoked_at: unknown }) | undefined;
  // Found by its hash, and compared in constant time all the same: no answer's timing depends on how
  // much of a guessed token was right.
  if (!found || !timingSafeEqual(Buffer.from(found.link_hash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  const { link_hash: _hash, link_revoked_at: revokedAt, ...row } = found;
  return { row: toRequestRow(row), revoked: revokedAt !== null && revokedAt !== undefined };
}
