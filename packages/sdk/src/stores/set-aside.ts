/** Records that could not be read are moved under this prefix: kept for recovery, never dropped. */
export const SET_ASIDE_PREFIX = 'unreadable:';

/** The key a record unreadable at `key` is moved to. */
export const setAsideKey = (key: string): string => `${SET_ASIDE_PREFIX}${key}:${new Date().toISOString()}`;
