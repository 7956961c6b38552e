import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  isMissingProgramError,
  isNetworkError,
  isSubmissionError,
  localize,
  translate,
  type Issue,
  type LocalizedText,
  type MessageParams,
  type Program,
} from '@endorsement-kit/sdk';
import { EndorsementController } from './controllers/endorsement-controller.js';
import { LiveAnnouncer, type Announcements } from './controllers/live-announcer.js';
import { EndorsementErrorEvent, type ErrorContext } from './events/error-event.js';
import type { SaveStateLike } from './events/save-event.js';
import { EndorsementRegisteredEvent } from './events/registered-event.js';
import { EndorsementStepChangeEvent, type FormKind } from './events/step-change-event.js';
import { EndorsementSubmitEvent } from './events/submit-event.js';
import { EndorsementSubmittedEvent } from './events/submitted-event.js';
import { resolveLocale } from './i18n/resolve-locale.js';
import { loadLocale, localeReady } from './i18n/load-locale.js';
import { formatTime } from './i18n/format.js';
import { base, fields, layout, theme } from './styles/index.js';
import { a11y } from './styles/a11y.js';
import { fieldId, samePath, scratchView, type View } from './view.js';
import type { BackendLike, Client, Draft, Recommendation, Requirements, StepSpec, StepState, StoreLike } from './sdk-types.js';
import type { Removed } from './application-step/repeat-actions.js';
import { renderStart } from './start/start-screen.js';
import { renderPendingSend, type PendingSend } from './header/pending-send.js';
import { renderQuiz } from './start/category-quiz.js';
import { profileOf, type QuizAnswers } from './start/quiz-answers.js';
import { renderRegistered } from './registration/registered-screen.js';
import { renderReceipt } from './receipt/receipt-screen.js';
import { renderStatusLookup, type StatusLookup } from './receipt/status-lookup.js';
import { renderSaveStatus, saveKind, saveStatusText } from './header/save-status.js';
import { renderStartOverConfirm } from './header/start-over.js';
import { clearPosition, loadPosition, mayResumePastStart, savePosition, type Screen } from './controllers/position.js';
import { FlowPartController } from './parts/parts-controller.js';
import type { Parts } from './parts/parts.js';

type Flow = Parts['flow'];

/** Milliseconds without a key that count as a pause in typing. */
const TYPING_PAUSE = 300;

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
    stepIndex: { state: true },
    busy: { state: true },
    confirmingStartOver: { state: true },
    screen: { state: true },
    form: { state: true },
    shownIssues: { state: true },
    message: { state: true },
    removed: { state: true },
    quiz: { state: true },
    quizResults: { state: true },
    lookup: { state: true },
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

  private declare screen: Screen;
  private declare form: FormKind;
  private declare stepIndex: number;
  private declare shownIssues: Issue[];
  private declare message: { text: string; alert: boolean } | undefined;
  private declare busy: boolean;
  private declare confirmingStartOver: boolean;
  private declare removed: Removed | undefined;
  private declare quiz: QuizAnswers;
  private declare quizResults: Recommendation[] | undefined;
  private declare lookup: StatusLookup & { id?: string };

  private readonly controller = new EndorsementController(this, {
    source: () => ({ program: this.program, endpoint: this.endpoint, draftId: this.draftId, backend: this.backend, store: this.store, client: this.client }),
    locale: (program) => resolveLocale(this, this.locale, program),
    onReady: () => {
      this.restorePosition();
      // What the restored draft says is known already; only changes from here on are announced.
      this.announcer.reset();
      this.announcer.prime();
      // Steps, review and tracker come in the `flow` part: at once when the applicant is past
      // the start screen, else when the browser is idle.
      this.flow.prefetch(this.screen !== 'start');
    },
    typing: () => this.typing !== undefined,
  });
  // What the tracker says becomes known when the part arrives: that is no change to announce.
  private readonly flow = new FlowPartController(this, () => this.announcer.learn());
  private readonly announcer = new LiveAnnouncer(this, () => this.announcements());
  private focusTarget: string | undefined;
  /** Work on a part that the screen waits for: `updateComplete` settles after it (and the render it brings). */
  private partPending: Promise<unknown> | undefined;
  /**
   * Step statuses and requirement progress as of the last pause in typing. Both read the whole
   * draft (validation, rules), so while the applicant types they are not worked out again on
   * every key: the tracker, the step list and the announcements catch up once typing pauses.
   */
  private settled: { value: unknown; form: FormKind; locale: string; statuses: StepState[]; requirements: Requirements | undefined } | undefined;
  private typing: { timer: ReturnType<typeof setTimeout>; done: Promise<void>; end: () => void } | undefined;
  /** The control that opened the start-over confirmation, to get focus back on "No". */
  private startOverOpener = 'ek-step-heading';
  private stepsMemo: { key: readonly unknown[]; steps: StepSpec[] } | undefined;
  private returnToReview = false;
  /** The draft's sends as last seen (see followSends). */
  private seen: { draft: string; registration: string | undefined; receipt: string | undefined; failed: unknown } | undefined;
  // The tracker starts open beside the steps on wide screens and folded on narrow ones; turning a
  // phone or resizing a window crosses the line, so it is followed, not measured once.
  private readonly wideQuery = typeof matchMedia === 'function' ? matchMedia('(min-width: 48em)') : undefined;
  private wide = this.wideQuery?.matches ?? false;
  private readonly onWideChange = () => {
    this.wide = this.wideQuery?.matches ?? false;
    this.requestUpdate();
  };

  constructor() {
    super();
    this.stepIndex = 0;
    this.busy = false;
    this.confirmingStartOver = false;
    this.screen = 'start';
    this.form = 'registration';
    this.shownIssues = [];
    this.quiz = {};
    this.lookup = { busy: false };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.wideQuery?.addEventListener('change', this.onWideChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.typing) {
      clearTimeout(this.typing.timer);
      this.typing.end();
      this.typing = undefined;
    }
    this.wideQuery?.removeEventListener('change', this.onWideChange);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.partPending || this.typing) {
      const pending = this.partPending ?? this.typing?.done;
      await pending;
      if (this.partPending === pending) this.partPending = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A key was typed: what reads the whole draft waits for the pause. */
  private typed(): void {
    if (this.typing) clearTimeout(this.typing.timer);
    else {
      let end!: () => void;
      const done = new Promise<void>((resolve) => (end = resolve));
      this.typing = { timer: undefined as unknown as ReturnType<typeof setTimeout>, done, end };
    }
    const typing = this.typing;
    typing.timer = setTimeout(() => {
      this.typing = undefined;
      this.requestUpdate();
      typing.end();
    }, TYPING_PAUSE);
  }

  /** Statuses and requirements for the current answers, or as of the last pause while typing goes on. */
  private settle(form: FormKind): NonNullable<EndorsementApplication['settled']> | undefined {
    const flow = this.flow.module;
    const draft = this.controller.draft;
    const program = this.controller.program;
    if (!flow || !draft || !program) return undefined;
    const locale = resolveLocale(this, this.locale, program);
    const last = this.settled;
    if (last && last.form === form && last.locale === locale && (last.value === draft.value || this.typing)) return last;
    const category = draft.value.category;
    this.settled = {
      value: draft.value,
      form,
      locale,
      statuses: flow.stepStatuses(program, draft.value, { form, locale, ...(category ? { category } : {}) }),
      requirements: category ? flow.evaluateRequirements(program, draft.value, { locale }) : undefined,
    };
    return this.settled;
  }

  protected override willUpdate(): void {
    this.followSends();
  }

  /**
   * Sends the applicant did not start here: one resumed after a reload (it waited for the network),
   * or made in another tab. When its receipt arrives the screen moves on as if the button had been
   * pressed, the host hears the same event, and a failure is said; so nobody sends twice.
   */
  private followSends(): void {
    const draft = this.controller.draft;
    if (!draft || this.controller.state !== 'ready') return;
    const now = { draft: draft.id, registration: draft.registration?.id, receipt: draft.receipt?.id, failed: draft.submission.status === 'error' ? draft.submission : undefined };
    let before = this.seen;
    this.seen = now;
    if (!before || before.draft !== now.draft) {
      // A draft just opened is news to nobody, except a send this page made before the element
      // saw it (one resumed as the draft opened): its receipt is new.
      const { status, kind } = draft.submission;
      const sent = status === 'sent' || status === 'sending' ? kind : undefined;
      before = { ...now, registration: sent === 'registration' ? undefined : now.registration, receipt: sent === 'application' ? undefined : now.receipt, failed: undefined };
    }
    if (this.busy) return;
    if (now.receipt && now.receipt !== before.receipt) {
      this.dispatchEvent(new EndorsementSubmittedEvent(draft.id, draft.receipt!));
      if (this.screen === 'review' || this.screen === 'flow') this.go('receipt');
    } else if (now.registration && now.registration !== before.registration) {
      this.dispatchEvent(new EndorsementRegisteredEvent(draft.id, draft.registration!));
      if (this.screen === 'flow' && this.form === 'registration') this.go('registered');
    } else if (now.failed && now.failed !== before.failed && !this.message) {
      const { program } = this.controller;
      if (!program) return;
      const locale = resolveLocale(this, this.locale, program);
      this.failed(now.failed.kind ?? 'application', now.failed.error, (key, params) => translate(program, locale, key, params));
    }
  }

  protected override updated(): void {
    this.controller.reloadIfChanged();
    if (this.focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`);
      // A screen waiting for its part takes focus once it shows.
      if (!target && this.partPending) return;
      this.focusTarget = undefined;
      const control = target?.localName === 'fieldset' ? (target.querySelector<HTMLElement>('input') ?? target) : target;
      control?.focus();
    }
  }

  protected override render(): TemplateResult {
    const { controller } = this;
    const program = controller.program;
    const locale = resolveLocale(this, this.locale, program);
    if (controller.state === 'error' || (controller.state !== 'ready' && !program && controller.error)) return this.renderFailure(locale);
    if (!localeReady(locale)) {
      void loadLocale(locale).then(() => this.requestUpdate());
      return html`<p role="status">${translate(program, 'en', 'ui.loading')}</p>`;
    }
    const draft = controller.state === 'ready' ? controller.draft : undefined;
    // While the draft opens, the start screen's text and questionnaire show already (they need no
    // draft); its Start and Continue wait for the draft. Not when the applicant may be returning
    // past the start screen: the screen would change under them once the draft is open.
    const early = !draft && controller.opening && this.screen === 'start' && !this.confirmingStartOver && !mayResumePastStart(program!.id);
    if (!program || (!draft && !early)) return html`<p role="status" lang=${locale}>${translate(program, locale, 'ui.loading')}</p>`;
    const view = this.view(program, locale);
    const conflict = draft?.conflict;
    // One template with or without the draft, so what is typed in the questionnaire meanwhile
    // keeps its field (and focus) when the draft opens.
    return html`<div class="root" lang=${locale}>
      <header class="header" part="header">
        <span class="program">${view.text(program.name)}: ${view.t('ui.title')}</span>
        ${draft ? renderSaveStatus(view, this.saveState()) : nothing}
        ${draft && this.screen !== 'receipt' && this.screen !== 'start' && !this.confirmingStartOver
          ? html`<button type="button" class="link" part="button" id="ek-start-over" @click=${() => this.askStartOver('ek-start-over')}>${view.t('ui.start-over')}</button>`
          : nothing}
      </header>
      <div class="vh" role="status" aria-live="polite" id="ek-live">${this.announcer.text}</div>
      ${!draft || this.confirmingStartOver ? nothing : renderPendingSend(view, this.pendingSend())}
      ${draft && conflict
        ? this.renderConflict(view, conflict.fields, (choice) => {
            this.focusTarget = 'ek-step-heading';
            void draft.resolveConflict(choice);
          })
        : nothing}
      ${this.confirmingStartOver
        ? renderStartOverConfirm(view, () => void this.startOver(), () => {
            this.confirmingStartOver = false;
            this.focusTarget = this.startOverOpener;
          })
        : this.renderScreen(view, draft)}
    </div>`;
  }

  private renderFailure(locale: string): TemplateResult {
    const error = this.controller.error;
    const program = typeof this.program === 'string' ? this.program : (this.program?.id ?? '');
    const reason = error instanceof Error ? error.message : String(error);
    const text =
      isMissingProgramError(error)
        ? translate(undefined, locale, 'ui.error.program-missing')
        : translate(undefined, locale, 'ui.error.program-load', { program, reason });
    return html`<div role="alert" class="panel notice" lang=${locale}>
      <h2>${translate(undefined, locale, 'ui.error.title')}</h2>
      <p>${text}</p>
    </div>`;
  }

  private renderScreen(view: View, opened: Draft | undefined): TemplateResult {
    // Only the start screen renders before the draft is open (see render).
    if (!opened) return renderStart(view, { quiz: this.renderQuiz(view) });
    const draft = opened;
    switch (this.screen) {
      case 'start':
        return renderStart(view, {
          quiz: this.renderQuiz(view),
          actions: {
            saved: this.hasAnswers() ? (this.saveState().savedAt !== undefined ? formatTime(this.saveState().savedAt!, view.locale) : undefined) : false,
            begin: () => (draft.receipt ? void this.startNew() : this.go('flow', this.registered() ? 'application' : 'registration', 0)),
            submitted: draft.receipt ? { id: draft.receipt.id, viewReceipt: () => this.go('receipt') } : undefined,
            continueSaved: () => this.continueSaved(),
            startOver: () => this.askStartOver('ek-start-over-start'),
            checkStatus: () => this.checkStatus(draft.receipt?.id),
          },
        });
      case 'registered':
        return renderRegistered(view, draft.registration ?? undefined, () => this.go('flow', 'application', 0), () => this.go('start'));
      case 'review': {
        const flow = this.flow.module;
        if (!flow) return this.renderPartMissing(view);
        return this.withTracker(
          view,
          flow.renderReview(view, this.steps('application'), (i, target) => this.change(i, target), () => void this.send('application'), this.busy, this.renderMessage(view)),
        );
      }
      case 'receipt':
        return draft.receipt ? renderReceipt(view, draft.receipt, () => this.checkStatus(draft.receipt?.id), () => this.go('start')) : this.renderStartAgain(view);
      case 'status':
        return renderStatusLookup(
          scratchView(
            view,
            () => this.lookup.id,
            (_, value) => (this.lookup = { ...this.lookup, id: typeof value === 'string' ? value : '' }),
            (path) => (this.lookup.failure && !this.lookup.id ? { path: [...path], code: 'required', message: this.lookup.failure } : undefined),
          ), this.lookup, () => void this.lookUp(view), () => this.go('start'));
      default: {
        const flow = this.flow.module;
        return flow ? this.renderFlow(view, flow) : this.renderPartMissing(view);
      }
    }
  }

  private renderQuiz(view: View): TemplateResult {
    return html`${this.flow.wanted && this.flow.status === 'error' ? this.renderPartFailure(view) : nothing}${renderQuiz(
      scratchView(view, (path) => this.quiz[path[1] as keyof QuizAnswers], (path, value) => (this.quiz = { ...this.quiz, [path[1] as string]: value })), this.quizResults, () => this.suggest(view), (r) => void this.choose(r))}`;
  }

  // A send cut off by a crash or a reload is resent by the SDK as the draft opens (same key): the
  // page says so on whatever screen it opens, and while the outcome is unknown offers to send again.
  private pendingSend(): PendingSend | undefined {
    const draft = this.controller.draft;
    const pending = draft?.pending;
    // While this page sends, or where a message on show says how a send went, that message speaks.
    const spoken = this.message !== undefined && (this.screen === 'flow' || this.screen === 'review');
    if (!draft || !pending || this.busy || spoken || (pending.kind === 'application' ? draft.receipt : draft.registration)) return undefined;
    const { status, kind } = draft.submission;
    const state = (status === 'sending' || status === 'validating') && kind === pending.kind ? 'sending' : status === 'waiting-offline' ? 'offline' : 'unknown';
    return { kind: pending.kind, state, resend: () => void this.send(pending.kind) };
  }

  /** In place of a screen whose part is not here yet: loading, or why not with a way to retry. */
  private renderPartMissing(view: View): TemplateResult {
    if (this.flow.status !== 'error') {
      this.partPending ??= this.flow.load().catch(() => undefined);
      return html`<p role="status">${view.t('ui.loading')}</p>`;
    }
    return this.renderPartFailure(view);
  }

  private renderPartFailure(view: View): TemplateResult {
    return html`<div class="panel notice" role="alert">
      <p>${view.t('ui.part.failed')}</p>
      <button type="button" part="button" id="ek-part-retry" @click=${() => this.retryPart()}>${view.t('ui.part.retry')}</button>
    </div>`;
  }

  private retryPart(): void {
    this.flow.wanted = true;
    this.partPending = this.flow.load().then(
      () => {
        this.focusTarget = 'ek-step-heading';
        this.requestUpdate();
      },
      () => {
        this.focusTarget = 'ek-part-retry';
        this.requestUpdate();
      },
    );
  }

  // The prompt names fields by the steps, which come with the flow part; the conflict waits in the
  // draft (nothing is lost) while the part loads.
  private renderConflict(view: View, ...args: Parameters<Parts['flow']['renderConflict']> extends [unknown, ...infer Rest] ? Rest : never): TemplateResult | typeof nothing {
    const flow = this.flow.module;
    if (!flow) {
      this.flow.prefetch(true);
      return nothing;
    }
    return flow.renderConflict(view, ...args);
  }

  private renderStartAgain(view: View): TemplateResult {
    return html`<button type="button" part="button" @click=${() => this.go('start')}>${view.t('ui.status.home')}</button>`;
  }

  private renderFlow(view: View, flow: Flow): TemplateResult {
    const steps = this.steps(this.form);
    const index = Math.min(this.stepIndex, steps.length - 1);
    const step = steps[index]!;
    const statuses = this.settle(this.form)?.statuses ?? [];
    const last = index === steps.length - 1;
    const repeat = flow.repeatActions(this.controller.draft!, this.removed, (removed, focus) => {
      this.removed = removed;
      this.focusTarget = focus;
      // A removal or an undo moves the counts as typing does: announce them once things settle.
      this.announcer.poke();
    });
    const page = flow.renderStep(view, {
      step,
      index,
      total: steps.length,
      summary: flow.summaryItems(step, this.issuesShown(), (p) => this.controller.get(p)),
      repeat,
      focus: (id) => {
        this.focusTarget = id;
        this.requestUpdate();
      },
      // Come from "Check your answers" (a Change link), Back returns there, as GOV.UK's does.
      back: this.returnToReview
        ? () => this.go('review')
        : index > 0
          ? () => this.go('flow', this.form, index - 1)
          : () => this.go(this.form === 'application' ? 'registered' : 'start'),
      next: {
        label: this.returnToReview
          ? view.t('ui.to-review')
          : last
            ? this.form === 'registration'
              ? view.t('ui.register.submit')
              : view.t('ui.to-review')
            : view.t('ui.continue'),
        run: () => this.next(step, last),
      },
      busy: this.busy,
      formTitle: view.t(this.form === 'registration' ? 'ui.register.heading' : 'ui.apply.heading'),
    });
    const heading = this.form === 'registration' ? html`<p>${view.t('ui.register.intro', { contact: view.text(view.program.contact.title) })}</p>` : nothing;
    return html`${heading}
      ${guard([steps, statuses, index, view.locale, view.program], () =>
        flow.renderStepIndicator(view, steps.map((s) => ({ id: s.id, title: view.t(s.titleKey), status: statuses.find((x) => x.id === s.id)?.status ?? 'incomplete' })), index, (i) => this.go('flow', this.form, i)))}
      ${this.withTracker(view, html`${this.renderMessage(view)}${page}`)}`;
  }

  private withTracker(view: View, content: TemplateResult): TemplateResult {
    const flow = this.flow.module;
    if (!flow) return content;
    const result = this.settle(this.form)?.requirements;
    // As of the last pause in typing (see settle): the same result renders the same tracker.
    const tracker = guard([result, this.wide, view.locale, view.program], () => flow.renderTracker(view, result, this.wide));
    // Narrow, the tracker is one folded line ("9 of 16 requirements met") above the step, in the
    // reading order too; wide, it stands beside the step, after it in the reading order.
    return html`<div class="body with-tracker">
      ${this.wide ? nothing : tracker}
      <div class="main">${content}</div>
      ${this.wide ? tracker : nothing}
    </div>`;
  }

  private renderMessage(view: View): TemplateResult | typeof nothing {
    const submission = this.controller.draft?.submission.status;
    if (submission === 'waiting-offline' || (this.busy && submission === 'validating'))
      return html`<div class="panel notice" role="status"><p>${view.t(submission === 'validating' ? 'ui.submit.validating' : 'ui.submit.offline')}</p></div>`;
    if (!this.message) return nothing;
    return html`<div class="panel notice" role=${this.message.alert ? 'alert' : 'status'}><p>${this.message.text}</p></div>`;
  }

  // --- navigation ---------------------------------------------------------------------------

  // The lookup starts with the reference just shown (or the one this draft was sent with), unless one was typed.
  private checkStatus(id: string | undefined): void {
    if (id && !this.lookup.id) this.lookup = { busy: false, id };
    this.go('status');
  }

  private go(screen: Screen, form: FormKind = this.form, index = 0): void {
    this.screen = screen;
    this.form = form;
    this.stepIndex = index;
    this.shownIssues = [];
    this.message = undefined;
    this.removed = undefined;
    this.confirmingStartOver = false;
    if (screen !== 'flow') this.returnToReview = false;
    this.focusTarget = 'ek-step-heading';
    const draft = this.controller.draft;
    if (draft && this.controller.program) savePosition(this.controller.program.id, draft.id, { screen, form, index, ...(this.returnToReview ? { review: true } : {}) });
    const announce = () => {
      const step = screen === 'flow' ? this.steps(form)[index]?.id : screen;
      this.dispatchEvent(new EndorsementStepChangeEvent(step ?? screen, screen === 'flow' ? form : undefined, index));
    };
    // A step's id is known once the `flow` part is here.
    if (screen === 'flow' && !this.flow.module) this.partPending = this.flow.load().then(announce, () => undefined);
    else announce();
  }

  private restorePosition(): void {
    const { program, draft } = this.controller;
    if (!program || !draft) return;
    const saved = loadPosition(program.id, draft.id);
    // Sent while the applicant was away (a resumed send, another tab): the saved step is past.
    const passed = saved && ((draft.receipt && (saved.screen === 'review' || (saved.screen === 'flow' && saved.form === 'application'))) || (draft.registration && saved.screen === 'flow' && saved.form === 'registration'));
    if (saved && !passed) {
      this.screen = saved.screen;
      this.form = saved.form;
      this.stepIndex = saved.index;
      this.returnToReview = saved.screen === 'flow' && saved.review === true;
    } else if (draft.receipt) this.screen = 'receipt';
    else if (draft.registration) this.screen = 'registered';
    else this.screen = 'start';
  }

  private continueSaved(): void {
    const { program, draft } = this.controller;
    const saved = program && draft ? loadPosition(program.id, draft.id) : undefined;
    if (saved && saved.screen !== 'start') {
      this.returnToReview = saved.screen === 'flow' && saved.review === true;
      this.go(saved.screen, saved.form, saved.index);
    }
    else this.go('flow', this.registered() ? 'application' : 'registration', 0);
  }

  private change(stepIndex: number, target: string): void {
    this.returnToReview = true;
    this.go('flow', 'application', stepIndex);
    this.focusTarget = target;
  }

  private next(step: StepSpec, last: boolean): void {
    const issues = this.statuses(this.form).find((s) => s.id === step.id)?.issues ?? [];
    if (issues.length > 0) {
      this.shownIssues = [...issues];
      this.focusTarget = 'ek-error-summary';
      return;
    }
    if (this.returnToReview || (last && this.form === 'application')) this.go('review');
    else if (last) void this.send('registration');
    else this.go('flow', this.form, this.stepIndex + 1);
  }

  private askStartOver(opener: string): void {
    this.startOverOpener = opener;
    this.confirmingStartOver = true;
    this.focusTarget = 'ek-start-over-title';
  }

  private async startOver(): Promise<void> {
    const { program, draft } = this.controller;
    if (program && draft) clearPosition(program.id, draft.id);
    await this.controller.startOver();
    this.announcer.reset();
    this.quizResults = undefined;
    this.go('start');
  }

  /** A new draft beside a sent one, whose receipt stays on this device. */
  private async startNew(): Promise<void> {
    await this.controller.startNew();
    this.announcer.reset();
    this.quizResults = undefined;
    this.go('flow', 'registration', 0);
  }

  // --- sending ------------------------------------------------------------------------------

  private async send(kind: 'registration' | 'application'): Promise<void> {
    const { controller } = this;
    const draft = controller.draft;
    const program = controller.program;
    // A busy button stays focusable (aria-disabled): a second press while sending does nothing.
    if (!draft || !program || this.busy) return;
    const locale = resolveLocale(this, this.locale, program);
    const t = (key: string, params?: MessageParams) => translate(program, locale, key, params);
    this.message = undefined;
    if (!controller.canSend) {
      this.message = { text: t('ui.submit.not-configured'), alert: true };
      return;
    }
    const before = new EndorsementSubmitEvent(draft.id, kind);
    this.dispatchEvent(before);
    if (before.defaultPrevented) {
      this.message = { text: t('ui.submit.cancelled'), alert: true };
      return;
    }
    this.busy = true;
    this.message = { text: t('ui.submit.sending'), alert: false };
    try {
      if (kind === 'registration') {
        const receipt = await draft.register();
        // Seen here, so followSends (which may run only after `busy` clears) does not say it twice.
        this.seen = { ...this.seen!, registration: receipt.id };
        this.dispatchEvent(new EndorsementRegisteredEvent(draft.id, receipt));
        this.go('registered');
      } else {
        const receipt = await draft.submit();
        this.seen = { ...this.seen!, receipt: receipt.id };
        this.dispatchEvent(new EndorsementSubmittedEvent(draft.id, receipt));
        this.go('receipt');
      }
    } catch (error) {
      this.failed(kind, error, t);
      this.seen = { ...this.seen!, failed: draft.submission.status === 'error' ? draft.submission : undefined };
    } finally {
      this.busy = false;
    }
  }

  private failed(kind: 'registration' | 'application', error: unknown, t: (key: string, params?: MessageParams) => string): void {
    const flow = this.flow.module;
    if (isSubmissionError(error) && error.issues.length > 0 && flow) {
      const form: FormKind = kind;
      const steps = this.steps(form);
      this.go('flow', form, flow.stepOf(steps, error.issues[0]!, (p) => this.controller.get(p)));
      this.shownIssues = [...error.issues];
      this.focusTarget = 'ek-error-summary';
      return;
    }
    const context: ErrorContext = kind === 'registration' ? 'registration' : 'submission';
    this.dispatchEvent(new EndorsementErrorEvent(context, error));
    // The SDK keeps the send pending (its key kept) when the answer was not a final one: a 5xx, or
    // a 2xx without a receipt. The server may have recorded it, and sending again is safe.
    const unknown = this.controller.draft?.pendingOf(kind) !== undefined;
    const text = isNetworkError(error)
      ? t('ui.submit.network')
      : isSubmissionError(error)
        ? t(unknown ? 'ui.submit.unknown' : 'ui.submit.failed', { status: error.status ?? error.message })
        : t('ui.error.unexpected', { reason: error instanceof Error ? error.message : String(error) });
    this.message = { text, alert: true };
    this.focusTarget = 'ek-step-heading';
  }

  private async lookUp(view: View): Promise<void> {
    if (this.lookup.busy) return;
    const id = (this.lookup.id ?? '').trim();
    if (!id) {
      this.lookup = { ...this.lookup, failure: view.t('ui.status.required'), busy: false };
      this.focusTarget = fieldId(['lookup', 'id']);
      return;
    }
    const backend = this.controller.backend;
    if (!backend) {
      this.lookup = { id, busy: false, failure: view.t('ui.submit.not-configured') };
      return;
    }
    this.lookup = { id, busy: true };
    try {
      this.lookup = { id, busy: false, result: await backend.status(id) };
    } catch (error) {
      this.dispatchEvent(new EndorsementErrorEvent('status', error));
      // The backend's own words may be in another language: say what is known in the applicant's.
      const failure = isSubmissionError(error) && error.status === 404
        ? view.t('ui.status.not-found')
        : isNetworkError(error)
          ? view.t('ui.status.unreachable')
          : error instanceof Error ? error.message : String(error);
      this.lookup = { id, busy: false, failure };
    }
  }

  // --- questionnaire ------------------------------------------------------------------------

  private suggest(view: View): void {
    this.flow.wanted = true;
    this.partPending = this.flow.load().then(
      // The questionnaire's rule (what a profile can tell, paperwork aside) is the SDK's.
      (flow) => (this.quizResults = flow.recommendForProfile(view.program, profileOf(view.program, this.quiz), { locale: view.locale })),
      () => undefined,
    );
  }

  private async choose(recommendation: Recommendation): Promise<void> {
    // Asked before the draft opened (the questionnaire shows meanwhile): the choice goes into it.
    if (this.controller.state !== 'ready') await this.controller.opened;
    if (!this.controller.draft) return;
    // A draft already registered (or sent) keeps its category: the choice starts a new application.
    if (this.registered() || this.controller.draft.receipt) {
      await this.controller.startNew();
      this.announcer.reset();
    }
    const draft = this.controller.draft!;
    const category = recommendation.category;
    draft.set(['endorsement'], this.controller.program!.categories[category]?.endorsement);
    draft.set(['category'], category);
    this.go('flow', 'registration', 0);
  }

  // --- data ---------------------------------------------------------------------------------

  /** The form's steps; none until the `flow` part is here (no screen that shows them renders before). */
  private steps(form: FormKind): StepSpec[] {
    const flow = this.flow.module;
    if (!flow) return [];
    const program = this.controller.program!;
    const value = this.controller.draft?.value;
    // The same steps for the same inputs, worked out once rather than on every key: the fields
    // of a step keep their identity, so what renders them can tell that nothing changed.
    // Today is part of the key: the rules in force (and so the steps) may change at midnight.
    const key = [program, form, value?.category, value?.endorsement, new Date().toDateString()] as const;
    const last = this.stepsMemo;
    if (last && last.key.every((k, i) => k === key[i])) return last.steps;
    const steps = flow.getSteps(program, { form, category: key[2], endorsement: key[3] });
    this.stepsMemo = { key, steps };
    return steps;
  }

  private statuses(form: FormKind): StepState[] {
    const flow = this.flow.module;
    if (!flow) return [];
    const program = this.controller.program!;
    const category = this.controller.draft?.value.category;
    const locale = resolveLocale(this, this.locale, program);
    return flow.stepStatuses(program, this.controller.draft!.value, { form, locale, ...(category ? { category } : {}) });
  }

  /** The draft's save state; after a reload, "saved" at the stored record's time until the next change. */
  private saveState(): SaveStateLike {
    const draft = this.controller.draft!;
    const state = draft.saveState;
    return state.status === 'idle' && state.savedAt === undefined && draft.revision > 0 ? { ...state, savedAt: draft.updatedAt } : state;
  }

  /**
   * The issues on show, in the language shown now: each one the SDK still reports is worded
   * afresh, so switching to Spanish turns the error summary Spanish too; a backend's (422) keep
   * the backend's words.
   */
  private issuesShown(): Issue[] {
    if (this.shownIssues.length === 0 || this.screen !== 'flow') return this.shownIssues;
    const now = (this.settle(this.form)?.statuses ?? []).flatMap((s) => s.issues);
    return this.shownIssues.map((shown) => now.find((i) => i.code === shown.code && samePath(i.path, shown.path)) ?? shown);
  }

  private hasAnswers(): boolean {
    // A sent application keeps only its receipt and category here: nothing to continue.
    if (this.controller.draft?.receipt) return false;
    // Never saved: what a new draft starts with (a program's only endorsement) is nobody's answer.
    if ((this.controller.draft?.revision ?? 0) === 0) return false;
    const value = this.controller.draft?.value ?? {};
    return Object.keys(value).some((k) => k !== 'schemaVersion' && k !== 'program');
  }

  private registered(): boolean {
    return Boolean(this.controller.draft?.registration);
  }

  private view(program: Program, locale: string): View {
    const controller = this.controller;
    const serverIssues = (controller.draft?.issues ?? []) as readonly Issue[];
    let onShow: readonly Issue[] | undefined;
    return {
      program,
      locale,
      t: (key, params) => translate(program, locale, key, params),
      text: (value: LocalizedText | undefined) => (value === undefined ? '' : localize(value, locale)),
      get: (path) => controller.get(path),
      set: (path, value) => {
        this.announcer.prime();
        this.typed();
        controller.set(path, value);
        this.announcer.poke();
      },
      committed: () => this.announcer.poke(),
      issueAt: (path) => this.issuesShown().find((i) => samePath(i.path, path)) ?? serverIssues.find((i) => samePath(i.path, path)),
      issuesWithin: (prefix) => (onShow ??= [...this.issuesShown(), ...serverIssues]).filter((i) => i.path.length >= prefix.length && samePath(prefix, i.path.slice(0, prefix.length))),
    };
  }

  /**
   * What the live region may say, politely, once the applicant pauses: the requirement count when
   * it moves, and the save status when it turns saved, failed or conflicting (not every save).
   */
  private announcements(): Announcements {
    const { draft, program } = this.controller;
    if (!draft || !program) return {};
    const locale = resolveLocale(this, this.locale, program);
    const result: Announcements = {};
    // After sending, the answers are cleared: a "0 met" on the receipt would mislead.
    const flow = this.flow.module;
    if (flow && draft.value.category && this.screen !== 'receipt' && this.screen !== 'status') {
      const { met, total } = flow.countMet(this.settle(this.form)?.requirements ?? flow.evaluateRequirements(program, draft.value, { locale }));
      result['tracker'] = { key: `${draft.value.category} ${met}/${total}`, text: translate(program, locale, 'ui.tracker.changed', { met, total }) };
    }
    const state = this.saveState();
    result['save'] = state.status === 'saving' ? undefined : { key: saveKind(state), text: saveStatusText(this.view(program, locale), state) };
    return result;
  }
}
