import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SERVER_DEFAULTS } from '../config/server-defaults.js';
import type { Sql } from '../db/database.js';
import { newSecret, secretHash } from './secret-token.js';

export const SESSION_COOKIE = 'ek_session';
const SESSION_HOURS = SERVER_DEFAULTS.sessionHours;

/**
 * The signed-in staff member of a request: the programs they coordinate (every coordinator route
 * looks records up within these only) and the programs they review for (they see only the
 * applications assigned to them there).
 */
export interface Coordinator {
  id: string;
  email: string;
  name: string | null;
  programs: string[];
  reviews: string[];
}

/**
 * Starts a new session (always a new random value: a session id a client brings is never adopted,
 * so a planted cookie cannot become a signed-in session) and sets its cookie; the request's
 * earlier session, if any, ends.
 */
export async function startSession(db: Sql, c: Context, coordinatorId: string): Promise<void> {
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) await db.query('delete from coordinator_sessions where token_hash = $1', [secretHash(previous)]);
  await db.query('delete from coordinator_sessions where expires_at < now()');
  const token = newSecret();
  await db.query(
    `insert into coordinator_sessions (token_hash, coordinator_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
    [secretHash(token), coordinatorId, SESSION_HOURS],
  );
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/admin', maxAge: SESSION_HOURS * 3600 });
}

/** The coordinator whose live session the request's cookie names, else undefined. */
export async function readSession(db: Sql, c: Context): Promise<Coordinator | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return undefined;
  const { rows } = await db.query<{ id: string; email: string; name: string | null; programs: string[] | null; reviews: string[] | null }>(
    `select c.id, c.email, c.name,
            array_remove(array_agg(case when p.role = 'coordinator' then p.program end order by p.program), null) as programs,
            array_remove(array_agg(case when p.role = 'reviewer' then p.program end order by p.program), null) as reviews
     from coordinator_sessions s join coordinators c on c.id = s.coordinator_id
     left join coordinator_programs p on p.coordinator_id = c.id
     where s.token_hash = $1 and s.expires_at > now() group by c.id, c.email, c.name`,
    [secretHash(token)],
  );
  const row = rows[0];
  return row ? { id: row.id, email: row.email, name: row.name, programs: row.programs ?? [], reviews: row.reviews ?? [] } : undefined;
}

/** Ends the request's session and clears its cookie. */
export async function endSession(db: Sql, c: Context): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await db.query('delete from coordinator_sessions where token_hash = $1', [secretHash(token)]);
  deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: true, httpOnly: true, sameSite: 'Strict' });
}

/** Ends every session of a coordinator, on every device ("sign out everywhere", a new password). */
export async function endAllSessions(db: Sql, coordinatorId: string): Promise<void> {
  await db.query('delete from coordinator_sessions where coordinator_id = $1', [coordinatorId]);
}
