import { timingSafeEqual } from 'node:crypto';
import { newSecret, secretHash } from '../admin/secret-token.js';
import type { Sql } from '../db/database.js';
import { loadCategory, type CategoryRow } from './endorsee-rows.js';

/** The renewal page's address for a token: the token in the fragment, which no scanner's GET sends. */
export const renewalUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/renew/#${token}`;

/** A new personal link for the category's current cycle: a fresh token, only its sha256 kept. */
export async function issueRenewalLink(tx: Sql, row: CategoryRow, now: Date): Promise<string> {
  const token = newSecret();
  await tx.query('insert into renewal_links (token_hash, category_id, due_on, created_at) values ($1, $2, $3, $4)', [
    secretHash(token),
    row.id,
    row.due_on,
    now.toISOString(),
  ]);
  return token;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The category a token opens and the cycle it was issued for; undefined for no such link. */
export async function findByRenewalToken(db: Sql, token: string, lock = false): Promise<{ row: CategoryRow; dueOn: string } | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const hash = secretHash(token);
  const { rows } = await db.query<{ token_hash: string; category_id: string; due_on: string }>(
    'select token_hash, category_id, due_on from renewal_links where token_hash = $1',
    [hash],
  );
  const link = rows[0];
  if (!link || !timingSafeEqual(Buffer.from(link.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  const row = await loadCategory(db, link.category_id, lock);
  return row && { row, dueOn: link.due_on };
}
