/**
 * Failed attempts per client address in fixed one-minute windows, in this process's memory: after
 * `limit` failures an address waits for the next window. Successes do not count, so a busy office
 * behind one address is not throttled for signing in correctly.
 */
export function createFailureCounter(limit: number, now: () => number = Date.now) {
  let windowStart = now();
  let counts = new Map<string, number>();
  const roll = () => {
    if (now() - windowStart >= 60_000) {
      windowStart = now();
      counts = new Map();
    }
  };
  return {
    /** Seconds `address` must wait before trying again, or 0. */
    wait(address: string): number {
      roll();
      return (counts.get(address) ?? 0) >= limit ? Math.max(1, Math.ceil((windowStart + 60_000 - now()) / 1000)) : 0;
    },
    count(address: string): void {
      roll();
      counts.set(address, (counts.get(address) ?? 0) + 1);
    },
  };
}
