import { randomUUID } from 'node:crypto';
import { localize, type Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { audit } from '../admin/record-actions.js';
import type { RecordRow } from '../admin/record-queries.js';
import { isDecisionStatus, type ApplicationStatus } from '../admin/workflow.js';
import { certificatePdf } from './certificate.js';
import { AMENDABLE_STATUSES, amendUrl, issueAmendLink } from './amend-links.js';
import { onEndorsed } from './on-endorsed.js';
import { statusMail } from './status-mail.js';

/** A status the coordinator sets on an application, with what the applicant is told. */
export interface DecisionInput {
  program: Program;
  record: RecordRow & { kind: 'application' };
  status: ApplicationStatus;
  /** The coordinator's message (required by the route for `more_information_needed`). */
  message: string | null;
  /** A decision's feedback letter, as the coordinator edited it. */
  letter: string | null;
  actor: string;
  /** The server's public address: the amend link mailed after `more_information_needed` or `deferred` starts with it. */
  linkBase: string;
  now?: Date;
}

/** The certificate of an endorsed application, by its decision. */
export async function certificateOf(
  program: Program,
  record: RecordRow,
  decision: { decided_at: Date | string; certificate_number: string },
) {
  const { payload } = record;
  const code = payload.category;
  return certificatePdf({
    association: localize(program.contact.organization ?? program.name, record.locale),
    name: `${payload.applicant.givenName} ${payload.applicant.familyName}`.trim(),
    credential: `${payload.endorsement}®`,
    category: localize(program.categories[code]?.label ?? code, record.locale),
    code,
    date: new Date(decision.decided_at).toISOString().slice(0, 10),
    number: decision.certificate_number,
    locale: record.locale,
  });
}

/**
 * Step 4: records an application's status in one transaction: the record's status and message,
 * for a decision (`endorsed`, `approved_for_exam`, `emerging`, `deferred`, `on_hold`) a
 * `decisions` row with its letter, the applicant's mail in their language (with the certificate
 * PDF on `endorsed`, the amend link after `more_information_needed` or `deferred`), the audit entry (with the status before, for an undo), and on `endorsed`
 * `onEndorsed` (where the renewal's endorsee row goes). Returns the decision's id, if one.
 * @example await recordDecision(db, { program, record, status: 'endorsed', message: null, letter: 'Congratulations…', actor: 'staff@first5.example.org', linkBase: 'https://apply.example.org' });
 */
export async function recordDecision(db: Database, input: DecisionInput): Promise<{ decisionId?: string; certificateNumber?: string }> {
  const { program, record, status, message, letter, actor } = input;
  const now = input.now ?? new Date();
  const decided = isDecisionStatus(status);
  const decisionId = decided ? randomUUID() : undefined;
  const certificateNumber = status === 'endorsed' ? record.reference : undefined;
  const certificate = certificateNumber
    ? {
        filename: `certificate-${certificateNumber}.pdf`,
        contentType: 'application/pdf',
        content: Buffer.from(await certificateOf(program, record, { decided_at: now, certificate_number: certificateNumber })).toString(
          'base64',
        ),
      }
    : undefined;
  await db.transaction(async (tx) => {
    await tx.query('update records set status = $2, status_message = $3, updated_at = $4 where id = $1', [
      record.id,
      status,
      message,
      now.toISOString(),
    ]);
    if (decisionId)
      await tx.query(
        `insert into decisions (id, application_id, program, status, message, letter, decided_by, decided_at, certificate_number)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [decisionId, record.id, record.program, status, message, letter, actor, now.toISOString(), certificateNumber ?? null],
      );
    const amendToken = AMENDABLE_STATUSES.includes(status) ? await issueAmendLink(tx, record.id, now) : undefined;
    await enqueueMails(tx, record.program, record.id, [
      statusMail({
        program,
        locale: record.locale,
        kind: 'application',
        payload: record.payload,
        reference: record.reference,
        status,
        message,
        letter: decided ? letter : null,
        certificate,
        amendLink: amendToken && amendUrl(input.linkBase, amendToken),
      }),
    ]);
    await audit(tx, record, actor, decided ? 'decided' : 'status_set', {
      status,
      from: record.status,
      ...(message ? { message } : {}),
    });
    if (decisionId && certificateNumber)
      await onEndorsed(tx, { program, record, decisionId, certificateNumber, decidedAt: now.toISOString(), actor });
  });
  return { ...(decisionId ? { decisionId } : {}), ...(certificateNumber ? { certificateNumber } : {}) };
}

/** A decision as `decisions` keeps it. */
export interface DecisionRow {
  status: string;
  message: string | null;
  letter: string | null;
  decided_by: string;
  decided_at: Date | string;
  certificate_number: string | null;
  undone_at: Date | string | null;
}

/** An application's decisions, oldest first (undone ones too, marked). */
export async function decisionsOf(db: Sql, applicationId: string): Promise<DecisionRow[]> {
  return (
    await db.query<DecisionRow>(
      'select status, message, letter, decided_by, decided_at, certificate_number, undone_at from decisions where application_id = $1 order by decided_at',
      [applicationId],
    )
  ).rows;
}
