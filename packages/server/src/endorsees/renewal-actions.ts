import { randomUUID } from 'node:crypto';
import { evaluateRenewal, localize, validateRenewal, type Issue, type RenewalInvitation } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { auditEndorsee, cycleOf, loadCategory, loadEndorsee, updateCategory, type CategoryRow } from './endorsee-rows.js';
import { findByRenewalToken, issueRenewalLink, renewalUrl } from './renewal-links.js';
import { endorseeChoicesOf } from './registry-consent.js';
import { renewalMail } from './renewal-mails.js';
import { loadRenewalFeeLines, renewalFeesBlockSubmit } from '../fees/renewal-fees.js';
import { cancelCategoryJobs, dayOf } from './renewal-schedule.js';

/** A renewal action's outcome: its answer, a 4xx with a code, or 422 issues. */
export type RenewalResult<T> =
  | { ok: true; value: T; mailed?: boolean }
  | { ok: false; status: 404 | 409 | 410; error: string; message: string }
  | { ok: false; status: 422; issues: Issue[] };

interface RenewalRow {
  id: string;
  state: RenewalInvitation['state'];
  answers: unknown;
  saved_at: Date | null;
  note: string | null;
}

async function renewalOf(tx: Sql, row: CategoryRow): Promise<RenewalRow | undefined> {
  const { rows } = await tx.query<RenewalRow>(
    'select id, state, answers, saved_at, note from renewals where category_id = $1 and due_on = $2',
    [row.id, row.due_on],
  );
  const found = rows[0];
  return found && { ...found, answers: typeof found.answers === 'string' ? JSON.parse(found.answers) : found.answers };
}

const invalid = { ok: false, status: 404, error: 'invalid_link', message: 'This renewal link is not valid.' } as const;
const closed = {
  ok: false,
  status: 410,
  error: 'link_closed',
  message: 'This renewal is closed: it was renewed, or its cycle ended.',
} as const;

/**
 * The endorsee's calls behind their link: open (the invitation), save (the draft, as they go) and
 * submit (checked by the SDK: `validateRenewal` for the shape, `evaluateRenewal` for the checklist).
 * A link opens its category's renewal while the cycle it was issued for runs: not once renewed, nor
 * after the removal date, nor when the category is inactive, lapsed or archived.
 */
export async function renewalAction(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  action: 'open' | 'save' | 'submit',
  body: { token: string; renewal?: unknown },
  now: Date,
): Promise<RenewalResult<unknown>> {
  return db.transaction(async (tx) => {
    const found = await findByRenewalToken(tx, body.token, action !== 'open');
    const entry = found && programs.get(found.row.program);
    if (!found || !entry) return invalid;
    const { row } = found;
    if (row.due_on !== found.dueOn || !['current', 'submitted'].includes(row.status) || dayOf(now) >= row.removal_on) return closed;
    const program = entry.program;
    const person = (await loadEndorsee(tx, row.endorsee_id))!;
    const renewal = await renewalOf(tx, row);
    const locale = program.locales.includes(person.language) ? person.language : program.defaultLocale;
    if (action === 'open') {
      const invitation: RenewalInvitation = {
        program,
        programName: localize(program.name, locale),
        language: locale,
        fullName: person.full_name,
        category: row.category,
        categoryLabel: localize(program.categories[row.category]?.label ?? row.category, locale),
        endorsedOn: row.endorsed_on,
        cycle: cycleOf(row),
        state: renewal?.state ?? 'draft',
        note: renewal?.note ?? null,
        renewal: renewal?.answers ?? null,
        savedAt: renewal?.saved_at ? new Date(renewal.saved_at).toISOString() : null,
        fees: await loadRenewalFeeLines(tx, program, row, locale, now),
        payBeforeSubmit: program.renewal?.payBeforeSubmit === true,
        choices: endorseeChoicesOf(program, person, row, dayOf(now)),
      };
      return { ok: true, value: invitation };
    }
    if (renewal?.state === 'submitted' || renewal?.state === 'approved')
      return { ok: false, status: 409, error: 'already_submitted', message: 'This renewal was submitted already.' };
    const answers = JSON.stringify(body.renewal ?? {});
    if (answers.length > 256 * 1024)
      return { ok: false, status: 422, issues: [{ path: [], code: 'too_big', message: 'Too much to keep.' }] };
    if (action === 'submit') {
      const today = dayOf(now);
      const checked = validateRenewal(program, body.renewal, { locale, asOf: today });
      if (!checked.ok) return { ok: false, status: 422, issues: checked.issues };
      const result = evaluateRenewal(program, checked.value, {
        category: row.category,
        endorsedOn: row.endorsed_on,
        cycle: cycleOf(row),
        asOf: today,
        locale,
      });
      if (result.met && (await renewalFeesBlockSubmit(tx, program, row, now)))
        return { ok: false, status: 409, error: 'fee_due', message: 'The renewal fee is due before the renewal is submitted.' };
      if (!result.met)
        return {
          ok: false,
          status: 422,
          issues: result.checks
            .filter((c) => !c.met)
            .map((c) => ({ path: ['checklist', c.id], code: 'requirement_unmet', message: c.detail }) as Issue),
        };
    }
    const state = action === 'submit' ? 'submitted' : (renewal?.state ?? 'draft');
    await tx.query(
      `insert into renewals (id, category_id, due_on, state, answers, saved_at, submitted_at) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (category_id, due_on) do update set state = $4, answers = $5, saved_at = $6, submitted_at = coalesce($7, renewals.submitted_at)`,
      [randomUUID(), row.id, row.due_on, state, answers, now.toISOString(), action === 'submit' ? now.toISOString() : null],
    );
    if (action === 'save') return { ok: true, value: { savedAt: now.toISOString() } };
    await updateCategory(tx, row.id, now, { status: 'submitted' });
    const coordinator = entry.coordinatorEmail ?? program.contact.email;
    await enqueueMails(tx, row.program, null, [
      renewalMail(program, person, row, 'submitted'),
      ...(coordinator
        ? [
            {
              purpose: 'renewal-coordinator-submitted' as const,
              recipient: coordinator,
              subject: `Renewal to review: ${person.full_name} (${row.category})`,
              body: `${person.full_name} submitted the renewal of ${row.category}, due ${row.due_on}. Review it in the workspace's Endorsees page.`,
            },
          ]
        : []),
    ]);
    await auditEndorsee(tx, row, 'endorsee', 'renewal-submitted', { dueOn: row.due_on }, now);
    return { ok: true, value: { submittedAt: now.toISOString() }, mailed: true };
  });
}

/**
 * The coordinator sends a submitted renewal back with what is missing: it is editable again behind a
 * new link mailed to the endorsee with the note, and the category is current again (its calendar's
 * remaining mails still go out if the due date comes).
 */
export async function askMoreInformation(
  tx: Sql,
  entry: ReceiverProgram,
  categoryId: string,
  note: string,
  actor: string,
  now: Date,
  linkBase: string | undefined,
): Promise<CategoryRow | 'not_submitted'> {
  const row = await loadCategory(tx, categoryId, true);
  if (!row || row.status !== 'submitted') return 'not_submitted';
  await tx.query("update renewals set state = 'more_information', note = $3, decided_at = $4 where category_id = $1 and due_on = $2", [
    row.id,
    row.due_on,
    note,
    now.toISOString(),
  ]);
  await updateCategory(tx, row.id, now, { status: 'current' });
  const person = (await loadEndorsee(tx, row.endorsee_id))!;
  const base = linkBase ?? person.link_base;
  const link = base ? renewalUrl(base, await issueRenewalLink(tx, row, now)) : undefined;
  await enqueueMails(tx, row.program, null, [
    renewalMail(entry.program, person, row, 'more-information', { note, ...(link ? { link } : {}) }),
  ]);
  await auditEndorsee(tx, row, actor, 'renewal-more-information', undefined, now);
  return (await loadCategory(tx, row.id))!;
}

/** An approved renewal's row is marked approved (approveRenewal calls this before moving the cycle on). */
export async function markRenewalApproved(tx: Sql, row: CategoryRow, now: Date): Promise<void> {
  await tx.query("update renewals set state = 'approved', decided_at = $3 where category_id = $1 and due_on = $2", [
    row.id,
    row.due_on,
    now.toISOString(),
  ]);
  await cancelCategoryJobs(tx, row.id);
}
