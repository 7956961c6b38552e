import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isReferenceLinkError,
  isSubmissionError,
  type Issue,
  type RaterAnswersDraft,
  type RaterClient,
  type RaterInvitation,
} from '@endorsement-kit/sdk/core';

/** The screens of `<endorsement-rating>`. */
export type RatingScreen = 'loading' | 'failed' | 'closed' | 'request' | 'decline' | 'form' | 'thanks' | 'declined';
/** Why a link shows no form: it ran out, was withdrawn, declined or used, is closed for a reason not told, or is not one we know. */
export type ClosedReason = 'expired' | 'cancelled' | 'submitted' | 'declined' | 'inactive' | 'unknown';

/** Where the server-side save of the answers is; `error` keeps the failure, the latest save wins. */
export interface RatingSave {
  status: 'idle' | 'saving' | 'saved' | 'error';
  savedAt?: string | undefined;
  error?: unknown;
}

export interface RatingControllerOptions {
  /** The client, once the host has an endpoint. */
  client: () => RaterClient | undefined;
  /** The token of the link, from the page's fragment. */
  token: () => string;
  /**
   * Milliseconds after the last change before the answers are saved.
   * @default 800
   */
  debounce?: number;
}

// A key typed renders the form again after this pause in typing.
const RENDER_AFTER_MS = 300;
// A failed save tries again by itself after these pauses (and at once on the next change).
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * The rater's request and answers: opens the link (a POST, so nothing changes on a mere visit),
 * accepts or declines, saves the answers on the server as the rater goes (debounced; a failure is
 * kept and retried), and submits, keeping what the server says is missing.
 * @example
 * const rating = new RatingController(this, { client: () => raterClient({ baseUrl: '/api' }), token: () => location.hash.slice(1) });
 * rating.set(['knownMonths'], 24);
 */
export class RatingController implements ReactiveController {
  screen: RatingScreen = 'loading';
  declare invitation: RaterInvitation | undefined;
  answers: RaterAnswersDraft = {};
  declare closed: ClosedReason | undefined;
  save: RatingSave = { status: 'idle' };
  /** What the server said is missing at the last submit. */
  issues: readonly Issue[] = [];
  /** An accept, decline or submit is on its way. */
  busy = false;
  /** The last accept, decline or submit could not reach the server. */
  actionFailed = false;
  /** The id of the element that takes focus after the next render. */
  declare focus: string | undefined;

  declare private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  declare private readonly options: RatingControllerOptions;
  declare private timer: ReturnType<typeof setTimeout> | undefined;
  declare private renderTimer: ReturnType<typeof setTimeout> | undefined;
  declare private inFlight: Promise<void> | undefined;
  private dirty = false;
  private failures = 0;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, options: RatingControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.screen === 'loading') void this.load();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.renderTimer);
  }

  hostUpdated(): void {
    const id = this.focus;
    if (!id) return;
    this.focus = undefined;
    const target = (this.host.renderRoot as ShadowRoot).getElementById?.(id);
    if (target instanceof HTMLElement) target.focus();
  }

  /** Reads the request again (also the failure screen's Try again). */
  async load(): Promise<void> {
    const client = this.options.client();
    const token = this.options.token();
    if (!client) return;
    this.go('loading');
    if (!token) return this.close('unknown');
    try {
      this.show(await client.open(token));
    } catch (error) {
      this.fail(error, 'failed');
    }
  }

  async accept(): Promise<void> {
    await this.act((client, token) => client.accept(token));
  }

  async decline(note: string): Promise<void> {
    await this.act(
      (client, token) => client.decline(token, note.trim() || undefined),
      () => this.go('declined'),
    );
  }

  /** To the decline screen, or back to the request. */
  askDecline(asking: boolean): void {
    this.actionFailed = false;
    this.go(asking ? 'decline' : 'request');
  }

  /**
   * One answer changed: kept at once, saved on the server after a pause in typing. `typed`: a key in
   * a text field, which shows it already: the form renders again at the pause, not on every key
   * (the whole form per key cost the phone profile's typing, issue 22).
   */
  set(path: readonly (string | number)[], value: unknown, typed = false): void {
    this.answers = withValue(this.answers, path, value) as RaterAnswersDraft;
    this.dirty = true;
    this.schedule(this.options.debounce ?? 800);
    clearTimeout(this.renderTimer);
    this.renderTimer = undefined;
    if (typed) this.renderTimer = setTimeout(() => ((this.renderTimer = undefined), this.host.requestUpdate()), RENDER_AFTER_MS);
    else this.host.requestUpdate();
  }

  /** Saves now what is not saved yet (the Try again of a failed save; before submitting). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    const client = this.options.client();
    if (!client) return;
    this.dirty = false;
    this.save = { ...this.save, status: 'saving' };
    this.host.requestUpdate();
    const sent = this.answers;
    this.inFlight = client
      .save(this.options.token(), sent)
      .then(
        (invitation) => {
          this.failures = 0;
          this.invitation = invitation;
          this.save = { status: 'saved', savedAt: invitation.savedAt ?? new Date().toISOString() };
        },
        (error: unknown) => {
          // The answers stay on the page and are sent again: by the retry, the next change or submit.
          this.dirty = true;
          if (isReferenceLinkError(error)) return this.fail(error, 'failed');
          this.save = { status: 'error', savedAt: this.save.savedAt, error };
          this.schedule(RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!);
        },
      )
      .finally(() => {
        this.inFlight = undefined;
        this.host.requestUpdate();
      });
    await this.inFlight;
    // Typed while that save was on its way: the latest answers are saved next.
    if (this.dirty && this.save.status === 'saved') this.schedule(0);
  }

  /** Submits; what is missing comes back as issues, shown in the error summary. */
  async submit(): Promise<void> {
    await this.act(
      // Comments are optional, but the complete answers hold them as a record, empty or not.
      (client, token) => client.submit(token, { comments: {}, ...this.answers }),
      () => this.go('thanks'),
      (error) => {
        if (!isSubmissionError(error) || error.status !== 422) return false;
        this.issues = error.issues;
        this.focus = 'ek-error-summary';
        return true;
      },
    );
  }

  private async act(
    run: (client: RaterClient, token: string) => Promise<RaterInvitation>,
    after?: () => void,
    handled?: (error: unknown) => boolean,
  ): Promise<void> {
    const client = this.options.client();
    if (!client || this.busy) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight) await this.inFlight;
    this.busy = true;
    this.actionFailed = false;
    this.host.requestUpdate();
    try {
      const invitation = await run(client, this.options.token());
      this.dirty = false;
      this.issues = [];
      if (after) {
        this.invitation = invitation;
        after();
      } else this.show(invitation);
    } catch (error) {
      if (!handled?.(error)) this.fail(error, undefined);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private show(invitation: RaterInvitation): void {
    this.invitation = invitation;
    const state = invitation.state;
    if (state === 'submitted') return this.close('submitted');
    if (state === 'declined' || state === 'expired' || state === 'cancelled') return this.close(state);
    if (state === 'undeliverable') return this.close('unknown');
    this.answers = invitation.answers ?? {};
    this.save = invitation.savedAt ? { status: 'saved', savedAt: invitation.savedAt } : { status: 'idle' };
    this.go(state === 'in_progress' ? 'form' : 'request');
  }

  /** A refusal about the link closes the page with its reason; anything else is a failure to retry. */
  private fail(error: unknown, screen: RatingScreen | undefined): void {
    if (isReferenceLinkError(error)) {
      const code = error.code;
      if (code === 'link_expired') return this.close('expired');
      if (code === 'already_submitted') return this.close('submitted');
      if (code === 'link_closed') return this.close(closedState(this.invitation));
      if (code === 'invalid_token') return this.close('unknown');
    }
    if (screen) this.go(screen);
    else this.actionFailed = true;
  }

  private close(reason: ClosedReason): void {
    clearTimeout(this.timer);
    this.closed = reason;
    this.go('closed');
  }

  private go(screen: RatingScreen): void {
    this.screen = screen;
    this.focus = 'ek-heading';
    this.host.requestUpdate();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

/** Which page a `link_closed` shows, when the request was seen before; else the general one. */
function closedState(invitation: RaterInvitation | undefined): ClosedReason {
  const state = invitation?.state;
  return state === 'cancelled' || state === 'declined' || state === 'submitted' ? state : 'inactive';
}

/** `value` at `path` in a copy of `target` (objects only: the answers have no lists); undefined removes it. */
function withValue(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, unknown> = typeof target === 'object' && target !== null ? { ...(target as Record<string, unknown>) } : {};
  const next = withValue(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}
