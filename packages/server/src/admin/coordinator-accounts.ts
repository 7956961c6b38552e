import { randomUUID } from 'node:crypto';
import { SERVER_DEFAULTS } from '../config/server-defaults.js';
import type { Database, Sql } from '../db/database.js';
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { newSecret, secretHash } from './secret-token.js';
import { endAllSessions } from './sessions.js';

/** Consecutive wrong sign-ins with one address before it is paused, and for how long. */
export const LOCKOUT = { failures: 5, minutes: 15 } as const;
/** How long a set-password link works. */
export const SET_PASSWORD_HOURS = SERVER_DEFAULTS.setPasswordHours;

/**
 * Creates the coordinator (or finds them by email), adds them to `program`, and returns a one-time
 * token for the set-password link. Running it again for the same email gives a fresh token (a
 * forgotten password) and invalidates the earlier ones.
 * @example const { token } = await addCoordinator(db, { email: 'staff@first5.example.org', program: 'first5-alabama' });
 */
export async function addCoordinator(db: Database, input: { email: string; program: string }): Promise<{ id: string; token: string }> {
  const { id, token } = await db.transaction((tx) => addStaff(tx, { ...input, role: 'coordinator', newLink: true }));
  return { id, token: token! };
}

/** A staff member's role in one program. */
export type StaffRole = 'coordinator' | 'reviewer';

/**
 * Creates the account (or finds it by email) and gives it `role` in `program`. A set-password
 * token comes back when the account has no password yet, or when `newLink` asks for one (the
 * command's forgotten-password link); an account with a password keeps it. Run it in a transaction.
 */
export async function addStaff(
  tx: Sql,
  input: { email: string; program: string; role: StaffRole; name?: string | undefined; newLink?: boolean },
): Promise<{ id: string; token?: string }> {
  const email = input.email.trim().toLowerCase();
  const token = newSecret();
  {
    await tx.query('insert into coordinators (id, email, name) values ($1, $2, $3) on conflict (email) do nothing', [
      randomUUID(),
      email,
      input.name ?? null,
    ]);
    if (input.name) await tx.query('update coordinators set name = $2 where email = $1', [email, input.name]);
    const { rows } = await tx.query<{ id: string; password_hash: string | null }>(
      'select id, password_hash from coordinators where email = $1',
      [email],
    );
    const found = rows[0]!;
    await tx.query(
      `insert into coordinator_programs (coordinator_id, program, role) values ($1, $2, $3)
       on conflict (coordinator_id, program) do update set role = excluded.role`,
      [found.id, input.program, input.role],
    );
    if (found.password_hash && !input.newLink) return { id: found.id };
    await tx.query('delete from password_tokens where coordinator_id = $1', [found.id]);
    await tx.query(
      `insert into password_tokens (token_hash, coordinator_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
      [secretHash(token), found.id, SET_PASSWORD_HOURS],
    );
    return { id: found.id, token };
  }
}

export type SetPasswordResult = { ok: true; coordinatorId: string } | { ok: false; error: 'weak_password' | 'invalid_token' };

/** Sets the password of the token's coordinator, once; ends their other sessions and unlocks them. */
export async function setPassword(db: Database, token: string, password: string): Promise<SetPasswordResult> {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) return { ok: false, error: 'weak_password' };
  const hash = await hashPassword(password);
  const coordinatorId = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ coordinator_id: string }>(
      'update password_tokens set used_at = now() where token_hash = $1 and used_at is null and expires_at > now() returning coordinator_id',
      [secretHash(token)],
    );
    const id = rows[0]?.coordinator_id;
    if (!id) return undefined;
    await tx.query('update coordinators set password_hash = $2 where id = $1', [id, hash]);
    await tx.query('delete from login_failures where email = (select email from coordinators where id = $1)', [id]);
    await endAllSessions(tx, id);
    return id;
  });
  return coordinatorId ? { ok: true, coordinatorId } : { ok: false, error: 'invalid_token' };
}

export type LoginResult = { ok: true; coordinatorId: string } | { ok: false; error: 'invalid_credentials' | 'locked' };

/**
 * Checks an email and password. Five wrong sign-ins in a row with one address pause it for 15
 * minutes (in the database, so every server process agrees), whether or not an account has it:
 * the answers never tell which addresses have accounts. While paused even the right password is
 * refused. An unknown address costs the same scrypt work as a known one.
 */
export async function checkLogin(db: Database, emailInput: string, password: string): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase().slice(0, 320);
  const { rows } = await db.query<{ id: string | null; password_hash: string | null; locked: boolean }>(
    `select c.id, c.password_hash, coalesce(f.locked_until > now(), false) as locked
     from (select $1::text as email) as given
     left join coordinators c on c.email = given.email
     left join login_failures f on f.email = given.email`,
    [email],
  );
  const account = rows[0];
  const matches = await verifyPassword(password.slice(0, 200), account?.password_hash ?? (await dummyHash()));
  if (account?.locked) return { ok: false, error: 'locked' };
  if (!account?.id || !account.password_hash || !matches) {
    await db.query(
      `insert into login_failures (email, failed, locked_until) values ($1, 1, case when 1 >= $2 then now() + make_interval(mins => $3) end)
       on conflict (email) do update set failed = login_failures.failed + 1, updated_at = now(),
         locked_until = case when login_failures.failed + 1 >= $2 then now() + make_interval(mins => $3) else login_failures.locked_until end`,
      [email, LOCKOUT.failures, LOCKOUT.minutes],
    );
    // Addresses nobody has tried for a day are forgotten, so guessed addresses do not pile up.
    await db.query(
      "delete from login_failures where updated_at < now() - interval '1 day' and (locked_until is null or locked_until < now())",
    );
    return { ok: false, error: 'invalid_credentials' };
  }
  await db.query('delete from login_failures where email = $1', [email]);
  return { ok: true, coordinatorId: account.id };
}
