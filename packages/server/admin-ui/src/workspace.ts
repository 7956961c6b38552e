import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { base, fields, layout, theme } from '@endorsement-kit/element/styles';
import type { Done, PasswordBody, SignInBody } from '../../src/admin/api-types.js';
import { api, type ApiResult, type Me, type RecordDetail, type RecordList } from './api.js';
import { errorSummary, formField } from './form-field.js';
import { renderRecordList, type ListFilter } from './record-list-view.js';
import { renderRecordPage } from './record-page-view.js';
import { renderEndorsees, type EndorseeList } from './endorsee-view.js';
import { renderReviewList, renderReviewPage } from './reviewer-view.js';
import { renderStaff } from './staff-view.js';
import type { CoordinatorReview, ReviewerView, ReviewSummary, StaffMember } from './api.js';
import { workspaceStyles } from './styles.js';
import type { FormState, Submission, ViewHost } from './view-host.js';

export type { FormState, Submission } from './view-host.js';

type Route =
  | { name: 'list'; filter: ListFilter }
  | { name: 'record'; id: string }
  | { name: 'set-password'; token: string }
  | { name: 'staff' }
  | { name: 'reviews' }
  | { name: 'review'; id: string }
  | { name: 'endorsees' };

const FILTER_KEYS = ['q', 'kind', 'status', 'endorsement', 'category', 'program', 'from', 'to', 'cycle', 'page'] as const;

function readRoute(): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path === '/admin/set-password')
    return { name: 'set-password', token: new URLSearchParams(location.hash.slice(1)).get('token') ?? '' };
  if (path === '/admin/endorsees') return { name: 'endorsees' };
  const record = /^\/admin\/records\/([0-9a-f-]{36})$/.exec(path);
  if (record) return { name: 'record', id: record[1]! };
  if (path === '/admin/staff') return { name: 'staff' };
  if (path === '/admin/reviews') return { name: 'reviews' };
  const review = /^\/admin\/reviews\/([0-9a-f-]{36})$/.exec(path);
  if (review) return { name: 'review', id: review[1]! };
  const query = new URLSearchParams(location.search);
  return { name: 'list', filter: Object.fromEntries(FILTER_KEYS.map((key) => [key, query.get(key) ?? ''])) as ListFilter };
}

/**
 * The Endorsement Coordinator's workspace (served at `/admin`): sign-in, the list of records with
 * filters and exports, and a record's page with steps 2 and 4 of "Start Endorsement". One page
 * that routes with the History API; every screen puts focus on its heading.
 */
export class CoordinatorWorkspace extends LitElement implements ViewHost {
  static override styles = [theme, base, layout, fields, workspaceStyles];
  static override properties = {
    route: { state: true },
    me: { state: true },
    list: { state: true },
    detail: { state: true },
    forms: { state: true },
    loadError: { state: true },
    endorsees: { state: true },
    staff: { state: true },
    reviews: { state: true },
    review: { state: true },
    coordinatorReview: { state: true },
  };

  declare route: Route;
  declare me: Me | null | undefined;
  declare list: RecordList | undefined;
  declare detail: RecordDetail | undefined;
  declare forms: Record<string, FormState>;
  declare loadError: string | undefined;
  declare endorsees: EndorseeList | undefined;
  declare staff: StaffMember[] | undefined;
  declare reviews: ReviewSummary[] | undefined;
  declare review: ReviewerView | undefined;
  declare coordinatorReview: CoordinatorReview | undefined;
  private focusHeading = false;

  constructor() {
    super();
    this.route = readRoute();
    this.forms = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    void this.load();
  }

  override disconnectedCallback(): void {
    removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private onPopState = () => {
    this.route = readRoute();
    this.focusHeading = true;
    void this.load();
  };

  /** Moves to a workspace URL (a record, a filtered list) without reloading the page. */
  navigate(url: string): void {
    history.pushState(null, '', url);
    this.onPopState();
  }

  form(name: string): FormState {
    return this.forms[name] ?? { values: {}, errors: {} };
  }

  setForm(name: string, next: Partial<FormState>): void {
    this.forms = { ...this.forms, [name]: { ...this.form(name), ...next } };
  }

  input(name: string, field: string) {
    return (value: string) => this.setForm(name, { values: { ...this.form(name).values, [field]: value } });
  }

  reload(): Promise<void> {
    return this.load();
  }

  /** Loads what the route shows; a 401 shows the sign-in form. */
  async load(): Promise<void> {
    this.loadError = undefined;
    if (this.route.name === 'set-password') return;
    if (this.me === undefined || this.me === null) {
      const me = await api<Me>('GET', '/me');
      if (!me.ok) {
        this.me = me.status === 401 ? null : undefined;
        if (me.status !== 401) this.loadError = me.message;
        return;
      }
      this.me = me.data;
    }
    // A reviewer-only account starts at its reviews.
    if (this.route.name === 'list' && this.me.programs.length === 0 && this.me.reviews.length > 0) {
      history.replaceState(null, '', '/admin/reviews');
      this.route = { name: 'reviews' };
    }
    const route = this.route;
    if (route.name === 'endorsees') {
      const result = await api<EndorseeList>('GET', '/endorsees');
      if (result.ok) this.endorsees = result.data;
      else this.failed(result.status, result.message);
    } else if (route.name === 'list') {
      const query = new URLSearchParams(Object.entries(route.filter).filter(([, v]) => v) as [string, string][]);
      const result = await api<RecordList>('GET', `/records?${query}`);
      if (result.ok) this.list = result.data;
      else this.failed(result.status, result.message);
    } else if (route.name === 'staff') {
      const result = await api<StaffMember[]>('GET', '/staff');
      if (result.ok) this.staff = result.data;
      else this.failed(result.status, result.message);
    } else if (route.name === 'reviews') {
      const result = await api<ReviewSummary[]>('GET', '/reviews');
      if (result.ok) this.reviews = result.data;
      else this.failed(result.status, result.message);
    } else if (route.name === 'review') {
      const result = await api<ReviewerView>('GET', `/reviews/${route.id}`);
      this.review = result.ok ? result.data : undefined;
      if (!result.ok) this.failed(result.status, result.message);
    } else if (route.name === 'record') {
      const result = await api<RecordDetail>('GET', `/records/${route.id}`);
      // Both answers before either is shown: the page renders once, and its heading takes focus then.
      let review: CoordinatorReview | undefined;
      if (result.ok && result.data.record.kind === 'application') {
        const answer = await api<CoordinatorReview>('GET', `/records/${route.id}/review`);
        if (answer.ok) review = answer.data;
      }
      this.coordinatorReview = review;
      this.detail = result.ok ? result.data : undefined;
      if (!result.ok) this.failed(result.status, result.message);
    }
    this.focusHeading = true;
  }

  private failed(status: number, message: string): void {
    if (status === 401) this.me = null;
    else this.loadError = message;
  }

  /**
   * Submits a form: problems `check` finds stop it before anything is sent; a refusal shows the
   * server's issues on their fields (with `fields`, the body's keys by field id) or else its
   * message. Either way the form's error summary then takes focus. A 401 while signed in means the
   * session ended: the sign-in form shows. Resolves to the answer, or undefined when nothing was
   * sent (a problem found, or the form's previous request still pending).
   */
  async submit(formName: string, submission: Submission): Promise<ApiResult<unknown> | undefined> {
    if (this.form(formName).busy) return undefined;
    this.clearOtherProblems(formName);
    const problems = submission.check?.() ?? {};
    if (Object.keys(problems).length) {
      await this.showProblems(formName, { errors: problems, message: undefined, done: undefined });
      return undefined;
    }
    this.setForm(formName, { busy: true, done: undefined });
    const result = await submission.send();
    this.setForm(formName, { busy: false });
    if (result.ok) return result;
    if (result.status === 401 && this.me) {
      this.me = null;
      return result;
    }
    const { fields } = submission;
    const errors = fields
      ? Object.fromEntries(
          (result.issues ?? []).map((issue) => [fields[String(issue.path[0])] ?? `${formName}-${String(issue.path[0])}`, issue.message]),
        )
      : {};
    await this.showProblems(formName, {
      errors,
      message: fields && result.issues ? undefined : result.message,
      ...(submission.valuesAfterRefusal ? { values: submission.valuesAfterRefusal } : {}),
    });
    return result;
  }

  // One error summary on the page at a time, the last form sent's: the others' problems go when
  // another form is sent (their answers stay), so the summary's id is unique and focus finds it.
  private clearOtherProblems(formName: string): void {
    for (const [name, form] of Object.entries(this.forms))
      if (name !== formName && (Object.keys(form.errors).length > 0 || form.message))
        this.setForm(name, { errors: {}, message: undefined });
  }

  private async showProblems(formName: string, state: Partial<FormState>): Promise<void> {
    this.setForm(formName, state);
    await this.updateComplete;
    (this.shadowRoot?.getElementById('error-summary') as HTMLElement | null)?.focus();
  }

  /** Sends a change to a record's form; on success says `done` and reloads the record. */
  async change(
    formName: string,
    method: string,
    path: string,
    body: unknown,
    done: string,
    fields: Record<string, string> = {},
  ): Promise<boolean> {
    const result = await this.submit(formName, { send: () => api<unknown>(method, path, body), fields });
    if (!result?.ok) return false;
    this.setForm(formName, { errors: {}, message: undefined, values: {}, done });
    await this.load();
    return true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusHeading) {
      this.focusHeading = false;
      (this.shadowRoot?.querySelector('h1') as HTMLElement | null)?.focus();
    }
    const heading = this.shadowRoot?.querySelector('h1')?.textContent?.trim();
    if (heading) document.title = `${heading} · Endorsement workspace`;
  }

  override render(): TemplateResult {
    if (this.route.name === 'set-password') return this.renderSetPassword(this.route.token);
    if (this.me === null) return this.renderSignIn();
    if (!this.me)
      return html`<main>${this.loadError ? html`<h1 tabindex="-1">The workspace could not load</h1><p role="alert">${this.loadError}</p>` : html`<p role="status">Loading…</p>`}</main>`;
    return html`${this.renderHeader(this.me)}
      <main>
        ${
          this.loadError
            ? html`<h1 tabindex="-1">Not found</h1><p role="alert">${this.loadError}</p><p><a href="/admin" @click=${this.link('/admin')}>All records</a></p>`
            : this.renderRoute(this.me)
        }
      </main>`;
  }

  private renderRoute(me: Me): TemplateResult {
    const loading = html`<p role="status">Loading…</p>`;
    switch (this.route.name) {
      case 'list':
        return renderRecordList(this, me, this.route.filter, this.list);
      case 'staff':
        return this.staff ? renderStaff(this, me, this.staff) : loading;
      case 'reviews':
        return this.reviews ? renderReviewList(this, this.reviews) : loading;
      case 'review':
        return this.review ? renderReviewPage(this, this.review) : loading;
      case 'endorsees':
        return renderEndorsees(this, me, this.endorsees);
      default:
        return this.detail ? renderRecordPage(this, me, this.detail, this.coordinatorReview) : loading;
    }
  }

  /** A click handler for an in-workspace link: navigates without a reload. */
  link(url: string) {
    return (e: MouseEvent) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.navigate(url);
    };
  }

  private renderHeader(me: Me): TemplateResult {
    return html`<header class="top">
      <p><strong>${[...new Set([...me.programs, ...me.reviews].map((p) => p.name))].join(', ')}</strong> · Endorsement workspace</p>
      <nav aria-label="Workspace">
        ${me.programs.length ? html`<a href="/admin" @click=${this.link('/admin')}>Records</a> · <a href="/admin/staff" @click=${this.link('/admin/staff')}>Staff</a> · <a href="/admin/endorsees" @click=${this.link('/admin/endorsees')}>Endorsees</a>` : nothing}
        ${me.programs.length && me.reviews.length ? ' · ' : nothing}
        ${me.reviews.length ? html`<a href="/admin/reviews" @click=${this.link('/admin/reviews')}>My reviews</a>` : nothing}
      </nav>
      <p>
        Signed in as ${me.email}
        <button type="button" class="secondary" @click=${() => void this.signOut('/session', 'DELETE')}>Sign out</button>
        <button type="button" class="secondary" @click=${() => void this.signOut('/sign-out-everywhere', 'POST')}>Sign out everywhere</button>
      </p>
    </header>`;
  }

  private async signOut(path: string, method: string): Promise<void> {
    await api(method, path, method === 'POST' ? {} : undefined);
    this.me = null;
    this.list = undefined;
    this.detail = undefined;
    this.setForm('sign-in', {
      values: {},
      errors: {},
      message: undefined,
      done: path === '/session' ? 'You are signed out.' : 'You are signed out on every device.',
    });
    this.focusHeading = true;
  }

  private renderSignIn(): TemplateResult {
    const form = this.form('sign-in');
    const submit = async (e: Event) => {
      e.preventDefault();
      const result = await this.submit('sign-in', {
        check: () => ({
          ...(form.values.email?.trim() ? {} : { 'sign-in-email': 'Enter your email address' }),
          ...(form.values.password ? {} : { 'sign-in-password': 'Enter your password' }),
        }),
        send: () =>
          api<Done>('POST', '/session', { email: form.values.email ?? '', password: form.values.password ?? '' } satisfies SignInBody),
        valuesAfterRefusal: { ...form.values, password: '' },
      });
      if (!result?.ok) return;
      this.setForm('sign-in', { values: {}, errors: {}, message: undefined, done: undefined });
      this.me = undefined;
      await this.load();
    };
    return html`<main>
      <h1 tabindex="-1">Sign in to the endorsement workspace</h1>
      ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
      ${errorSummary(this.shadowRoot, form.errors, form.message)}
      <form novalidate @submit=${submit}>
        ${formField({ id: 'sign-in-email', label: 'Email address', type: 'email', autocomplete: 'username', value: form.values.email ?? '', error: form.errors['sign-in-email'], onInput: this.input('sign-in', 'email') })}
        ${formField({ id: 'sign-in-password', label: 'Password', type: 'password', autocomplete: 'current-password', value: form.values.password ?? '', error: form.errors['sign-in-password'], onInput: this.input('sign-in', 'password') })}
        <button type="submit">Sign in</button>
      </form>
      <p>Forgotten your password? Ask whoever runs the server for a new set-password link.</p>
    </main>`;
  }

  private renderSetPassword(token: string): TemplateResult {
    const form = this.form('password');
    const submit = async (e: Event) => {
      e.preventDefault();
      const password = form.values.password ?? '';
      const result = await this.submit('password', {
        check: () =>
          password.length < 12
            ? { 'new-password': 'Choose a password of at least 12 characters' }
            : password !== form.values.confirm
              ? { 'confirm-password': 'Type the same password twice' }
              : {},
        send: () => api<Done>('POST', '/password', { token, password } satisfies PasswordBody),
      });
      if (!result?.ok) return;
      this.forms = { 'sign-in': { values: {}, errors: {}, done: 'Your password is set. Sign in with it.' } };
      this.me = null;
      history.replaceState(null, '', '/admin');
      this.route = readRoute();
      this.focusHeading = true;
    };
    return html`<main>
      <h1 tabindex="-1">Choose your password</h1>
      ${errorSummary(this.shadowRoot, form.errors, form.message)}
      ${
        token
          ? html`<form novalidate @submit=${submit}>
            ${formField({ id: 'new-password', label: 'New password', type: 'password', autocomplete: 'new-password', hint: 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.', value: form.values.password ?? '', error: form.errors['new-password'], onInput: this.input('password', 'password') })}
            ${formField({ id: 'confirm-password', label: 'Type it again', type: 'password', autocomplete: 'new-password', value: form.values.confirm ?? '', error: form.errors['confirm-password'], onInput: this.input('password', 'confirm') })}
            <button type="submit">Set password</button>
          </form>`
          : html`<p>This link is incomplete. Open the whole link you were sent.</p>`
      }
    </main>`;
  }
}

customElements.define('ek-coordinator-workspace', CoordinatorWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'ek-coordinator-workspace': CoordinatorWorkspace;
  }
}
