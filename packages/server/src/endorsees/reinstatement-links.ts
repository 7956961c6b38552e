import { timingSafeEqual } from 'node:crypto';
import { newSecret, secretHash } from '../admin/secret-token.js';
import { renewalSettings, valueAsOf, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { loadCategory, type CategoryRow } from './endorsee-rows.js';

/** How long a removal mail's reinstatement link works. */
export const REINSTATEMENT_LINK_DAYS = 60;

/** The reinstatement page's address for a token: the token in the fragment, which no scanner's GET sends. */
export const reinstatementUrl = (base: string, token: string) => `${base.replace(/\/+$/, '')}/reinstate/#${token}`;

/** A new link to start the category's reinstatement: a fresh token, only its sha256 kept, expiring. */
export async function issueReinstatementLink(tx: Sql, row: CategoryRow, now: Date): Promise<string> {
  const token = newSecret();
  await tx.query('insert into reinstatement_links (token_hash, category_id, created_at, expires_at) values ($1, $2, $3, $4)', [
    secretHash(token),
    row.id,
    now.toISOString(),
    new Date(now.getTime() + REINSTATEMENT_LINK_DAYS * 86_400_000).toISOString(),
  ]);
  return token;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The category a reinstatement token opens; `expired` once its days have passed; undefined for no such link. */
export async function findByReinstatementToken(
  db: Sql,
  token: string,
  now: Date,
  lock = false,
): Promise<CategoryRow | 'expired' | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const hash = secretHash(token);
  const { rows } = await db.query<{ token_hash: string; category_id: string; expires_at: Date | string }>(
    'select token_hash, category_id, expires_at from reinstatement_links where token_hash = $1',
    [hash],
  );
  const link = rows[0];
  if (!link || !timingSafeEqual(Buffer.from(link.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  if (new Date(link.expires_at) <= now) return 'expired';
  return loadCategory(db, link.category_id, lock);
}

/**
 * The removal and inactive-end mails carry a link to start the reinstatement, when the server knows
 * its address and the program offers reinstatement.
 */
export async function reinstatementLinkFor(
  tx: Sql,
  program: Program,
  row: CategoryRow,
  kind: string,
  base: string | null | undefined,
  now: Date,
): Promise<string | undefined> {
  if (!base || (kind !== 'removal' && kind !== 'inactive-end')) return undefined;
  if (!valueAsOf(renewalSettings(program).reinstatement, now.toISOString().slice(0, 10))) return undefined;
  return reinstatementUrl(base, await issueReinstatementLink(tx, row, now));
}
