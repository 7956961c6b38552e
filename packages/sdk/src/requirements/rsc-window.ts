import { addMonths, type Day } from './calendar.js';

/** One RSC entry that qualifies: its provider, dates and degree all count. */
export interface QualifyingRsc {
  start: Day;
  end: Day;
  hours: number;
  aboutRscProvided: boolean;
}

/** The hours found inside one window of the rules' length. */
export interface RscWindow {
  start: Day;
  hours: number;
  about: number;
}

/**
 * The window of `months` months that best meets both thresholds. Only windows starting at an
 * entry's start need checking: any window can slide forward to its first entry without losing one.
 */
export function bestRscWindow(entries: readonly QualifyingRsc[], months: number, needHours: number, needAbout: number): RscWindow | null {
  let best: RscWindow | null = null;
  for (const first of entries) {
    // The window's last day is the same date `months` later: people log "Jan 15, 2022 - Jan 15,
    // 2024" as 24 months of RSC, and the rules mean that reading.
    const last = addMonths(first.start, months);
    const inside = entries.filter((e) => e.start >= first.start && e.end <= last);
    const window = {
      start: first.start,
      hours: inside.reduce((sum, e) => sum + e.hours, 0),
      about: inside.reduce((sum, e) => (e.aboutRscProvided ? sum + e.hours : sum), 0),
    };
    if (!best || better(window, best, needHours, needAbout)) best = window;
  }
  return best;
}

// The window "best satisfies both" when it meets more of the two thresholds, then falls shorter
// in total, then has more hours, then more about RSC provided. So a window with 50 hours of which
// 25 are about RSC provided beats one with 80 hours of which none are: only the first can qualify.
function better(a: RscWindow, b: RscWindow, needHours: number, needAbout: number): boolean {
  const score = (w: RscWindow) => [
    Number(w.hours >= needHours) + Number(w.about >= needAbout),
    -(Math.max(0, needHours - w.hours) + Math.max(0, needAbout - w.about)),
    w.hours,
    w.about,
  ];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i] ?? 0;
    const y = sb[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
