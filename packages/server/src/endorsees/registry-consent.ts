import { renewalFeesDue, renewalSettings, valueAsOf, type EndorseeChoices, type Program, type RegistryChoices } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { auditEndorsee, cycleOf, loadEndorsee, type CategoryRow, type EndorseeRow } from './endorsee-rows.js';
import { findByRenewalToken } from './renewal-links.js';
import { renewalMail } from './renewal-mails.js';
import { dayOf } from './renewal-schedule.js';

/** The endorsee's registry entry and inactive status as the renewal invitation carries them. */
export function endorseeChoicesOf(program: Program, person: EndorseeRow, row: CategoryRow, today: string): EndorseeChoices {
  const inactive = valueAsOf(renewalSettings(program).inactive, today);
  // The inactive fee as the fee flow states it (the feeSchedule, else renewal.fees), in minor units.
  const [fee] = renewalFeesDue(program, { category: row.category, cycle: cycleOf(row), on: today, kind: ['inactive'] });
  const currency = fee?.currency ?? program.feeSchedule?.[0]?.currency ?? 'USD';
  return {
    registry: {
      displayName: person.display_name,
      fields: person.registry_fields ?? {},
      setBy: person.registry_set_by,
      setAt: person.registry_set_at ? new Date(person.registry_set_at).toISOString() : null,
    },
    inactive: {
      offered: inactive ? { maxMonths: inactive.maxMonths, fee: fee?.amount ?? 0, currency } : null,
      requestedAt: row.inactive_requested_at ? new Date(row.inactive_requested_at).toISOString() : null,
    },
  };
}

/** Sets what the registry shows of a person, and who set it (`endorsee`, `coordinator:<email>`) and when: an audit line too. */
export async function setRegistryChoices(tx: Sql, person: EndorseeRow, choices: RegistryChoices, actor: string, now: Date): Promise<void> {
  await tx.query('update endorsees set display_name = $2, registry_fields = $3, registry_set_by = $4, registry_set_at = $5 where id = $1', [
    person.id,
    choices.displayName,
    JSON.stringify(choices.fields),
    actor,
    now.toISOString(),
  ]);
  await auditEndorsee(
    tx,
    { endorsee_id: person.id, program: person.program },
    actor,
    'registry-details',
    { displayName: choices.displayName !== null, fields: Object.keys(choices.fields) },
    now,
  );
}

export type ChoiceResult<T> =
  { ok: true; value: T; mailed?: boolean } | { ok: false; status: 404 | 409 | 410; error: string; message: string };

/**
 * The endorsee's own choices behind the renewal link (docs/renewal.md, docs/registry.md): the
 * registry entry (the name shown, the fields they consent to), and a request for inactive status,
 * which the coordinator sees on the Endorsees page and decides ("Place … inactive"); the endorsee
 * and the coordinator are mailed once, a second request changes nothing. The link works as for the
 * renewal itself: while its cycle runs.
 */
export async function endorseeChoiceAction(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  body: { token: string } & ({ action: 'registry'; choices: RegistryChoices } | { action: 'inactive' }),
  now: Date,
): Promise<ChoiceResult<unknown>> {
  return db.transaction(async (tx) => {
    const found = await findByRenewalToken(tx, body.token, true);
    const entry = found && programs.get(found.row.program);
    if (!found || !entry) return { ok: false, status: 404, error: 'invalid_link', message: 'This renewal link is not valid.' };
    const { row } = found;
    const today = dayOf(now);
    if (row.due_on !== found.dueOn || !['current', 'submitted'].includes(row.status) || today >= row.removal_on)
      return { ok: false, status: 410, error: 'link_closed', message: 'This renewal is closed: it was renewed, or its cycle ended.' };
    const person = (await loadEndorsee(tx, row.endorsee_id))!;
    if (body.action === 'registry') {
      await setRegistryChoices(tx, person, body.choices, 'endorsee', now);
      return { ok: true, value: endorseeChoicesOf(entry.program, (await loadEndorsee(tx, person.id))!, row, today).registry };
    }
    const choices = endorseeChoicesOf(entry.program, person, row, today);
    const offered = choices.inactive.offered;
    if (!offered) return { ok: false, status: 409, error: 'inactive_not_offered', message: 'This program does not offer inactive status.' };
    if (choices.inactive.requestedAt) return { ok: true, value: choices.inactive };
    await tx.query('update endorsee_categories set inactive_requested_at = $2 where id = $1', [row.id, now.toISOString()]);
    const coordinator = entry.coordinatorEmail ?? entry.program.contact.email;
    await enqueueMails(tx, row.program, null, [
      renewalMail(entry.program, person, row, 'inactive-requested', { months: offered.maxMonths }),
      ...(coordinator
        ? [
            {
              purpose: 'renewal-coordinator-inactive-requested' as const,
              recipient: coordinator,
              subject: `Inactive status asked for: ${person.full_name} (${row.category})`,
              body: `${person.full_name} asks for inactive status for ${row.category} (up to ${offered.maxMonths} months). Decide in the workspace's Endorsees page ("Place ${row.category} of ${person.full_name} inactive").`,
            },
          ]
        : []),
    ]);
    await auditEndorsee(tx, row, 'endorsee', 'inactive-requested', { maxMonths: offered.maxMonths }, now);
    return { ok: true, value: { ...choices.inactive, requestedAt: now.toISOString() }, mailed: true };
  });
}
