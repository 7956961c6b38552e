import type { ApiResult } from './api.js';

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
  /** Submits a form (the workspace's `submit`): resolves to the answer, or undefined when nothing was sent. */
  submit(
    formName: string,
    submission: { check?: () => Record<string, string>; send: () => Promise<ApiResult<unknown>>; fields?: Record<string, string> },
  ): Promise<ApiResult<unknown> | undefined>;
  /** Loads what the route shows again. */
  load(): Promise<void>;
  /** Sends a change to a record's form; on success says `done` and reloads the record. */
  change(formName: string, method: string, path: string, body: unknown, done: string, fields?: Record<string, string>): Promise<boolean>;
}
