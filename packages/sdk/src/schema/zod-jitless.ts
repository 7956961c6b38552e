/**
 * Whether zod must not compile parsers with `new Function`: everywhere but Node, since a page's
 * Content-Security-Policy forbids it. In Node there is no page, and compiled parsers are what a
 * server validating many payloads wants. Each module that builds schemas passes this to
 * `z.config` before it builds any (see zod.ts).
 */
export function zodJitless(): boolean {
  return typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node !== 'string';
}
