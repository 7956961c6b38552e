// Draft saves running anywhere in this page. A second client opened while the first one's last
// save is still being encrypted and written (an element removed and added again, a framework
// remounting it) must read after that save, not before it: IndexedDB orders transactions, but
// the write's transaction only starts once encryption is done.
const running = new Set<Promise<unknown>>();

/** @internal Remembers a save until it settles. */
export function trackSave(save: Promise<unknown>): void {
  running.add(save);
  const forget = () => running.delete(save);
  save.then(forget, forget);
}

/** @internal Resolves once every save running now has settled. */
export async function savesSettled(): Promise<void> {
  if (running.size > 0) await Promise.allSettled([...running]);
}
