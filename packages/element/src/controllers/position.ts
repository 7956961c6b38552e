import type { FormKind } from '../events/step-change-event.js';

/** The element's screens. */
export type Screen = 'start' | 'flow' | 'registered' | 'review' | 'receipt' | 'status';

/** Where the applicant was, so a reload returns to the same step. */
export interface Position {
  screen: Screen;
  form: FormKind;
  index: number;
  /** On a step reached by a Change link from "Check your answers", which Continue and Back return to. */
  review?: boolean;
}

const key = (programId: string, draftId: string) => `endorsement-kit:position:${programId}:${draftId}`;
const SCREENS: readonly string[] = ['start', 'flow', 'registered', 'review', 'receipt', 'status'];

// The position is only a convenience: no storage (private mode, sandboxed frame) means starting on
// the first screen, never an error.
export function loadPosition(programId: string, draftId: string): Position | undefined {
  try {
    const raw = localStorage.getItem(key(programId, draftId));
    const value = raw ? (JSON.parse(raw) as Partial<Position>) : undefined;
    if (
      !value ||
      !SCREENS.includes(String(value.screen)) ||
      (value.form !== 'registration' && value.form !== 'application') ||
      typeof value.index !== 'number'
    )
      return undefined;
    return { screen: value.screen as Screen, form: value.form, index: value.index, ...(value.review === true ? { review: true } : {}) };
  } catch {
    return undefined;
  }
}

export function savePosition(programId: string, draftId: string, position: Position): void {
  try {
    localStorage.setItem(key(programId, draftId), JSON.stringify(position));
  } catch {
    // See loadPosition.
  }
}

/** Forgets where the applicant was in a draft that is being deleted (Start over). */
export function clearPosition(programId: string, draftId: string): void {
  try {
    localStorage.removeItem(key(programId, draftId));
  } catch {
    // See loadPosition.
  }
}

/**
 * Whether a draft of this program may reopen past the start screen: some position stored for it
 * (any draft: which one opens is known only once it has) is on another screen. Without storage,
 * no.
 */
export function mayResumePastStart(programId: string): boolean {
  try {
    const prefix = key(programId, '');
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(prefix) && loadPosition(programId, name.slice(prefix.length))?.screen !== 'start') return true;
    }
    return false;
  } catch {
    return false;
  }
}
