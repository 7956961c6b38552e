/** Whether the browser believes it is online (always true where there is no `navigator.onLine`). */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/**
 * Listens for the page being hidden or left (`pagehide`, `visibilitychange` to hidden) and for
 * coming back online, where `globalThis.addEventListener` exists; returns the function that stops.
 * Nothing is touched at import time, so Node and workers are fine.
 */
export function watchPage(handlers: { hidden(): void; online(): void }): () => void {
  const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') return () => undefined;
  const onHide = () => handlers.hidden();
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') handlers.hidden();
  };
  const onOnline = () => handlers.online();
  target.addEventListener('pagehide', onHide);
  // visibilitychange is fired at the document and bubbles to the window.
  target.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('online', onOnline);
  return () => {
    target.removeEventListener?.('pagehide', onHide);
    target.removeEventListener?.('visibilitychange', onVisibility);
    target.removeEventListener?.('online', onOnline);
  };
}
