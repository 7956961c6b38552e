import { randomUUID } from 'node:crypto';
import { renewalCycle, renewalPhase, type Code, type IsoDate, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { auditEndorsee, cycleColumns, findEndorsee, loadCategory, loadEndorsee, type CategoryRow } from './endorsee-rows.js';
import { cancelCategoryJobs, dayOf, scheduleCycle } from './renewal-schedule.js';

/**
 * A person to make an endorsee of a program: from an endorsed decision (`source: 'decision'`, with
 * the application's record) or an association's import (`source: 'import'`, with the last renewal
 * its old system knew).
 * @example { email: 'ana@example.org', fullName: 'Ana Ruiz', categories: [{ code: 'IMHS', endorsedOn: '2026-03-02' }], source: 'decision', recordId }
 */
export interface NewEndorsee {
  email: string;
  fullName: string;
  displayName?: string | undefined;
  /** The language of the endorsee's mails. @default the program's default locale */
  language?: string | undefined;
  categories: readonly { code: Code; endorsedOn: IsoDate; lastRenewedOn?: IsoDate | null | undefined }[];
  source: 'decision' | 'import';
  recordId?: string | undefined;
  /** The endorsee to reinstate, found by id rather than email (their reinstatement knows them; the application's email may differ). */
  endorseeId?: string | undefined;
  /** The server's public address, for the links in the renewal mails (`publicUrl`, else the request's origin). */
  linkBase?: string | undefined;
}

/** What `createEndorsee` did: the person created or found, and each category added, unchanged or updated. */
export interface CreatedEndorsee {
  endorseeId: string;
  created: boolean;
  categories: { code: Code; categoryId: string; outcome: 'added' | 'unchanged' | 'updated'; status: CategoryRow['status'] }[];
}

/**
 * Makes a person an endorsee of `program` in each category, with its renewal cycle computed from the
 * program (`renewalCycle`) and the calendar's mails scheduled. Idempotent: the same person (program
 * and email, any case) and the same facts again change nothing; a category endorsed again (a new
 * decision, say after reinstatement) takes its new dates and is current again. A category whose
 * removal date has already passed (an import of someone who did not renew) is recorded as lapsed.
 * Pass the caller's transaction (`tx`) so the decision and the endorsee are written together.
 * @example await db.transaction((tx) => createEndorsee(tx, program, { email, fullName, categories: [{ code: 'IMHS', endorsedOn: today }], source: 'decision', recordId }, new Date()));
 */
export async function createEndorsee(tx: Sql, program: Program, input: NewEndorsee, now: Date): Promise<CreatedEndorsee> {
  const email = input.email.trim().toLowerCase();
  let person = (input.endorseeId && (await loadEndorsee(tx, input.endorseeId))) || (await findEndorsee(tx, program.id, email));
  const created = !person;
  if (!person) {
    const id = randomUUID();
    await tx.query(
      `insert into endorsees (id, program, email, full_name, display_name, language, source, record_id, link_base, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (program, email) do nothing`,
      [
        id,
        program.id,
        email,
        input.fullName.trim(),
        input.displayName?.trim() || null,
        input.language ?? program.defaultLocale,
        input.source,
        input.recordId ?? null,
        input.linkBase ?? null,
        now.toISOString(),
      ],
    );
    person = (await findEndorsee(tx, program.id, email))!;
    await auditEndorsee(tx, { endorsee_id: person.id, program: program.id }, input.source, 'created', undefined, now);
  } else if (input.linkBase && !person.link_base) {
    await tx.query('update endorsees set link_base = $2 where id = $1', [person.id, input.linkBase]);
  }
  const today = dayOf(now);
  const categories: CreatedEndorsee['categories'] = [];
  for (const entry of input.categories) {
    const cycle = renewalCycle(program, { endorsedOn: entry.endorsedOn, lastRenewedOn: entry.lastRenewedOn ?? null });
    const status = renewalPhase(cycle, today) === 'removed' ? 'lapsed' : 'current';
    const { rows } = await tx.query<{ id: string }>(
      'select id from endorsee_categories where endorsee_id = $1 and category = $2 for update',
      [person.id, entry.code],
    );
    const existing = rows[0] && (await loadCategory(tx, rows[0].id));
    // A decision on a lapsed category is its reinstatement: it is current again even on the same dates.
    const reactivated = existing?.status === 'lapsed' && input.source === 'decision';
    if (
      existing &&
      !reactivated &&
      existing.endorsed_on === entry.endorsedOn &&
      existing.last_renewed_on === (entry.lastRenewedOn ?? null)
    ) {
      categories.push({ code: entry.code, categoryId: existing.id, outcome: 'unchanged', status: existing.status });
      continue;
    }
    const id = existing?.id ?? randomUUID();
    if (existing) {
      await cancelCategoryJobs(tx, id);
      await tx.query(
        `update endorsee_categories set endorsed_on = $2, last_renewed_on = $3, status = $4, period_start = $5, window_opens_on = $6,
           due_on = $7, late_until = $8, removal_on = $9, first_renewal = $10, inactive_until = null, updated_at = $11 where id = $1`,
        [id, entry.endorsedOn, entry.lastRenewedOn ?? null, status, ...cycleColumns(cycle), now.toISOString()],
      );
    } else {
      await tx.query(
        `insert into endorsee_categories (id, endorsee_id, program, category, endorsed_on, last_renewed_on, status, period_start,
           window_opens_on, due_on, late_until, removal_on, first_renewal, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          id,
          person.id,
          program.id,
          entry.code,
          entry.endorsedOn,
          entry.lastRenewedOn ?? null,
          status,
          ...cycleColumns(cycle),
          now.toISOString(),
        ],
      );
    }
    const row = (await loadCategory(tx, id))!;
    if (status === 'current') await scheduleCycle(tx, program, row, now);
    await auditEndorsee(tx, row, input.source, existing ? 'category-updated' : 'category-added', { dueOn: cycle.dueOn, status }, now);
    categories.push({ code: entry.code, categoryId: id, outcome: existing ? 'updated' : 'added', status });
  }
  return { endorseeId: person.id, created, categories };
}
