// The answers' closed lists that a program's rules also speak of (a category's lowest degree), so
// they sit below both the payload's schema and the programs.

/** Degree or credential levels, lowest first. */
export const EDUCATION_LEVELS = ['cda', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Levels of a leadership activity, narrowest first. */
export const LEADERSHIP_LEVELS = ['local', 'regional', 'state', 'national'] as const;
export type LeadershipLevel = (typeof LEADERSHIP_LEVELS)[number];

/** Who a reference is to the applicant. */
export const REFERENCE_ROLES = ['supervisor', 'rsc-provider', 'colleague', 'supervisee', 'service-recipient'] as const;
export type ReferenceRole = (typeof REFERENCE_ROLES)[number];
