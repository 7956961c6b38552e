import type { Issue, Locale, LocalizedText, MessageParams, Program } from '@endorsement-kit/sdk/core';
import type { Path } from './sdk-types.js';

/** Everything a screen renderer needs from the element: text, values and the applicant's intents. */
export interface View {
  readonly program: Program;
  readonly locale: Locale;
  t(key: string, params?: MessageParams): string;
  text(value: LocalizedText | undefined): string;
  get(path: Path): unknown;
  /**
   * Puts a value in the draft. `typed`: a key in a text field, which the field already shows; the
   * element renders again at the pause in typing instead of on every key.
   */
  set(path: Path, value: unknown, typed?: boolean): void;
  /** A field was committed (change/blur): the moment to announce what it changed. */
  committed(): void;
  /** The problem to show on a field, if any. */
  issueAt(path: Path): Issue | undefined;
  /**
   * The problems on show at `prefix` or below it (what `issueAt` answers from there). A field or a
   * list's entry renders again only when its value or these change, so typing in one entry of 200
   * renders one, also when typing pauses and the steps' statuses are worked out again. Absent:
   * always render again.
   */
  issuesWithin?(prefix: Path): readonly Issue[];
  /** Renders a `file` field (the `flow` part's file picker); absent, file fields render nothing. */
  file?(field: import('./fields/field-view.js').FieldView): unknown;
  /** Changes whenever a file's state changes, so cached fields holding one render again. */
  fileVersion?: number;
}

/** The draft path of a repeatable list (`'training'` -> `['training']`). */
export function listPath(repeat: { path: string | readonly (string | number)[] }): Path {
  return typeof repeat.path === 'string' ? [repeat.path] : repeat.path;
}

/** An entry's title, e.g. "Training 2" (the SDK's message takes `{number}`, 1-based). */
export function entryTitle(view: View, repeat: { itemTitleKey: string }, index: number): string {
  return view.t(repeat.itemTitleKey, { number: index + 1 });
}

/** A stable element id for a draft path, unique in the shadow root. */
export function fieldId(path: Path): string {
  return `ek-${path.map((s) => String(s).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/**
 * A view over a scratch value instead of the draft (the questionnaire, the status lookup): same
 * text and rendering, nothing saved.
 */
export function scratchView(
  view: View,
  get: (path: Path) => unknown,
  set: (path: Path, value: unknown) => void,
  issueAt: View['issueAt'] = () => undefined,
): View {
  // Its own issueAt: what the view's issuesWithin says does not hold here.
  const { issuesWithin: _, ...rest } = view;
  return { ...rest, get, set, committed: () => undefined, issueAt };
}
