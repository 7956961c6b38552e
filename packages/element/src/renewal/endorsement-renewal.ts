import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  baseLocale,
  earlyOpenFetch,
  evaluateRenewal,
  formatDay,
  formatFee,
  localize,
  renewalClient,
  renewalAttestations,
  translateUi,
  type Issue,
  type RenewalAttestation,
  type RenewalClient,
  type RenewalInvitation,
  type RenewalResult,
  type StepSpec,
} from '@endorsement-kit/sdk/core';
import { renderRepeatList, type RepeatActions } from '../application-step/repeat-list.js';
import { plainField } from '../fields/plain-field.js';
import { summaryMarkup, type SummaryItem } from '../fields/summary-markup.js';
import type { Path } from '../sdk-types.js';
import { a11y } from '../styles/a11y.js';
import { base, fields, layout, theme } from '../styles/index.js';
import { fieldId, samePath, type View } from '../view.js';
import { RegistryChoicesController } from './registry-choices.js';
import { getAt, renewalLists, setAt } from './renewal-draft.js';
import { renewalStyles } from './renewal-styles.js';
import { RENEWAL_WORDS } from './renewal-words.js';
import { feeWord, renderRenewalFees, RenewalPayment, TOKEN_KEY, type RenewalFeeWords } from './renewal-fees.js';
import { FormRestController } from '../controllers/form-rest.js';
import { loadRenewalPart, renewalPart, type RenewalParts } from './renewal-parts.js';

type Screen = 'loading' | 'failed' | 'closed' | 'form' | 'thanks';
type Repeat = NonNullable<StepSpec['repeat']>;
const SIGNATURE_KEY: Record<RenewalAttestation, string> = { 'code-of-ethics': 'codeOfEthics', 'no-sanction': 'noSanction' };
const SAVE_AFTER_MS = 800;
// Validation is fetched in the first pause this long once the whole form is shown: not while keys
// arrive, when its evaluation would compete with them on a slow phone (issue 22, point 4).
const CHECKS_AFTER_MS = 1000;
// Typing re-renders the checklist at most this often, not per key (issue #22, point 4).
const REFRESH_AFTER_MS = 150;
const today = () => new Date().toISOString().slice(0, 10);
const spanish = (language: string | undefined) => !!language && baseLocale(language) === 'es';
const storedToken = () => {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
};

/**
 * The endorsee's renewal page, opened from the personal link in a renewal mail (`/renew/#<token>`):
 * the live checklist (the SDK's `evaluateRenewal`), the application's own training and RSC lists,
 * whether they provide RSC, their membership, the Code of Ethics and the no-sanction attestation,
 * saved on the server as they go (they may leave and come back from the same link), the renewal's
 * fees (what is due and what is paid, the program's payment page or "Pay … by card" through
 * Stripe; docs/fees.md, "Renewal fees"), and submit; beside it, saved on their own, the registry
 * entry they choose and a request for inactive status (`RegistryChoicesController`). The token is
 * read from the fragment (or, back from Stripe's page, from the tab's `sessionStorage`) and sent in
 * POST bodies only.
 *
 * @summary The endorsee's yearly renewal behind a secure link.
 *
 * @csspart field - Each field.
 * @csspart button - Every button.
 *
 * @example
 * <script type="module" src="/endorsement-renewal.js"></script>
 * <endorsement-renewal endpoint="/api"></endorsement-renewal>
 */
export class EndorsementRenewal extends LitElement {
  static override styles = [theme, base, layout, fields, a11y, renewalStyles];
  static override properties = {
    endpoint: {},
    locale: { reflect: true },
    token: { attribute: false },
    screen: { state: true },
    saveState: { state: true },
    issues: { state: true },
    summary: { state: true },
    removed: { state: true },
    sending: { state: true },
  };

  /** The receiver's API base URL. @default '/api' */
  declare endpoint: string;
  /** `en` or `es`; by default the endorsee's language. */
  declare locale: string | undefined;
  /** The link's token; by default the page URL's fragment. */
  declare token: string | undefined;
  declare private screen: Screen;
  // Not reactive: a keystroke lands here and in the input at once; the page (the checklist) follows
  // on `refreshSoon`, structural changes (lists, checkboxes) at once.
  private draft: Record<string, unknown> = {};
  declare private saveState: 'idle' | 'saving' | 'saved' | 'error';
  declare private issues: Issue[];
  declare private summary: SummaryItem[] | undefined;
  declare private removed: { title: string; path: Path; index: number; entry: unknown } | undefined;
  // From Submit until its answer: a second press sends nothing more, and the status says why.
  declare private sending: boolean;
  private invitation: RenewalInvitation | undefined;
  private closedReason = 'invalid_link';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = 0;
  private readonly payment = new RenewalPayment(this);
  private choices = new RegistryChoicesController(this);
  // The Spanish part failed to load: the page is then in English throughout, not half and half.
  private spanishFailed = false;
  // The form's first render holds what the endorsee reads and fills first, down to the membership
  // fields; the attestations, Submit and the registry choices render in the next task.
  private readonly rest = new FormRestController(this, () => this.screen === 'form');
  private checksAsked = false;
  private checksTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.endpoint = '/api';
    this.screen = 'loading';
    this.saveState = 'idle';
    this.issues = [];
    this.sending = false;
  }

  private get client(): RenewalClient {
    // The first open takes the answer the page's early-open script (its <head>) has on its way, if any.
    return renewalClient({ baseUrl: this.endpoint, fetch: earlyOpenFetch() });
  }

  private get secret(): string {
    // Back from Stripe's page, whose return address has no fragment: the token kept for the way back.
    return this.token ?? (decodeURIComponent(location.hash.slice(1)).trim() || storedToken());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.open();
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHashChange);
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.flush();
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    clearTimeout(this.checksTimer);
    this.checksTimer = undefined;
    super.disconnectedCallback();
  }

  // Another link pasted into the same tab opens that renewal.
  private onHashChange = () => {
    if (this.token !== undefined) return;
    this.summary = undefined;
    void this.open();
  };

  // Closing the tab or leaving the page (or the app, on a phone) inside the pause after the last key
  // would lose those keys: they are saved at once, with a call that outlives the page.
  private flush = () => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.save(true);
  };
  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private async open(): Promise<void> {
    this.screen = 'loading';
    this.rest.reset();
    // A page set to Spanish fetches its Spanish while the link opens.
    if (spanish(this.locale)) void this.spanishWords();
    const opened = await this.client.open(this.secret);
    if (!opened.ok) {
      this.closedReason = opened.error;
      this.screen = opened.error === 'invalid_link' || opened.error === 'link_closed' ? 'closed' : 'failed';
      return;
    }
    // The endorsee's language known now: a Spanish one's words before the form shows.
    if (spanish(this.locale || opened.value.language || document.documentElement.lang)) await this.spanishWords();
    this.invitation = opened.value;
    this.choices.load(opened.value.choices, opened.value.fullName);
    const saved = opened.value.renewal;
    this.draft =
      typeof saved === 'object' && saved !== null
        ? (saved as Record<string, unknown>)
        : { training: [], rscReceived: [], providesRsc: false, attestations: {} };
    this.screen = opened.value.state === 'submitted' || opened.value.state === 'approved' ? 'thanks' : 'form';
  }

  private get language(): string {
    const language = this.locale || this.invitation?.language || document.documentElement.lang || 'en';
    return this.spanishFailed && spanish(language) ? 'en' : language;
  }

  /** Loads the Spanish part; a failure says so in the console and leaves the page in English (as load-locale.ts). */
  private async spanishWords(): Promise<void> {
    try {
      await loadRenewalPart('spanish');
      this.spanishFailed = false;
    } catch (error) {
      this.spanishFailed = true;
      console.warn(
        `endorsement-kit: the renewal page's Spanish could not be loaded (${(error as Error)?.message ?? error}); showing English instead.`,
      );
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A page switched to Spanish once open: its Spanish words, then the page again.
    if (changed.has('locale') && this.screen !== 'loading' && spanish(this.language) && !renewalPart('spanish'))
      void this.spanishWords().then(() => this.requestUpdate());
  }

  protected override updated(): void {
    // Validation is needed at submit only: fetched once the whole form is shown, in the first pause
    // while the endorsee reads.
    if (this.screen === 'form' && this.rest.complete && !this.checksAsked) {
      this.checksAsked = true;
      this.fetchChecksSoon();
    }
  }

  /** Fetches the validation part in the next pause of CHECKS_AFTER_MS (a key meanwhile puts it off). */
  private fetchChecksSoon(): void {
    clearTimeout(this.checksTimer);
    this.checksTimer = setTimeout(() => {
      this.checksTimer = undefined;
      // A failure here waits for the submit, which loads it again and says so if it fails.
      if (!renewalPart('checks')) void loadRenewalPart('checks').catch(() => undefined);
    }, CHECKS_AFTER_MS);
  }

  /** Also waits for the rest of the form when only its first part is on the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.rest.waited()) ? super.getUpdateComplete() : done;
  }

  private w(key: string, params: Record<string, string> = {}): string {
    const base = this.language.split('-')[0] ?? 'en';
    const template = RENEWAL_WORDS[base]?.[key] ?? RENEWAL_WORDS['en']![key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  }

  /**
   * Puts a change in the draft and schedules its save. `typed`: a key in a text field, which the
   * input already shows; the checklist follows within REFRESH_AFTER_MS instead of being evaluated
   * and rendered again per key. The problems shown after a Submit stay as they are until the next
   * one (as the application's Continue): a summary shrinking above the form as each is mended
   * would move the form under the endorsee's pointer.
   */
  private set(path: Path, value: unknown, typed = false): void {
    this.draft = setAt(this.draft, path, value) as Record<string, unknown>;
    if (this.checksTimer !== undefined) this.fetchChecksSoon();
    if (typed) this.refreshSoon();
    else this.refresh();
    clearTimeout(this.timer);
    // "Saving…" from the first keystroke: "Saved" then always means this very draft is on the server.
    this.saveState = 'saving';
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_AFTER_MS);
  }

  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshSoon(): void {
    this.refreshTimer ??= setTimeout(() => this.refresh(), REFRESH_AFTER_MS);
  }
  private refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.requestUpdate();
  }

  /** Saves the draft; the latest call wins, and a failure is shown and retried with the next change. */
  private async save(keepalive = false): Promise<void> {
    const call = ++this.saving;
    this.saveState = 'saving';
    const saved = await this.client.save(this.secret, this.draft, { keepalive });
    if (call !== this.saving) return;
    this.saveState = saved.ok ? 'saved' : 'error';
  }

  private evaluate(): RenewalResult {
    const invitation = this.invitation!;
    return evaluateRenewal(invitation.program, this.draft, {
      category: invitation.category,
      endorsedOn: invitation.endorsedOn,
      cycle: invitation.cycle,
      asOf: today(),
      locale: this.language,
    });
  }

  /** The problems to show: the fields' (as the application words them) and the checklist's unmet items. */
  private check(checks: RenewalParts['checks']): SummaryItem[] {
    const program = this.invitation!.program;
    const checked = checks.validateRenewal(program, this.draft, { locale: this.language, asOf: today() });
    this.issues = checked.ok ? [] : checked.issues;
    const items: SummaryItem[] = this.issues.map((issue) => ({ message: issue.message, target: fieldId(issue.path) }));
    for (const check of this.evaluate().checks.filter((c) => !c.met))
      items.push({
        message: check.id.startsWith('attestation-') ? this.w('missing.attest') : check.detail,
        target: `ekn-check-${check.id}`,
      });
    this.summary = items;
    return items;
  }

  private async submit(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      await this.send();
    } finally {
      this.sending = false;
    }
  }

  private async send(): Promise<void> {
    let checks: RenewalParts['checks'];
    try {
      // Loaded while the endorsee read, or now (again, after a failure).
      checks = renewalPart('checks') ?? (await loadRenewalPart('checks'));
    } catch {
      // Nothing typed is lost (the draft stays, and is saved); pressing Submit again tries again.
      this.summary = [{ message: this.w('checks-failed'), target: 'ekn-submit' }];
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById('ekn-error-summary')?.focus();
      return;
    }
    const items = this.check(checks);
    if (items.length > 0) {
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById('ekn-error-summary')?.focus();
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    const sent = await this.client.submit(this.secret, this.draft);
    this.saveState = 'idle';
    if (sent.ok) {
      this.screen = 'thanks';
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('h1')?.focus();
    } else {
      this.summary =
        sent.error === 'issues'
          ? sent.issues.map((issue) => ({ message: issue.message, target: fieldId(issue.path) }))
          : sent.error === 'fee_due'
            ? [{ message: feeWord(this.language, 'fees.due-first'), target: 'ekn-fees' }]
            : [{ message: this.w('submit-failed'), target: 'ekn-submit' }];
      if (sent.error === 'fee_due') void this.refreshFees();
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById('ekn-error-summary')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const invitation = this.invitation;
    const title = this.w('title', { category: invitation?.categoryLabel ?? '' });
    return html`<div class="root" lang=${this.language}>
      <header class="header" part="header"><span class="program">${invitation?.programName ?? ''}</span></header>
      ${this.renderScreen(title)}
    </div>`;
  }

  private renderScreen(title: string): TemplateResult {
    switch (this.screen) {
      case 'loading':
        // As the receiver's page shell says it before the script runs: no heading gone meanwhile.
        return html`<h1>${this.w('loading.title')}</h1>
          <p role="status">${this.w('loading')}</p>`;
      case 'failed':
        return html`<h1 tabindex="-1">${this.w('loading.title')}</h1>
          <p role="alert">${this.w('failed')}</p>
          <button type="button" part="button" @click=${() => void this.open()}>${this.w('retry')}</button>`;
      case 'closed':
        return html`<h1 tabindex="-1">${this.w('loading.title')}</h1>
          <p role="alert">${this.w(`closed.${this.closedReason}`)}</p>`;
      case 'thanks':
        return html`<h1 tabindex="-1">${title}</h1>
          <p role="status">${this.w('thanks')}</p>
          ${this.renderFees()} ${this.renderChoices()}`;
      case 'form':
        return this.renderForm(title);
    }
  }

  private renderForm(title: string): TemplateResult {
    const invitation = this.invitation!;
    const { program, cycle } = invitation;
    const result = this.evaluate();
    const view: View = {
      program,
      locale: this.language,
      t: (key, params) => translateUi(program, this.language, key, params),
      text: (value) => (value === undefined ? '' : localize(value, this.language)),
      get: (path) => getAt(this.draft, path),
      // A text, number or cleared field's key; lists and choices of several render at once.
      set: (path, value) => this.set(path, value, value === undefined || typeof value === 'string' || typeof value === 'number'),
      committed: () => undefined,
      issueAt: (path) => this.issues.find((issue) => samePath(issue.path, path)),
    };
    const lists = renewalLists(program, invitation.category);
    const needsRsc = result.checks.some((c) => c.id === 'rsc-hours');
    return html`<h1 tabindex="-1">${title}</h1>
      ${this.summary?.length ? summaryMarkup({ id: 'ekn-error-summary', title: this.w('errors.title'), items: this.summary, focus: (id) => (this.renderRoot as ShadowRoot).getElementById(id)?.focus() }) : nothing}
      <p>${this.w('intro', { name: invitation.fullName, due: formatDay(cycle.dueOn, this.language) })}</p>
      ${result.phase === 'late' && cycle.lateUntil ? html`<p class="panel notice">${this.w('late', { lateUntil: formatDay(cycle.lateUntil, this.language) })}</p>` : nothing}
      ${invitation.state === 'more_information' && invitation.note ? html`<div class="panel notice"><p>${this.w('note')}</p><p class="note">${invitation.note}</p></div>` : nothing}
      <section aria-labelledby="ekn-checklist" class="panel">
        <h2 id="ekn-checklist">${this.w('checklist')}</h2>
        ${result.note ? html`<p>${result.note}</p>` : nothing}
        <ul class="checklist">
          ${result.checks.map((c) => html`<li id="ekn-check-${c.id}" tabindex="-1" class=${c.met ? 'met' : 'missing'}><span class="vh">${this.w(c.met ? 'met' : 'missing')}</span>${c.detail}</li>`)}
        </ul>
        ${result.fees.total > 0 && !invitation.fees ? html`<p>${this.w('fee', { fee: formatFee(result.fees.total, result.fees.currency, this.language) })}</p>` : nothing}
      </section>
      ${this.renderFees()}
      ${this.renderCheckbox('providesRsc', this.w('providesRsc'), this.draft['providesRsc'] === true, (on) => this.set(['providesRsc'], on))}
      ${!result.exempt && lists.training ? this.renderList(view, lists.training, this.w('section.training', { since: formatDay(cycle.periodStart, this.language) })) : nothing}
      ${!result.exempt && needsRsc && lists.rscReceived ? this.renderList(view, lists.rscReceived, this.w('section.rsc')) : nothing}
      <section aria-labelledby="ekn-membership">
        <h2 id="ekn-membership">${this.w('section.membership')}</h2>
        ${this.renderText(['membership', 'association'], this.w('membership.association'))}
        ${this.renderText(['membership', 'expiresOn'], this.w('membership.expiresOn'), this.w('membership.expiresOn.hint'))}
      </section>
      ${this.rest.complete ? this.renderRest() : nothing}`;
  }

  private saveStatus(): string {
    if (this.sending) return this.w('sending');
    if (this.saveState === 'idle') return '';
    return this.w(this.saveState === 'error' ? 'save-failed' : this.saveState);
  }

  /** The form after its first part: the attestations, the save status, Submit and the registry choices. */
  private renderRest(): TemplateResult {
    const attestations = renewalAttestations(this.invitation!.program, this.invitation!.cycle.dueOn);
    return html`<section aria-labelledby="ekn-attestations">
        <h2 id="ekn-attestations">${this.w('section.attestations')}</h2>
        ${attestations.map((attestation) => this.renderAttestation(attestation))}
      </section>
      <p role="status" class="save-state">${this.saveStatus()}</p>
      <button id="ekn-submit" type="button" part="button" aria-disabled=${this.sending ? 'true' : nothing} @click=${() => void this.submit()}>${this.w('submit')}</button>
      ${this.renderChoices()}`;
  }

  // The registry entry and inactive status: saved on their own, whatever the renewal's state.
  private renderChoices() {
    const invitation = this.invitation!;
    return this.choices.render({
      endpoint: this.endpoint,
      token: this.secret,
      language: this.language,
      programName: invitation.programName,
      fullName: invitation.fullName,
      errorPrefix: translateUi(undefined, this.language, 'ui.error-prefix'),
    });
  }

  /** The renewal's fees from the receiver (docs/fees.md, "Renewal fees"): what is due and paid, and paying. */
  private renderFees(): TemplateResult | typeof nothing {
    const invitation = this.invitation;
    if (!invitation?.fees) return nothing;
    const words: RenewalFeeWords = {
      language: this.language,
      t: (key, params) => translateUi(invitation.program, this.language, key, params),
      contact: localize(invitation.program.contact.title, this.language),
    };
    return renderRenewalFees(words, this.payment, this.secret, invitation.fees, invitation.payBeforeSubmit === true);
  }

  /** The fees again (a submit refused while one is due: perhaps paid meanwhile in another tab). */
  private async refreshFees(): Promise<void> {
    const opened = await this.client.open(this.secret);
    if (opened.ok && this.invitation) {
      this.invitation = { ...this.invitation, fees: opened.value.fees ?? [] };
      this.requestUpdate();
    }
  }

  private renderList(view: View, repeat: Repeat, heading: string): TemplateResult {
    const actions: RepeatActions = {
      add: (r) => {
        const path = typeof r.path === 'string' ? [r.path] : r.path;
        const list = getAt(this.draft, path);
        const entries = Array.isArray(list) ? list : [];
        this.set(path, [...entries, r.path === 'training' ? { topics: [] } : { provider: {} }]);
      },
      remove: (r, index, itemTitle) => {
        const path = typeof r.path === 'string' ? [r.path] : r.path;
        const entries = [...((getAt(this.draft, path) as unknown[]) ?? [])];
        const [entry] = entries.splice(index, 1);
        this.removed = { title: itemTitle, path, index, entry };
        this.set(path, entries);
      },
      undo: () => {
        const removed = this.removed;
        if (!removed) return;
        const entries = [...((getAt(this.draft, removed.path) as unknown[]) ?? [])];
        entries.splice(removed.index, 0, removed.entry);
        this.removed = undefined;
        this.set(removed.path, entries);
      },
      removed: this.removed,
    };
    return html`<section aria-label=${heading}><h2>${heading}</h2>${renderRepeatList(view, repeat, actions)}</section>`;
  }

  private renderText(path: Path, label: string, hint?: string): TemplateResult {
    const issue = this.issues.find((i) => samePath(i.path, path));
    return plainField({
      id: fieldId(path),
      label,
      value: String(getAt(this.draft, path) ?? ''),
      ...(hint ? { hint } : {}),
      error: issue?.message,
      errorPrefix: translateUi(undefined, this.language, 'ui.error-prefix'),
      onInput: (value) => this.set(path, value.trim() === '' ? undefined : value, true),
    });
  }

  private renderCheckbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): TemplateResult {
    return html`<div class="field checkbox" part="field">
      <input type="checkbox" id="ekn-${id}" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for="ekn-${id}">${label}</label>
    </div>`;
  }

  private renderAttestation(attestation: RenewalAttestation): TemplateResult {
    const key = SIGNATURE_KEY[attestation];
    const path = ['attestations', key];
    type Signature = { accepted?: boolean; signedName?: string } | undefined;
    const signature = getAt(this.draft, path) as Signature;
    const accepted = signature?.accepted === true;
    // Read at the event, not at the last render: typed keys may not have rendered yet.
    const now = () => getAt(this.draft, path) as Signature;
    const sign = (next: { accepted: boolean; signedName: string }, typed = false) =>
      this.set(
        path,
        next.accepted || next.signedName ? { accepted: next.accepted, signedName: next.signedName, signedOn: today() } : undefined,
        typed,
      );
    return html`<fieldset class="group">
      <legend class="vh">${this.w(`attest.${attestation}`)}</legend>
      ${this.renderCheckbox(`attest-${attestation}`, this.w(`attest.${attestation}`), accepted, (on) => sign({ accepted: on, signedName: now()?.signedName ?? '' }))}
      ${plainField({
        id: fieldId([...path, 'signedName']),
        label: this.w('attest.name'),
        value: signature?.signedName ?? '',
        errorPrefix: translateUi(undefined, this.language, 'ui.error-prefix'),
        onInput: (value) => sign({ accepted: now()?.accepted === true, signedName: value }, true),
      })}
    </fieldset>`;
  }
}
