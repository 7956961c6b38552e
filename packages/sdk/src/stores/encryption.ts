import { get, update, type UseStore } from 'idb-keyval';
import { StorageError } from '../errors/index.js';

/** The reserved key under which the store keeps its encryption key (a CryptoKey, not extractable). */
export const KEY_RECORD = 'endorsement-kit:key';

interface Sealed {
  sealed: 'AES-GCM';
  iv: Uint8Array;
  data: ArrayBuffer;
  /** The value was bytes (a file kept with a draft), sealed as they are rather than as JSON. */
  raw?: true;
}

const isSealed = (value: unknown): value is Sealed => typeof value === 'object' && value !== null && (value as Sealed).sealed === 'AES-GCM';

/**
 * The database's AES-GCM key, made on first use. WebCrypto keys are structured-cloneable, so the
 * key is stored as a non-extractable CryptoKey: script on the page can use it but never read it.
 * Two tabs may race to make it: the first one written wins, atomically, and both use that one.
 */
export async function loadKey(store: UseStore): Promise<CryptoKey> {
  const existing = await get<CryptoKey>(KEY_RECORD, store);
  if (existing) return existing;
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await update<CryptoKey>(KEY_RECORD, (old) => old ?? fresh, store);
  const key = await get<CryptoKey>(KEY_RECORD, store);
  if (!key) throw new StorageError('The encryption key could not be stored', { reason: 'unavailable' });
  return key;
}

/** Encrypts a JSON-like value, or a Uint8Array (a file's bytes) as it is. */
export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const raw = value instanceof Uint8Array;
  const plain = raw ? (value as Uint8Array<ArrayBuffer>) : new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return raw ? { sealed: 'AES-GCM', iv, data, raw } : { sealed: 'AES-GCM', iv, data };
}

/** The value inside a sealed record; a record stored before encryption was turned on passes as is. */
export async function unseal(key: CryptoKey, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv as Uint8Array<ArrayBuffer> }, key, value.data);
    return value.raw ? new Uint8Array(plain) : (JSON.parse(new TextDecoder().decode(plain)) as unknown);
  } catch (error) {
    throw new StorageError('A stored draft cannot be decrypted', { reason: 'unreadable', cause: error });
  }
}
