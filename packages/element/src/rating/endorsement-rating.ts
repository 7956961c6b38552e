import { LitElement, html, type TemplateResult } from 'lit';
import { earlyOpenFetch, raterClient, translateRating, type RaterClient } from '@endorsement-kit/sdk/core';
import { FormRestController } from '../controllers/form-rest.js';
import { RatingController } from '../controllers/rating-controller.js';
import { base, fields, layout, theme } from '../styles/index.js';
import { a11y } from '../styles/a11y.js';
import { ratingStyles } from './rating-styles.js';
import type { RatingView } from './rating-view.js';
import { renderDecline, renderRequest } from './request-screen.js';
import { renderRatingForm } from './rating-form.js';
import { missingAnswers } from './missing-answers.js';
import { renderClosed, renderDeclined, renderFailed, renderThanks } from './closed-screen.js';

/**
 * The reference rater's page, opened from the secure link in the request mail (`/r/#<token>`):
 * the request (who asks, the category and ages, the waiver, the applicant's note), Accept or
 * Decline, the rating form saved on the server as the rater goes, what is missing at submit, and
 * the thank-you page; expired, withdrawn, used and unknown links each get a page that says so.
 * The token is read from the URL's fragment and sent in POST bodies only, so mail scanners that
 * open the link change nothing and the token never reaches a server log as part of a URL.
 *
 * @summary The reference rater's form behind a secure link.
 *
 * @csspart field - Each field: label, hint, error and control.
 * @csspart button - Every button.
 * @csspart summary - The error summary.
 *
 * @example
 * <script type="module" src="/endorsement-rating.js"></script>
 * <endorsement-rating endpoint="/api"></endorsement-rating>
 */
export class EndorsementRating extends LitElement {
  static override styles = [theme, base, layout, fields, a11y, ratingStyles];

  static override properties = {
    endpoint: {},
    locale: { reflect: true },
    token: { attribute: false },
    client: { attribute: false },
    declineNote: { state: true },
    typedMonths: { state: true },
  };

  /** The receiver's API base URL. @default '/api' */
  declare endpoint: string;
  /** `en`, `es`, ...; by default the language the applicant chose for this rater, else the page's `lang`. */
  declare locale: string | undefined;
  /** The link's token; by default the page URL's fragment (`#<token>`), never its query string. */
  declare token: string | undefined;
  /** A ready client (`raterClient(...)`), instead of `endpoint`. */
  declare client: RaterClient | undefined;

  declare private declineNote: string;
  declare private typedMonths: string | undefined;
  declare private made: { endpoint: string; client: RaterClient } | undefined;

  private readonly rating = new RatingController(this, {
    client: () => this.client ?? this.defaultClient(),
    token: () => this.token ?? decodeURIComponent(location.hash.slice(1)).trim(),
  });
  // The form's first render holds its first sections only (RatingFormActions.complete).
  private readonly rest = new FormRestController(this, () => this.rating.screen === 'form');

  constructor() {
    super();
    this.endpoint = '/api';
    this.declineNote = '';
  }

  private defaultClient(): RaterClient {
    // The first open takes the answer the page's early-open script (its <head>) has on its way, if any.
    if (this.made?.endpoint !== this.endpoint)
      this.made = { endpoint: this.endpoint, client: raterClient({ baseUrl: this.endpoint, fetch: earlyOpenFetch() }) };
    return this.made.client;
  }

  private get view(): RatingView {
    const invitation = this.rating.invitation;
    const locale =
      this.locale || invitation?.language || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    return { locale, invitation, t: (key, params) => translateRating(undefined, locale, key, params) };
  }

  /** Also waits for the rest of the form when only its first part is on the page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.rest.waited()) ? super.getUpdateComplete() : done;
  }

  protected override render(): TemplateResult {
    const view = this.view;
    return html`<div class="root" lang=${view.locale}>
      <header class="header" part="header"><span class="program">${view.invitation?.organization ?? view.invitation?.programName ?? ''}${view.invitation ? ': ' : ''}${view.t('rating.title')}</span></header>
      ${this.renderScreen(view)}
    </div>`;
  }

  private renderScreen(view: RatingView): TemplateResult {
    const { rating } = this;
    switch (rating.screen) {
      case 'loading':
        return html`<p role="status">${view.t('rating.loading')}</p>`;
      case 'failed':
        return renderFailed(view, () => void rating.load());
      case 'closed':
        return renderClosed(view, rating.closed ?? 'unknown');
      case 'thanks':
        return renderThanks(view);
      case 'declined':
        return renderDeclined(view);
      case 'request':
        return renderRequest(view, {
          accept: () => void rating.accept(),
          decline: () => rating.askDecline(true),
          busy: rating.busy,
          failed: rating.actionFailed,
        });
      case 'decline':
        return renderDecline(view, {
          note: this.declineNote,
          setNote: (note) => (this.declineNote = note),
          confirm: () => void rating.decline(this.declineNote),
          back: () => rating.askDecline(false),
          busy: rating.busy,
          failed: rating.actionFailed,
        });
      case 'form':
        return renderRatingForm(view, rating.answers, {
          set: (path, value, typed) => (path[0] === 'knownMonths' ? this.setMonths(String(value ?? '')) : rating.set(path, value, typed)),
          submit: () => void rating.submit(),
          retrySave: () => void rating.flush(),
          focus: (id) => (this.renderRoot as ShadowRoot).getElementById(id)?.focus(),
          busy: rating.busy,
          failed: rating.actionFailed,
          missing: this.missing(view),
          save: rating.save,
          typedMonths: this.typedMonths,
          complete: this.rest.complete,
        });
    }
  }

  /** The months as a whole number once they are one; what is typed stays in the box meanwhile. */
  private setMonths(typed: string): void {
    const months = /^\s*\d{1,4}\s*$/.test(typed) ? Number(typed) : undefined;
    this.typedMonths = months === undefined && typed.trim() !== '' ? typed : undefined;
    this.rating.set(['knownMonths'], months);
  }

  private missing(view: RatingView) {
    const missing = missingAnswers(view, this.rating.issues);
    // Typed but not a whole number: say that, rather than that the months are missing.
    return this.typedMonths === undefined
      ? missing
      : missing.map((m) => (m.path[0] === 'knownMonths' ? { ...m, message: view.t('rating.invalid.known-months') } : m));
  }
}
