/** The request's Idempotency-Key, or why it is not usable (a 400). */
export type KeyCheck = { ok: true; key: string } | { ok: false; error: string; message: string };

/**
 * One key of 8 to 255 letters, digits and `._:-` (the SDK sends a UUID). Two headers arrive joined
 * by a comma, which no valid key contains, so they are refused too.
 */
export function readIdempotencyKey(headers: Headers): KeyCheck {
  const raw = headers.get('idempotency-key');
  if (raw === null || raw.trim() === '')
    return {
      ok: false,
      error: 'idempotency_key_required',
      message: 'Send an Idempotency-Key header: one random UUID per registration or submission.',
    };
  if (raw.includes(',')) return { ok: false, error: 'idempotency_key_repeated', message: 'Send exactly one Idempotency-Key header.' };
  const key = raw.trim();
  if (!/^[A-Za-z0-9._:-]{8,255}$/.test(key))
    return {
      ok: false,
      error: 'idempotency_key_invalid',
      message: 'The Idempotency-Key must be 8 to 255 letters, digits, dots, colons, underscores or hyphens.',
    };
  return { ok: true, key };
}
