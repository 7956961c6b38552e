import { randomInt } from 'node:crypto';

// No 0/O or 1/I: nothing to mistake on the phone or in handwriting. 32 letters, 11 drawn: 55 bits.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A new short reference, `XXX-XXXX-XXXX` (e.g. `F5A-7K3M-Q9PD`), drawn by a CSPRNG. */
export function newShortReference(): string {
  let code = '';
  for (let i = 0; i < 11; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return format(code);
}

/**
 * A typed reference in its stored form, or undefined when it cannot be one: case and hyphens or
 * spaces do not matter (`f5a 7k3m q9pd`, `F5A7K3MQ9PD`).
 */
export function normalizeShortReference(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === 11 && [...code].every((c) => ALPHABET.includes(c)) ? format(code) : undefined;
}

const format = (code: string) => `${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7)}`;
