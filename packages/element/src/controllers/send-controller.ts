import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isNetworkError,
  isSubmissionError,
  localize,
  translateUi,
  type Locale,
  type MessageParams,
  type Program,
} from '@endorsement-kit/sdk/core';
import { EndorsementErrorEvent } from '../events/error-event.js';
import { errorReason } from '../error-reason.js';
import { EndorsementRegisteredEvent } from '../events/registered-event.js';
import { EndorsementSubmitEvent } from '../events/submit-event.js';
import { EndorsementSubmittedEvent } from '../events/submitted-event.js';
import type { PendingSend } from '../header/pending-send.js';
import type { FlowPartController } from '../parts/parts-controller.js';
import type { EndorsementController } from './endorsement-controller.js';
import type { NavigationController } from './navigation.js';

type Kind = 'registration' | 'application';

export interface SendOptions {
  endorsement: EndorsementController;
  navigation: NavigationController;
  flow: FlowPartController;
  locale: (program: Program) => Locale;
}

/** Where this page's send is: `error` keeps what went wrong until the next send. */
export type SendStatus = 'idle' | 'sending' | 'sent' | 'error';

/**
 * Sends the registration or the application (asking the host first, `endorsement-submit`), moves
 * on when the receipt comes and says how it went. Sends the applicant did not start here are
 * followed too: one resumed after a reload (it waited for the network), or made in another tab.
 * When its receipt arrives the screen moves on as if the button had been pressed, the host hears
 * the same event, and a failure is said; so nobody sends twice.
 * @example
 * const sending = new SendController(this, { endorsement, navigation, flow, locale: () => 'en' });
 * html`<button aria-disabled=${sending.busy} @click=${() => sending.send('application')}>Submit</button>`
 */
export class SendController implements ReactiveController {
  status: SendStatus = 'idle';
  /** The last send's failure, kept while `status` is `error`. */
  declare error: unknown;
  /** What to tell the applicant about the send, in their language; an alert when it went wrong. */
  declare message: { text: string; alert: boolean } | undefined;
  /** The draft's sends as last seen (see follow). */
  declare private seen: { draft: string; registration: string | undefined; receipt: string | undefined; failed: unknown } | undefined;

  declare private readonly host: ReactiveControllerHost & HTMLElement;
  declare private readonly options: SendOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SendOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** A send is under way: its button stays focusable (aria-disabled) and a second press does nothing. */
  get busy(): boolean {
    return this.status === 'sending';
  }

  hostUpdate(): void {
    this.follow();
  }

  /**
   * A send cut off by a crash or a reload is resent by the SDK as the draft opens (same key): the
   * page says so on whatever screen it opens, and while the outcome is unknown offers to send again.
   */
  pending(): PendingSend | undefined {
    const draft = this.options.endorsement.draft;
    const pending = draft?.pending;
    const { screen } = this.options.navigation;
    // While this page sends, or where a message on show says how a send went, that message speaks.
    const spoken = this.message !== undefined && (screen === 'flow' || screen === 'review');
    if (!draft || !pending || this.busy || spoken || (pending.kind === 'application' ? draft.receipt : draft.registration))
      return undefined;
    const { status, kind } = draft.submission;
    const state =
      (status === 'sending' || status === 'validating') && kind === pending.kind
        ? 'sending'
        : status === 'waiting-offline'
          ? 'offline'
          : 'unknown';
    return { kind: pending.kind, state, resend: () => void this.send(pending.kind) };
  }

  async send(kind: Kind): Promise<void> {
    const { endorsement, navigation } = this.options;
    const { draft, program } = endorsement;
    if (!draft || !program || this.busy) return;
    const t = this.words(program);
    this.say(undefined);
    if (!endorsement.canSend) return this.say(t('ui.submit.not-configured'), true);
    const before = new EndorsementSubmitEvent(draft.id, kind);
    this.host.dispatchEvent(before);
    if (before.defaultPrevented) return this.say(t('ui.submit.cancelled'), true);
    this.status = 'sending';
    this.error = undefined;
    this.say(t('ui.submit.sending'), false);
    let status: SendStatus = 'error';
    try {
      if (kind === 'registration') {
        const receipt = await draft.register();
        // Seen here, so follow (which may run only after `busy` clears) does not say it twice.
        this.seen = { ...this.seen!, registration: receipt.id };
        this.host.dispatchEvent(new EndorsementRegisteredEvent(draft.id, receipt));
        navigation.go('registered');
      } else {
        const receipt = await draft.submit();
        this.seen = { ...this.seen!, receipt: receipt.id };
        this.host.dispatchEvent(new EndorsementSubmittedEvent(draft.id, receipt));
        navigation.go('receipt');
      }
      status = 'sent';
    } catch (error) {
      this.error = error;
      this.failed(kind, error, t);
      this.seen = { ...this.seen!, failed: draft.submission.status === 'error' ? draft.submission : undefined };
    } finally {
      this.status = status;
      this.host.requestUpdate();
    }
  }

  /** Sends seen in the draft since the last update that this page did not make (see the class). */
  private follow(): void {
    const { endorsement, navigation } = this.options;
    const { draft, program } = endorsement;
    if (!draft || endorsement.state !== 'ready') return;
    const now = {
      draft: draft.id,
      registration: draft.registration?.id,
      receipt: draft.receipt?.id,
      failed: draft.submission.status === 'error' ? draft.submission : undefined,
    };
    let before = this.seen;
    this.seen = now;
    if (!before || before.draft !== now.draft) {
      // A draft just opened is news to nobody, except a send this page made before the element
      // saw it (one resumed as the draft opened): its receipt is new.
      const { status, kind } = draft.submission;
      const sent = status === 'sent' || status === 'sending' ? kind : undefined;
      before = {
        ...now,
        registration: sent === 'registration' ? undefined : now.registration,
        receipt: sent === 'application' ? undefined : now.receipt,
        failed: undefined,
      };
    }
    if (this.busy) return;
    if (now.receipt && now.receipt !== before.receipt) {
      this.host.dispatchEvent(new EndorsementSubmittedEvent(draft.id, draft.receipt!));
      if (navigation.screen === 'review' || navigation.screen === 'flow') navigation.go('receipt');
    } else if (now.registration && now.registration !== before.registration) {
      this.host.dispatchEvent(new EndorsementRegisteredEvent(draft.id, draft.registration!));
      if (navigation.screen === 'flow' && navigation.form === 'registration') navigation.go('registered');
    } else if (now.failed && now.failed !== before.failed && !this.message && program) {
      this.failed(now.failed.kind ?? 'application', now.failed.error, this.words(program));
    }
  }

  private failed(kind: Kind, error: unknown, t: (key: string, params?: MessageParams) => string): void {
    const { endorsement, navigation, flow: part } = this.options;
    const flow = part.module;
    // Issues the applicant can mend are shown on their fields; an unknown program is no field's.
    if (isSubmissionError(error) && error.issues.length > 0 && error.reason !== 'unknown-program' && flow) {
      navigation.go('flow', kind, flow.stepOf(navigation.steps(kind), error.issues[0]!));
      navigation.show(error.issues);
      return;
    }
    this.host.dispatchEvent(new EndorsementErrorEvent(kind === 'registration' ? 'registration' : 'submission', error));
    // The SDK keeps the send pending (its key kept) when the answer was not a final one: a 5xx, or
    // a 2xx without a receipt. The server may have recorded it, and sending again is safe.
    // A refusal is said by what to do about it (issue 23, point 15), never by its status number.
    const unknown = endorsement.draft?.pendingOf(kind) !== undefined;
    // A reason without words of its own (a missing key comes back as the key) says whom to contact.
    const reason = isSubmissionError(error) ? error.reason : undefined;
    const contact = { contact: localize(endorsement.program!.contact.title, this.options.locale(endorsement.program!)) };
    const refused = t(`ui.submit.refused.${reason}`, contact);
    const text = isNetworkError(error)
      ? t('ui.submit.network')
      : reason
        ? refused.startsWith('ui.')
          ? t(unknown ? 'ui.submit.unknown' : 'ui.submit.refused', contact)
          : refused
        : t('ui.error.unexpected', { reason: errorReason(error) });
    this.say(text, true);
    navigation.focus = 'ek-step-heading';
  }

  private words(program: Program): (key: string, params?: MessageParams) => string {
    const locale = this.options.locale(program);
    return (key, params) => translateUi(program, locale, key, params);
  }

  private say(text: string | undefined, alert = false): void {
    this.message = text === undefined ? undefined : { text, alert };
    this.host.requestUpdate();
  }
}
