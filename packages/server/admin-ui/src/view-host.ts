import type { ApiResult } from './api.js';

/** What `submit` sends, and what it checks first. */
export interface Submission {
  /** Problems found before anything is sent, by field id: any stops the submission. */
  check?: () => Record<string, string>;
  send: () => Promise<ApiResult<unknown>>;
  /** Field ids by the body's keys: the server's issues then show on their fields, else its message shows. */
  fields?: Record<string, string>;
  /** The form's values after a refusal (a password is typed again). */
  valuesAfterRefusal?: Record<string, string>;
}

/** A form's typed values, its errors by field id, and a message for the whole form. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
  busy?: boolean;
  done?: string | undefined;
}

/**
 * What the workspace's views (the list, a record's page) may ask of the workspace element that
 * renders them: its forms, navigation and record changes. The element implements it; the views
 * depend on this, not on the element, so neither module imports the other.
 */
export interface ViewHost {
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  /** Moves to a workspace URL (a record, a filtered list) without reloading the page. */
  navigate(url: string): void;
  /** A click handler for an in-workspace link: navigates without a reload. */
  link(url: string): (e: MouseEvent) => void;
  form(name: string): FormState;
  setForm(name: string, next: Partial<FormState>): void;
  input(name: string, field: string): (value: string) => void;
  /** Submits a form (see the workspace's `submit`): resolves to the answer, or undefined when nothing was sent. */
  submit(formName: string, submission: Submission): Promise<ApiResult<unknown> | undefined>;
  /** Loads the current screen's data again. */
  reload(): Promise<void>;
  /** Sends a change to a record's form; on success says `done` and reloads the record. */
  change(formName: string, method: string, path: string, body: unknown, done: string, fields?: Record<string, string>): Promise<boolean>;
}
