import type { Locale } from '@endorsement-kit/sdk/core';
import { formatTime } from '../i18n/format.js';

const warmed = new Set<string>();

/**
 * Builds, once the browser is idle, the formatter "Saved 10:32" needs in this language. The first
 * `Intl.DateTimeFormat` a page builds loads its calendar data, about 90 ms of a phone's main
 * thread: built at the first save instead, it fell between two of the applicant's keys (issue 22).
 * @example warmTimeFormat('es') // later formatTime(Date.now(), 'es') builds nothing
 */
export function warmTimeFormat(locale: Locale): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const whenIdle = globalThis.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 0));
  whenIdle(() => formatTime(0, locale));
}
