import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: a session cookie's value or a set-password token. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its sha256, so a copy of the table opens nothing. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
