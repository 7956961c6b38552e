/**
 * Messages: what `evaluateRenewal` says of a renewal. Only renewal/ uses them, so the application's
 * element never loads them; a program's `text` overrides them all the same.
 */
export const renewalEn: Readonly<Record<string, string>> = {
  'renewal.exempt': 'No hours are due for your first renewal after your endorsement: only your membership and the attestations.',
  'renewal.training-hours.met': '{have} hours of relationship-based training since {since}.',
  'renewal.training-hours.missing': '{missing} more hours of relationship-based training since {since} (of {need}).',
  'renewal.training-dei.met': '{have} hours of training on diversity, equity and inclusion.',
  'renewal.training-dei.missing': '{missing} more hours of training on diversity, equity and inclusion (of {need}).',
  'renewal.training-rsc-provision.met': '{have} hours of training on providing reflective supervision.',
  'renewal.training-rsc-provision.missing':
    '{missing} more hours of training on providing reflective supervision, as you provide it (of {need}).',
  'renewal.rsc-hours.met': '{have} hours of reflective supervision/consultation received since {since}.',
  'renewal.rsc-hours.missing': '{missing} more hours of reflective supervision/consultation received since {since} (of {need}).',
  'renewal.training-hours.met.one': '{have} hour of relationship-based training since {since}.',
  'renewal.training-hours.missing.one': '{missing} more hour of relationship-based training since {since} (of {need}).',
  'renewal.training-dei.met.one': '{have} hour of training on diversity, equity and inclusion.',
  'renewal.training-dei.missing.one': '{missing} more hour of training on diversity, equity and inclusion (of {need}).',
  'renewal.training-rsc-provision.met.one': '{have} hour of training on providing reflective supervision.',
  'renewal.training-rsc-provision.missing.one':
    '{missing} more hour of training on providing reflective supervision, as you provide it (of {need}).',
  'renewal.rsc-hours.met.one': '{have} hour of reflective supervision/consultation received since {since}.',
  'renewal.rsc-hours.missing.one': '{missing} more hour of reflective supervision/consultation received since {since} (of {need}).',
  'renewal.membership.met': 'Membership current until {date}.',
  'renewal.membership.missing': 'Enter your membership and its expiry date; it must be current.',
  'renewal.attestation-code-of-ethics.met': 'Code of Ethics signed.',
  'renewal.attestation-code-of-ethics.missing': 'Sign the Code of Ethics again.',
  'renewal.attestation-no-sanction.met': 'Attested: no licensing board has sanctioned you.',
  'renewal.attestation-no-sanction.missing': 'Attest that no licensing board has sanctioned you.',
};
