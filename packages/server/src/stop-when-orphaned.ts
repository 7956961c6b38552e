/**
 * Calls `stop` once the process that started this one has ended. pnpm passes no SIGTERM on to the
 * script it runs (`kill <pid of pnpm start>` ends pnpm alone), so a server started through it
 * would be left running, reparented; the kernel then gives it another parent, which is how it
 * notices. Returns the function that stops watching.
 * @example stopWhenOrphaned(() => void running.close().then(() => process.exit(0)));
 */
export function stopWhenOrphaned(stop: () => void, everyMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, everyMs);
  // A check, not work: it must not keep the process alive by itself.
  timer.unref();
  return () => clearInterval(timer);
}
