import {
  isNetworkError,
  isReferenceLinkError,
  isSubmissionError,
  referenceSettings,
  referencesClient,
  type Issue,
  type ReferenceList,
  type ReferenceRequestInput,
  type ReferencesClient,
} from '@endorsement-kit/sdk/core';
import { fieldId, type View } from '../view.js';

const fieldIdOf = (key: string) => fieldId(['refs', key]);

/** What the "Ask for a reference" form holds while it is typed. */
export interface RequestForm {
  /** Asking someone else instead of this request (it is withdrawn in the same call). */
  replacing?: { id: string; name: string } | undefined;
  values: { name?: string; email?: string; role?: string; waiveRight?: boolean; note?: string };
  issues: Issue[];
}

/** A correction of one request's email address while it is typed. */
export interface AddressForm {
  id: string;
  email: string;
  issue?: Issue | undefined;
}

export interface ReferenceRequestsOptions {
  /** Renders the element again. */
  update: () => void;
  /** The receiver's base URL and the registration receipt; undefined while the applicant may not ask yet. */
  access: () => { baseUrl: string; registrationId: string; accessToken: string } | undefined;
  /** Moves focus to the element with this id after the next render. */
  focus: (id: string) => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The applicant's reference requests as the References step and the status lookup show them:
 * the list (loaded once, again after each action), the form asking a rater (or someone else
 * instead of one), a correction of an address, and how the last action went. The rules (who may
 * be asked, how often a mail may be resent) are the receiver's; this only says what it answered.
 */
export class ReferenceRequests {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  declare list: ReferenceList | undefined;
  declare failure: string | undefined;
  declare form: RequestForm | undefined;
  declare address: AddressForm | undefined;
  declare message: { text: string; alert: boolean } | undefined;
  busy = false;
  /** The page's language: the raters' mails and page default to it. */
  locale = 'en';

  declare private readonly options: ReferenceRequestsOptions;
  declare private made: { key: string; client: ReferencesClient } | undefined;

  constructor(options: ReferenceRequestsOptions) {
    this.options = options;
  }

  /** The client for this registration, or undefined while there is no access token. */
  client(): ReferencesClient | undefined {
    const access = this.options.access();
    if (!access) return undefined;
    const key = `${access.baseUrl} ${access.registrationId} ${access.accessToken}`;
    if (this.made?.key !== key) this.made = { key, client: referencesClient(access) };
    return this.made.client;
  }

  /** Focuses the element with this id after the next render (an error summary's link). */
  focusOn(id: string): void {
    this.options.focus(id);
    this.options.update();
  }

  /** Loads the list once (again with `force`). */
  async load(view: View, force = false): Promise<void> {
    const client = this.client();
    if (!client || this.status === 'loading' || (this.status !== 'idle' && !force)) return;
    this.status = 'loading';
    this.options.update();
    try {
      this.list = await client.list();
      this.status = 'ready';
    } catch (error) {
      this.failure = reason(view, error);
      this.status = 'error';
    }
    this.options.update();
  }

  /** Opens the form: a new request, or someone else instead of `replacing`. */
  openForm(replacing?: { id: string; name: string }): void {
    this.form = { replacing, values: {}, issues: [] };
    this.address = undefined;
    this.message = undefined;
    this.options.focus('ek-refs-form-heading');
    this.options.update();
  }

  closeForm(focus = 'ek-refs-heading'): void {
    this.form = undefined;
    this.address = undefined;
    this.options.focus(focus);
    this.options.update();
  }

  type(key: keyof RequestForm['values'], value: unknown): void {
    if (!this.form) return;
    this.form = { ...this.form, values: { ...this.form.values, [key]: value === '' ? undefined : value } };
    this.options.update();
  }

  async send(view: View): Promise<void> {
    const form = this.form;
    const client = this.client();
    if (!form || !client || this.busy) return;
    const { name, email, role, waiveRight, note } = form.values;
    const issues: Issue[] = [];
    const need = (ok: boolean, key: string, code: string) => {
      if (!ok)
        issues.push({
          path: ['refs', key],
          code,
          message: view.t(`references.${code === 'invalid' ? 'invalid' : 'missing'}.${key === 'waiveRight' ? 'waive' : key}`),
        });
    };
    need(!!name?.trim(), 'name', 'required');
    need(!!email?.trim(), 'email', 'required');
    if (email?.trim()) need(EMAIL.test(email.trim()), 'email', 'invalid');
    need(!!role, 'role', 'required');
    need(waiveRight !== undefined, 'waiveRight', 'required');
    if (issues.length) {
      this.form = { ...form, issues };
      this.options.focus('ek-refs-error-summary');
      return this.options.update();
    }
    const input: ReferenceRequestInput = {
      name: name!.trim(),
      email: email!.trim(),
      role: role as ReferenceRequestInput['role'],
      waiveRight: waiveRight!,
      language: this.locale,
      ...(note?.trim() ? { note: note.trim() } : {}),
    };
    const replacing = form.replacing;
    await this.run(
      view,
      () => (replacing ? client.cancel(replacing.id, input) : client.request(input)),
      replacing
        ? view.t('references.done.replaced', { old: replacing.name, name: input.name })
        : view.t('references.done.sent', { name: input.name }),
      (error) => {
        // The receiver's own check of the fields (422): beside them, as the applicant's own would be.
        if (!isSubmissionError(error) || !error.issues.length) return false;
        this.form = { ...form, issues: error.issues.map((i) => ({ ...i, path: ['refs', String(i.path.at(-1) ?? 'name')] })) };
        this.options.focus('ek-refs-error-summary');
        return true;
      },
    );
  }

  async resend(view: View, id: string, name: string): Promise<void> {
    const client = this.client();
    if (client) await this.run(view, () => client.resend(id), view.t('references.done.resent', { name }));
  }

  editAddress(id: string, email: string): void {
    this.address = { id, email };
    this.form = undefined;
    this.message = undefined;
    this.options.focus(fieldIdOf('address'));
    this.options.update();
  }

  typeAddress(email: string): void {
    if (this.address) this.address = { ...this.address, email };
    this.options.update();
  }

  async saveAddress(view: View): Promise<void> {
    const address = this.address;
    const client = this.client();
    if (!address || !client) return;
    const email = address.email.trim();
    if (!EMAIL.test(email)) {
      this.address = {
        ...address,
        issue: {
          path: ['refs', 'address'],
          code: 'invalid',
          message: view.t(email ? 'references.invalid.email' : 'references.missing.email'),
        },
      };
      this.options.focus(fieldIdOf('address'));
      return this.options.update();
    }
    await this.run(view, () => client.changeAddress(address.id, email), view.t('references.done.address', { email }));
  }

  private async run(view: View, action: () => Promise<ReferenceList>, done: string, handled?: (error: unknown) => boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.message = undefined;
    this.options.update();
    try {
      this.list = await action();
      this.status = 'ready';
      this.form = undefined;
      this.address = undefined;
      this.message = { text: done, alert: false };
      this.options.focus('ek-refs-message');
    } catch (error) {
      if (!handled?.(error)) {
        this.message = { text: view.t('references.failed', { reason: reason(view, error) }), alert: true };
        this.options.focus('ek-refs-message');
      }
    } finally {
      this.busy = false;
      this.options.update();
    }
  }
}

/** Why a call failed, in the applicant's language where it is known. */
function reason(view: View, error: unknown): string {
  if (isNetworkError(error)) return view.t('ui.status.unreachable');
  // The receiver refuses a request over the program's cap as a 422 issue `too_many_requests`.
  if (isSubmissionError(error) && error.issues.some((issue) => issue.code === 'too_many_requests'))
    return view.t('references.limit', { max: referenceSettings(view.program).maxRequests });
  if (isSubmissionError(error) && error.issues[0]) return error.issues[0].message;
  // After the application is in, the program may keep withdrawing and replacing for the coordinator.
  if (isReferenceLinkError(error) && error.code === 'application_submitted') return view.t('references.after-submit');
  return error instanceof Error ? error.message : String(error);
}
