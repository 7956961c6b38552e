import { total } from './amounts.js';
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
 * The window of `months` months to report: one that meets both thresholds if any does, else the
 * one with the most hours. Only windows starting at an entry's start need checking: any window can
 * slide forward to its first entry without losing one.
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
      hours: total(inside.map((e) => e.hours)),
      about: total(inside.filter((e) => e.aboutRscProvided).map((e) => e.hours)),
    };
    if (!best || better(window, best, needHours, needAbout)) best = window;
  }
  return best;
}

// A window that meets both thresholds wins (a Mentor's 50 hours with 25 about the RSC provided
// beat 80 hours with none). Failing that, the most hours, then the most about the RSC provided:
// the share is then read in that same window, so the hours reported are the most there are.
function better(a: RscWindow, b: RscWindow, needHours: number, needAbout: number): boolean {
  const score = (w: RscWindow) => [Number(w.hours >= needHours && w.about >= needAbout), w.hours, w.about];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i] ?? 0;
    const y = sb[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
