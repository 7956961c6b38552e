import { StorageError } from '../errors/index.js';
import { DRAFT_SCHEMA_VERSION, type DraftRecord } from './draft-record.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
// A timestamp the old layout got wrong must not cost the answers: it becomes the epoch.
const iso = (value: unknown) => {
  const date = new Date(typeof value === 'number' || typeof value === 'string' ? value : 0);
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString();
};

/**
 * Each step lifts a stored draft from version `n` to `n + 1`. Version 0 is the prototype's layout
 * (`{ version: 0, created, modified, data }` with one `applicant.name`). Version 1 kept a single
 * `pending` submission.
 */
export const MIGRATIONS: Readonly<Record<number, (record: Raw) => Raw>> = {
  0: ({ version: _version, created, modified, data, ...rest }) => {
    const value = isObject(data) ? { ...data } : {};
    if (isObject(value['applicant']) && typeof value['applicant']['name'] === 'string') {
      const { name, ...applicant } = value['applicant'];
      const [givenName = '', ...family] = (name as string).trim().split(/\s+/);
      value['applicant'] = { ...applicant, givenName, familyName: family.join(' ') };
    }
    return { ...rest, schemaVersion: 1, createdAt: iso(created), updatedAt: iso(modified), revision: 1, value };
  },
  // Version 1 kept one pending submission; version 2 keeps one of each kind.
  1: ({ pending, ...rest }) => {
    const kind = isObject(pending) ? pending['kind'] : undefined;
    return {
      ...rest,
      schemaVersion: 2,
      ...(isObject(pending) && (kind === 'registration' || kind === 'application') ? { pending: { [kind]: pending } } : {}),
    };
  },
};

const versionOf = (raw: Raw): number =>
  typeof raw['schemaVersion'] === 'number' ? raw['schemaVersion'] : typeof raw['version'] === 'number' ? raw['version'] : NaN;

/**
 * A stored value as a current DraftRecord: migrated from an older layout, then checked. Throws a
 * StorageError with reason `unreadable` when it is not a draft or comes from a newer SDK.
 */
export function readRecord(raw: unknown): DraftRecord {
  const unreadable = (why: string) => new StorageError(`A stored draft cannot be read: ${why}`, { reason: 'unreadable' });
  if (!isObject(raw)) throw unreadable('not an object');
  let record = raw;
  for (let version = versionOf(record); version < DRAFT_SCHEMA_VERSION; version = versionOf(record)) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw unreadable(`no migration from version ${version}`);
    try {
      record = migrate(record);
    } catch (cause) {
      throw new StorageError(`A stored draft cannot be read: migrating from version ${version} failed`, { reason: 'unreadable', cause });
    }
  }
  if (versionOf(record) !== DRAFT_SCHEMA_VERSION) throw unreadable(`unknown version ${String(versionOf(record))}`);
  const { id, program, createdAt, updatedAt, revision, value } = record;
  if (
    typeof id !== 'string' ||
    typeof program !== 'string' ||
    typeof createdAt !== 'string' ||
    typeof updatedAt !== 'string' ||
    typeof revision !== 'number' ||
    !isObject(value)
  ) {
    throw unreadable('missing fields');
  }
  return record as unknown as DraftRecord;
}
