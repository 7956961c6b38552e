/**
 * Counts requests per client address in fixed one-minute windows, in this process's memory (each
 * process behind a load balancer counts its own). A few lines of our own rather than a dependency:
 * the libraries for Hono need a storage adapter for this much.
 */
export function createRateLimiter(limitPerMinute: number, now: () => number = Date.now) {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    /** Counts one request; returns the seconds to wait when over the limit, else 0. */
    take(address: string): number {
      const time = now();
      if (time - windowStart >= 60_000) {
        windowStart = time;
        counts = new Map();
      }
      const count = (counts.get(address) ?? 0) + 1;
      counts.set(address, count);
      return count > limitPerMinute ? Math.max(1, Math.ceil((windowStart + 60_000 - time) / 1000)) : 0;
    },
  };
}
