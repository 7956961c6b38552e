// An amended application's versions across the wire (the admin-ui imports this file, so a renamed
// field fails tsc on both sides).

/**
 * One field that differs between two versions: its path in the application, and its value before
 * and after as plain text (`''` when absent). The workspace shows it as text, never as HTML.
 * @example const change: FieldChange = { path: 'applicant.givenName', before: 'Ana', after: 'Anabel' };
 */
export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

/**
 * An application's versions, oldest first (empty when it was never amended), and what changed
 * from the one before the last to the last.
 * @example const versions: ApplicationVersions = { versions: [{ version: 1, receivedAt: '2026-12-01T10:00:00.000Z' }, { version: 2, receivedAt: '2026-12-07T09:00:00.000Z' }], changes: [{ path: 'applicant.givenName', before: 'Ana', after: 'Anabel' }] };
 */
export interface ApplicationVersions {
  versions: { version: number; receivedAt: string }[];
  changes: FieldChange[];
}
