let last = 0;

/** Now as an ISO date-time, strictly later than the previous stamp: drafts sort by it. */
export function stamp(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
