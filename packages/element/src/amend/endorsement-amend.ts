import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import {
  amendClient,
  createEndorsementClient,
  earlyOpenFetch,
  indexedDbStore,
  localize,
  restBackend,
  translateUi,
  type AmendFailure,
  type AmendOpening,
  type Application,
  type EndorsementClient,
} from '@endorsement-kit/sdk/core';
import { loadPosition, savePosition } from '../controllers/position.js';
import { loadLocale } from '../i18n/load-locale.js';
import type { EndorsementStepChangeEvent } from '../events/step-change-event.js';
import type { EndorsementSubmittedEvent } from '../events/submitted-event.js';
import { a11y } from '../styles/a11y.js';
import { base, fields, layout, theme } from '../styles/index.js';
import { keepLocale, keptLocale, rememberSent, sentWith, takeToken, type SentVersion } from './amend-link.js';
import { AMEND_WORDS } from './amend-words.js';

type Screen =
  { name: 'loading' } | { name: 'failed'; error: AmendFailure['error'] } | { name: 'form' } | { name: 'sent'; sent: SentVersion };

// Keys the receiver fills in itself: the draft holds the applicant's answers only.
const NOT_ANSWERS = new Set(['program', 'schemaVersion']);

/**
 * The applicant's amend page, opened from the personal link mailed with "more information needed"
 * or a deferral (`/amend/#<token>`): the coordinator's message, then the application as it was
 * sent, in `<endorsement-application>` as a draft of its own (saved on the device as the applicant
 * types, reopened where they were after a reload; their other drafts untouched), whose submit
 * sends the next version of the same application. The token is read from the fragment, kept for
 * this tab only and sent in POST bodies, never in a URL.
 *
 * @summary Amend and resubmit a sent endorsement application behind a secure link.
 *
 * @example
 * <script type="module" src="/amend/endorsement-amend.js"></script>
 * <endorsement-amend endpoint="/api"></endorsement-amend>
 */
export class EndorsementAmend extends LitElement {
  static override styles = [
    theme,
    base,
    layout,
    fields,
    a11y,
    css`
      .message {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];
  static override properties = {
    endpoint: {},
    screen: { state: true },
  };

  /** The receiver's API base URL. @default '/api' */
  declare endpoint: string;
  declare private screen: Screen;
  private opened: AmendOpening | undefined;
  private client: EndorsementClient | undefined;
  private draftId: string | undefined;
  private token: string | undefined;
  private generation = 0;

  constructor() {
    super();
    this.endpoint = '/api';
    this.screen = { name: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    void this.open();
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.onHashChange);
    void this.client?.dispose();
    this.client = undefined;
    super.disconnectedCallback();
  }

  // Another link pasted into the same tab opens that application.
  private onHashChange = () => {
    if (location.hash.length > 1) void this.open();
  };

  private get locale(): string {
    const wanted = this.opened?.locale ?? keptLocale() ?? navigator.language;
    return wanted.toLowerCase().startsWith('es') ? 'es' : 'en';
  }

  private w(key: string, params: Record<string, string | number> = {}): string {
    const template = AMEND_WORDS[this.locale]?.[key] ?? AMEND_WORDS['en']![key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }

  private async open(): Promise<void> {
    const generation = ++this.generation;
    this.screen = { name: 'loading' };
    void this.client?.dispose();
    this.client = undefined;
    this.opened = undefined;
    const token = (this.token = takeToken());
    if (!token) return this.show({ name: 'failed', error: 'invalid_link' });
    // The first open takes the answer the page's early-open script (its <head>) has on its way, if any.
    const amend = amendClient({ baseUrl: this.endpoint, token, fetch: earlyOpenFetch() });
    const result = await amend.open();
    if (generation !== this.generation) return;
    if (!result.ok) {
      const sent = sentWith(token);
      return this.show(sent && result.error === 'link_closed' ? { name: 'sent', sent } : { name: 'failed', error: result.error });
    }
    const opened = (this.opened = result.value);
    keepLocale(opened.locale);
    // The form's words in the application's language, fetched while the draft opens (Spanish is a
    // part of its own; a failure to fetch it shows the form in English, never blocks it).
    const words = loadLocale(this.locale);
    const program = opened.program;
    // A database of its own: the applicant's other drafts (on this origin) neither open here nor
    // see this one, and a new link (another expiry) starts from what was sent last.
    const client = createEndorsementClient({
      program,
      backend: amend.backend(restBackend({ baseUrl: this.endpoint })),
      store: indexedDbStore({ database: `endorsement-kit:amend:${program.id}` }),
      locale: this.locale,
    });
    const draftId = `amend-${opened.id}-${Date.parse(opened.expiresAt)}`;
    const draft = await client.open(draftId);
    if (generation !== this.generation) return void client.dispose();
    if (draft.get(['applicant']) === undefined && !draft.receipt) {
      for (const [key, value] of Object.entries(opened.application as Application)) if (!NOT_ANSWERS.has(key)) draft.set([key], value);
      await draft.flush();
    }
    // The page opens on "Check your answers", also after Start over (the start screen, its
    // questionnaire and registration belong to a first application, not to this one).
    if (!draft.receipt && (loadPosition(program.id, draftId)?.screen ?? 'start') === 'start')
      savePosition(program.id, draftId, { screen: 'review', form: 'application', index: 0 });
    await words;
    if (generation !== this.generation) return void client.dispose();
    this.client = client;
    this.draftId = draftId;
    this.show({ name: 'form' });
  }

  private show(screen: Screen): void {
    this.screen = screen;
    document.documentElement.lang = this.locale;
    document.title = this.w(screen.name === 'sent' ? 'receipt.title' : 'title');
    if (screen.name !== 'form')
      void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('h1')?.focus());
  }

  // Start over deleted this draft: the next one starts again from the application as it was sent.
  private onStep(event: EndorsementStepChangeEvent): void {
    if (event.step === 'start' && this.screen.name === 'form') void this.open();
  }

  private onSubmitted(event: EndorsementSubmittedEvent): void {
    const { receipt } = event;
    const sent = {
      reference: receipt.reference ?? this.opened?.reference ?? receipt.id,
      version: receipt.version ?? 0,
      receivedAt: receipt.receivedAt,
    };
    if (this.token) rememberSent(this.token, sent);
    this.show({ name: 'sent', sent });
  }

  protected override render(): TemplateResult {
    const { screen } = this;
    return html`<div class="root" lang=${this.locale}>
      <h1 tabindex="-1">${this.w(screen.name === 'sent' ? 'receipt.title' : 'title')}</h1>
      ${this.renderScreen(screen)}
    </div>`;
  }

  private renderScreen(screen: Screen): TemplateResult {
    switch (screen.name) {
      case 'loading':
        return html`<p role="status">${this.w('loading')}</p>`;
      case 'failed':
        return html`<p class="panel notice" role="alert">${this.w(`error.${screen.error}`)}</p>`;
      case 'sent': {
        const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
          new Date(screen.sent.receivedAt),
        );
        return html`<div class="panel success" role="status">
          <p>${this.w('receipt.line', { version: screen.sent.version, reference: screen.sent.reference, date })}</p>
          <p>${this.w('receipt.next')}</p>
        </div>`;
      }
      case 'form': {
        const opened = this.opened!;
        const { program } = opened;
        const contact = localize(program.contact.title, this.locale);
        const expires = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(new Date(opened.expiresAt));
        const status = translateUi(program, this.locale, `ui.receipt.state.${opened.status}`);
        return html`<p>${this.w('intro', { reference: opened.reference, status })}</p>
          ${
            opened.message
              ? html`<div class="panel notice">
                <p>${this.w('message', { contact })}</p>
                <p class="message">${opened.message}</p>
              </div>`
              : nothing
          }
          <p>${this.w('saved', { date: expires })}</p>
          <endorsement-application
            .client=${this.client}
            .program=${program}
            draft-id=${this.draftId!}
            locale=${this.locale}
            @endorsement-submitted=${(event: EndorsementSubmittedEvent) => this.onSubmitted(event)}
            @endorsement-step-change=${(event: EndorsementStepChangeEvent) => this.onStep(event)}
          ></endorsement-application>`;
      }
    }
  }
}
