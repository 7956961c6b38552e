import { get, update, type UseStore } from 'idb-keyval';
import { StorageError } from '../errors/index.js';

/** The reserved key under which the store keeps its encryption key (a CryptoKey, not extractable). */
export const KEY_RECORD = 'endorsement-kit:key';

interface Sealed {
  sealed: 'AES-GCM';
  iv: Uint8Array;
  data: ArrayBuffer;
  /** A value's `bytes` (a file chosen for a draft), sealed apart from its JSON. */
  bytes?: { iv: Uint8Array; data: ArrayBuffer };
}

const bytesOf = (value: unknown): Uint8Array | undefined => {
  const bytes = typeof value === 'object' && value !== null ? (value as { bytes?: unknown }).bytes : undefined;
  return bytes instanceof Uint8Array ? bytes : undefined;
};

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

/** Encrypts a JSON-like value; a `bytes` property (a Uint8Array) is encrypted as it is, not as JSON. */
export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const bytes = bytesOf(value);
  const json = bytes ? { ...(value as object), bytes: undefined } : value;
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(json)));
  if (!bytes) return { sealed: 'AES-GCM', iv, data };
  const bytesIv = crypto.getRandomValues(new Uint8Array(12));
  const sealedBytes = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: bytesIv }, key, bytes as Uint8Array<ArrayBuffer>);
  return { sealed: 'AES-GCM', iv, data, bytes: { iv: bytesIv, data: sealedBytes } };
}

/** The value inside a sealed record; a record stored before encryption was turned on passes as is. */
export async function unseal(key: CryptoKey, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv as Uint8Array<ArrayBuffer> }, key, value.data);
    const json = JSON.parse(new TextDecoder().decode(plain)) as unknown;
    if (!value.bytes) return json;
    const bytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.bytes.iv as Uint8Array<ArrayBuffer> }, key, value.bytes.data);
    return { ...(json as object), bytes: new Uint8Array(bytes) };
  } catch (error) {
    throw new StorageError('A stored draft cannot be decrypted', { reason: 'unreadable', cause: error });
  }
}
