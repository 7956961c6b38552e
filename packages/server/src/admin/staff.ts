import type { Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { addStaff, SET_PASSWORD_HOURS, type StaffRole } from './coordinator-accounts.js';
import { endAllSessions } from './sessions.js';

/** One member of a program's staff as the workspace lists them. */
export interface StaffRow {
  id: string;
  email: string;
  name: string | null;
  program: string;
  role: StaffRole;
  password_set: boolean;
}

async function staffAudit(tx: Sql, program: string, actor: string, action: string, detail: Record<string, string>): Promise<void> {
  await tx.query('insert into audit_log (record_id, program, actor, action, detail) values (null, $1, $2, $3, $4)', [
    program,
    actor,
    action,
    JSON.stringify(detail),
  ]);
}

/** The staff of `programs`, by program, coordinators first, then by email. */
export async function listStaff(db: Sql, programs: readonly string[]): Promise<StaffRow[]> {
  const { rows } = await db.query<StaffRow>(
    `select c.id, c.email, c.name, p.program, p.role, c.password_hash is not null as password_set
       from coordinator_programs p join coordinators c on c.id = p.coordinator_id
      where p.program = any($1::text[]) order by p.program, p.role, c.email`,
    [programs],
  );
  return rows;
}

/**
 * A coordinator invites a coordinator or a reviewer to `program`, in one transaction: the account
 * (or the role, for an address that has one), the one-time set-password link mailed to them (an
 * account with a password is told to sign in with it), and the audit entry. Works at once, on a
 * running server: the next request reads the membership from the database. The mail is in
 * `locale` when given (kept for their later mails), else in the program's default language.
 */
export async function inviteStaff(
  db: Database,
  program: Program,
  input: { email: string; name: string; role: StaffRole; actor: string; linkBase: string; locale?: 'en' | 'es' | undefined },
): Promise<void> {
  const locale = input.locale ?? program.defaultLocale;
  const words = programWords(program, locale, '');
  await db.transaction(async (tx) => {
    const { id, token } = await addStaff(tx, { email: input.email, program: program.id, role: input.role, name: input.name });
    if (input.locale) await tx.query('update coordinators set locale = $2 where id = $1', [id, input.locale]);
    const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, ...params });
    const link = token ? `${input.linkBase}/admin/set-password#token=${token}` : `${input.linkBase}/admin`;
    const params = { inviter: input.actor, role: t(`mail.review.role.${input.role}`), hours: SET_PASSWORD_HOURS, link };
    await enqueueMails(tx, program.id, null, [
      {
        purpose: 'staff-invitation',
        recipient: input.email.trim().toLowerCase(),
        subject: t('mail.review.invite.subject'),
        body: t(token ? 'mail.review.invite.body' : 'mail.review.invite.existing', params),
        fromName: words.program,
      },
    ]);
    await staffAudit(tx, program.id, input.actor, 'staff_invited', { email: input.email.trim().toLowerCase(), role: input.role });
  });
}

/**
 * Removes a staff member from `program`: their role there goes, their open review assignments in
 * it are withdrawn, and every session of theirs ends (their next request signs in again with
 * what is left). Audited. False when they are not staff of that program.
 */
export async function removeStaff(db: Database, program: string, staffId: string, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ email: string; role: string }>(
      `delete from coordinator_programs p using coordinators c
        where p.coordinator_id = c.id and p.coordinator_id = $1 and p.program = $2 returning c.email, p.role`,
      [staffId, program],
    );
    const removed = rows[0];
    if (!removed) return false;
    await tx.query(
      "update review_assignments set state = 'withdrawn', updated_at = now() where reviewer_id = $1 and program = $2 and state not in ('submitted', 'declined', 'conflict', 'withdrawn')",
      [staffId, program],
    );
    await endAllSessions(tx, staffId);
    await staffAudit(tx, program, actor, 'staff_removed', { email: removed.email, role: removed.role });
    return true;
  });
}
