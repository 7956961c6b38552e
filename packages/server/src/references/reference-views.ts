import {
  ENDORSEMENT_LABELS,
  localize,
  resolveRatingForm,
  type Code,
  type Program,
  type RaterInvitation,
  type ReferenceRequestView,
  referenceSettings,
} from '@endorsement-kit/sdk';
import type { RegistrationFacts, RequestRow } from './reference-rows.js';

const HOUR = 3_600_000;
const OPEN = new Set(['invited', 'in_progress']);

/** A day `YYYY-MM-DD` (UTC) of an instant. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A request as the APPLICANT sees it: never the answers, the flags or why a form does not count.
 */
export function applicantView(row: RequestRow, program: Program): ReferenceRequestView {
  const resendable = OPEN.has(row.state) || row.state === 'expired';
  const view: ReferenceRequestView = {
    id: row.id,
    name: row.rater_name,
    email: row.rater_email,
    role: row.role,
    waiveRight: row.waive_right,
    language: row.language,
    state: row.state,
    sentAt: row.sent_at?.toISOString() ?? null,
    canResendAt:
      resendable && row.sent_at ? new Date(row.sent_at.getTime() + referenceSettings(program).resendHours * HOUR).toISOString() : null,
    expiresAt: OPEN.has(row.state) && row.expires_at ? row.expires_at.toISOString() : null,
  };
  if (row.note) view.note = row.note;
  if (row.state === 'declined' && row.decline_note) view.declineNote = row.decline_note;
  if (row.state === 'submitted') view.counts = row.counted === true && !row.excluded;
  return view;
}

/** A request as the RATER sees it: who asks for what, the form in their language, their answers. */
export function raterInvitation(
  row: RequestRow,
  program: Program,
  registration: RegistrationFacts,
  contactEmail?: string,
): RaterInvitation {
  const code = row.category as Code;
  const locale = row.language;
  const asOf = dayOf(row.submitted_at ?? row.created_at);
  const endorsement = program.endorsements[registration.endorsement] ?? ENDORSEMENT_LABELS[registration.endorsement];
  const category = program.categories[code];
  const invitation: RaterInvitation = {
    programName: localize(program.name, locale),
    applicantName: registration.fullName,
    category: { code, label: category ? localize(category.label, locale) : code },
    endorsement: { code: registration.endorsement, label: localize(endorsement.label, locale), ages: localize(endorsement.ages, locale) },
    role: row.role,
    waiveRight: row.waive_right,
    state: row.state,
    language: locale,
    expiresAt: (row.expires_at ?? row.created_at).toISOString(),
    form: resolveRatingForm(program, code, { asOf, locale }),
    answers: row.answers ?? {},
  };
  if (program.contact.organization) invitation.organization = localize(program.contact.organization, locale);
  if (row.note) invitation.note = row.note;
  if (row.saved_at) invitation.savedAt = row.saved_at.toISOString();
  if (row.submitted_at) invitation.submittedAt = row.submitted_at.toISOString();
  const email = contactEmail ?? program.contact.email;
  if (email) invitation.contactEmail = email;
  return invitation;
}
