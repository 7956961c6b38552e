/** What a record is: the short registration or the professional application. */
export type RecordKind = 'registration' | 'application';

/** The status a record starts with, as its first receipt says. */
export const FIRST_STATUS: Record<RecordKind, string> = { registration: 'registered', application: 'received' };
