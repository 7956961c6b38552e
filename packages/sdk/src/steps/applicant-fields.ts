import { field } from './field.js';
import type { FieldSpec } from './step-spec.js';

/**
 * The applicant's fields and the membership. The address is optional as a whole: its lines are
 * required only once one is filled in. Membership is required in the application only.
 */
export function applicantFields(membershipRequired: boolean): FieldSpec[] {
  return [
    field('applicant.givenName', 'text', true, { autocomplete: 'given-name' }),
    field('applicant.familyName', 'text', true, { autocomplete: 'family-name' }),
    field('applicant.email', 'email', true, { autocomplete: 'email', inputMode: 'email', hint: true }),
    field('applicant.phone', 'tel', false, { autocomplete: 'tel', inputMode: 'tel' }),
    field('applicant.address.line1', 'text', false, { autocomplete: 'address-line1', hint: true }),
    field('applicant.address.line2', 'text', false, { autocomplete: 'address-line2' }),
    field('applicant.address.city', 'text', false, { autocomplete: 'address-level2' }),
    field('applicant.address.region', 'text', false, { autocomplete: 'address-level1' }),
    field('applicant.address.postalCode', 'text', false, { autocomplete: 'postal-code' }),
    field('applicant.address.country', 'text', false, { autocomplete: 'country-name' }),
    field('applicant.employer', 'text', false, { autocomplete: 'organization' }),
    field('applicant.jobTitle', 'text', false, { autocomplete: 'organization-title' }),
    field('membership.association', 'text', membershipRequired, { hint: true }),
    field('membership.memberId', 'text', false),
  ];
}
