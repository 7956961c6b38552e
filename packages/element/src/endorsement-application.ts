import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { translateUi, type Program } from '@endorsement-kit/sdk/core';
import { EndorsementController } from './controllers/endorsement-controller.js';
import { LiveAnnouncer } from './controllers/live-announcer.js';
import { MediaQueryController } from './controllers/media-query.js';
import { NavigationController } from './controllers/navigation.js';
import { QuestionnaireController } from './controllers/questionnaire.js';
import { SendController } from './controllers/send-controller.js';
import { StatusLookupController } from './controllers/status-lookup.js';
import { TypingPauseController } from './controllers/typing-pause.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { loadLocale, localeReady } from './i18n/load-locale.js';
import { base, fields, layout, theme } from './styles/index.js';
import { a11y } from './styles/a11y.js';
import type { View } from './view.js';
import type { BackendLike, Client, Draft, StoreLike } from './sdk-types.js';
import type { ApplicationContext } from './application-context.js';
import { announcements, applicationView } from './application-view.js';
import { shownSaveState } from './header/shown-save-state.js';
import { startActions } from './start/start-actions.js';
import { renderStart } from './start/start-screen.js';
import { renderPendingSend } from './header/pending-send.js';
import { renderQuizScreen } from './start/quiz-screen.js';
import { renderRegistered } from './registration/registered-screen.js';
import { renderReceipt } from './receipt/receipt-screen.js';
import { renderStatusScreen } from './receipt/status-screen.js';
import { renderSaveStatus } from './header/save-status.js';
import { renderStartOverConfirm } from './header/start-over.js';
import { clearPosition, mayResumePastStart } from './controllers/position.js';
import { FlowPartController } from './parts/parts-controller.js';
import { renderConflictWhenReady, renderPartMissing } from './parts/part-screens.js';
import { renderLoadFailure } from './start/load-failure.js';

/**
 * The IMH-E® / ECMH-E® endorsement application as one tag: start screen with a category
 * questionnaire, registration, the professional application step by step with a requirement
 * tracker, "Check your answers", submission, receipt and status lookup. Everything it knows comes
 * from `@endorsement-kit/sdk`; answers are saved on the device as the applicant types.
 *
 * @summary Embeddable, accessible and bilingual endorsement application.
 *
 * @fires {EndorsementStepChangeEvent} endorsement-step-change - The applicant moved to another step or screen.
 * @fires {EndorsementSaveEvent} endorsement-save - The draft was saved on this device, or could not be.
 * @fires {EndorsementSubmitEvent} endorsement-submit - Cancelable, before a registration or application is sent; `preventDefault()` stops it.
 * @fires {EndorsementRegisteredEvent} endorsement-registered - The backend accepted the registration.
 * @fires {EndorsementSubmittedEvent} endorsement-submitted - The backend accepted the application.
 * @fires {EndorsementErrorEvent} endorsement-error - Loading, saving or sending failed.
 *
 * @csspart header - The top bar: program name, save status, Start over.
 * @csspart step-indicator - The list of steps.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart button - Every button.
 * @csspart tracker - The requirement tracker.
 * @csspart summary - The error summary, and each step's block on "Check your answers".
 *
 * CSS custom properties (`--ek-color-primary`, `--ek-font-family`, `--ek-space` and 20 more): each is
 * listed with its default and what it styles in `src/styles/theme.ts`, the one place they are defined;
 * custom-elements.json and docs/theming.md are generated from or checked against it.
 *
 * @example
 * <script type="module" src="https://cdn.example.org/endorsement-application.js"></script>
 * <endorsement-application program="first5-alabama" endpoint="https://api.example.org/endorsement"></endorsement-application>
 */
export class EndorsementApplication extends LitElement {
  static override styles = [theme, base, layout, fields, a11y];

  static override properties = {
    program: {},
    endpoint: {},
    locale: { reflect: true },
    draftId: { attribute: 'draft-id' },
    backend: { attribute: false },
    store: { attribute: false },
    client: { attribute: false },
    confirming: { state: true },
  };

  /** A preset id (`alliance`, `first5-alabama`), the URL of a program JSON file, or a `Program`. */
  declare program: Program | string | undefined;
  /** The backend's base URL (`restBackend`). Without it or `backend`, drafts save but nothing is sent. */
  declare endpoint: string | undefined;
  /** `en`, `es`, ...; defaults to the page's `lang`. */
  declare locale: string | undefined;
  /** Open this draft instead of the latest one. */
  declare draftId: string | undefined;
  /** A backend object (`restBackend(...)`, `customBackend(...)`), instead of `endpoint`. */
  declare backend: BackendLike | undefined;
  /** Where drafts are kept; default `indexedDbStore()`. */
  declare store: StoreLike | undefined;
  /** A ready SDK client, instead of `program` + `backend` + `store` (the program must still be set). */
  declare client: Client | undefined;

  declare private confirming: boolean;

  private readonly localeOf = (program: Program | undefined) => resolveLocale(this, this.locale, program);
  private readonly controller: EndorsementController = new EndorsementController(this, {
    source: () => ({
      program: this.program,
      endpoint: this.endpoint,
      draftId: this.draftId,
      backend: this.backend,
      store: this.store,
      client: this.client,
    }),
    locale: this.localeOf,
    onReady: () => {
      this.nav.restore();
      // What the restored draft says is known already; only changes from here on are announced.
      this.announcer.reset();
      this.announcer.prime();
      // Steps, review and tracker come in the `flow` part: at once when the applicant is past
      // the start screen, else when the browser is idle.
      this.flow.prefetch(this.nav.screen !== 'start');
    },
    typing: () => this.pause.done !== undefined,
  });
  // What the tracker says becomes known when the part arrives: that is no change to announce.
  private readonly flow = new FlowPartController(this, { onReady: () => this.announcer.learn() });
  private readonly announcer: LiveAnnouncer = new LiveAnnouncer(this, { compose: () => announcements(this.context, this.localeOf) });
  private readonly pause = new TypingPauseController(this, { endorsement: this.controller, flow: this.flow, locale: this.localeOf });
  private readonly nav: NavigationController = new NavigationController(this, {
    endorsement: this.controller,
    flow: this.flow,
    onMove: () => {
      this.sending.message = undefined;
      this.confirming = false;
    },
  });
  private readonly sending = new SendController(this, {
    endorsement: this.controller,
    navigation: this.nav,
    flow: this.flow,
    locale: this.localeOf,
  });
  private readonly lookup = new StatusLookupController(this, { endorsement: this.controller, navigation: this.nav });
  private readonly quiz = new QuestionnaireController(this, {
    endorsement: this.controller,
    navigation: this.nav,
    flow: this.flow,
    announcer: this.announcer,
  });
  // The tracker starts open beside the steps on wide screens and folded on narrow ones; turning a
  // phone or resizing a window crosses the line, so it is followed, not measured once.
  private readonly wide = new MediaQueryController(this, { query: '(min-width: 48em)' });
  /** What the screens and helpers outside the class read and drive. */
  private readonly context: ApplicationContext = {
    host: this,
    controller: this.controller,
    flow: this.flow,
    nav: this.nav,
    sending: this.sending,
    pause: this.pause,
    announcer: this.announcer,
    wide: this.wide,
  };
  /** The control that opened the start-over confirmation, to get focus back on "No". */
  private opener = 'ek-step-heading';

  constructor() {
    super();
    this.confirming = false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const { nav, pause } = this;
    while (nav.pending || pause.done) {
      const pending = nav.pending ?? pause.done;
      await pending;
      if (nav.pending === pending) nav.pending = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(): void {
    this.controller.reloadIfChanged();
  }

  protected override render(): TemplateResult {
    const { controller, nav } = this;
    const program = controller.program;
    const locale = this.localeOf(program);
    if (controller.state === 'error' || (controller.state !== 'ready' && !program && controller.error))
      return renderLoadFailure(controller.error, this.program, locale);
    if (!localeReady(locale)) {
      void loadLocale(locale).then(() => this.requestUpdate());
      return html`<p role="status">${translateUi(program, 'en', 'ui.loading')}</p>`;
    }
    const draft = controller.state === 'ready' ? controller.draft : undefined;
    // While the draft opens, the start screen's text and questionnaire show already (they need no
    // draft); its Start and Continue wait for the draft. Not when the applicant may be returning
    // past the start screen: the screen would change under them once the draft is open.
    const early = !draft && controller.opening && nav.screen === 'start' && !this.confirming && !mayResumePastStart(program!.id);
    if (!program || (!draft && !early)) return html`<p role="status" lang=${locale}>${translateUi(program, locale, 'ui.loading')}</p>`;
    const view = applicationView(this.context, program, locale);
    const conflict = draft?.conflict;
    // One template with or without the draft, so what is typed in the questionnaire meanwhile
    // keeps its field (and focus) when the draft opens.
    return html`<div class="root" lang=${locale}>
      <header class="header" part="header">
        <span class="program">${view.text(program.name)}: ${view.t('ui.title')}</span>
        ${draft ? renderSaveStatus(view, shownSaveState(draft)) : nothing}
        ${
          draft && nav.screen !== 'receipt' && nav.screen !== 'start' && !this.confirming
            ? html`<button type="button" class="link" part="button" id="ek-start-over" @click=${() => this.askStartOver('ek-start-over')}>${view.t('ui.start-over')}</button>`
            : nothing
        }
      </header>
      <div class="vh" role="status" aria-live="polite" id="ek-live">${this.announcer.text}</div>
      ${!draft || this.confirming ? nothing : renderPendingSend(view, this.sending.pending())}
      ${
        draft && conflict
          ? renderConflictWhenReady(this.flow, view, conflict.fields, (choice) => {
              nav.focus = 'ek-step-heading';
              void draft.resolveConflict(choice);
            })
          : nothing
      }
      ${
        this.confirming
          ? renderStartOverConfirm(
              view,
              () => void this.startOver(),
              () => {
                this.confirming = false;
                nav.focus = this.opener;
              },
            )
          : this.renderScreen(view, draft)
      }
    </div>`;
  }

  private renderScreen(view: View, opened: Draft | undefined): TemplateResult {
    const { nav, lookup } = this;
    const home = () => nav.go('start');
    // Only the start screen renders before the draft is open (see render).
    if (!opened) return renderStart(view, { quiz: renderQuizScreen(this.quiz, this.flow, nav, view) });
    const draft = opened;
    switch (nav.screen) {
      case 'start':
        return renderStart(view, {
          quiz: renderQuizScreen(this.quiz, this.flow, nav, view),
          actions: startActions(view, draft, nav, lookup, {
            ask: () => this.askStartOver('ek-start-over-start'),
            keepingSent: () => void this.startOver(true),
          }),
        });
      case 'registered':
        return renderRegistered(
          view,
          draft.registration ?? undefined,
          () => nav.go('flow', 'application', 0),
          home,
          this.flow.module?.renderRegisteredFees(this.context, view, draft.registration ?? undefined),
        );
      case 'review': {
        const flow = this.flow.module;
        return flow ? flow.renderReviewScreen(this.context, view) : renderPartMissing(this.flow, this.nav, view);
      }
      case 'receipt':
        return renderReceipt(view, draft.receipt, () => lookup.check(draft.receipt), home);
      case 'status':
        return renderStatusScreen(
          lookup,
          view,
          draft.receipt,
          home,
          this.flow.module?.renderStatusExtras(this.context, view, lookup.state.result),
        );
      default: {
        const flow = this.flow.module;
        return flow ? flow.renderFlowScreen(this.context, view) : renderPartMissing(this.flow, this.nav, view);
      }
    }
  }

  private askStartOver(opener: string): void {
    this.opener = opener;
    this.confirming = true;
    this.nav.focus = 'ek-start-over-title';
  }

  /** Deletes the draft and starts again; or, `keep`ing it, a new draft beside a sent one, whose receipt stays on this device. */
  private async startOver(keep?: boolean): Promise<void> {
    const { controller, nav } = this;
    if (keep) await controller.startNew();
    else {
      if (controller.program && controller.draft) clearPosition(controller.program.id, controller.draft.id);
      await controller.startOver();
    }
    this.announcer.reset();
    this.quiz.show(undefined);
    if (keep) nav.go('flow', 'registration', 0);
    else nav.go('start');
  }
}
