import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDateTime } from '../i18n/format.js';
import { requestParams, type RatingView } from './rating-view.js';

/**
 * The request before anything is entered: who asks, for which category and ages, whether the
 * applicant waived the right to see the form, their note (as text), and Accept or Decline.
 */
export function renderRequest(
  view: RatingView,
  a: { accept: () => void; decline: () => void; busy: boolean; failed: boolean },
): TemplateResult {
  const invitation = view.invitation!;
  const params = requestParams(view);
  return html`<section aria-labelledby="ek-heading">
    ${a.failed ? html`<div class="panel notice" role="alert"><p>${view.t('rating.failed.action')}</p></div>` : nothing}
    <h1 id="ek-heading" tabindex="-1">${view.t('rating.request.heading', params)}</h1>
    <p>${view.t('rating.request.intro', params)}</p>
    <dl class="answers">
      <div><dt>${view.t('rating.request.applicant')}</dt><dd>${invitation.applicantName}</dd></div>
      <div><dt>${view.t('rating.request.category')}</dt><dd>${invitation.category.label} (${invitation.endorsement.label})</dd></div>
      <div><dt>${view.t('rating.request.ages')}</dt><dd>${invitation.endorsement.ages}</dd></div>
      <div><dt>${view.t('rating.request.role')}</dt><dd>${view.t(`rating.role.${invitation.role}`)}</dd></div>
      <div><dt>${view.t('rating.request.expires')}</dt><dd>${formatDateTime(invitation.expiresAt, view.locale)}</dd></div>
    </dl>
    <p class="panel">${view.t(invitation.waiveRight ? 'rating.request.waived' : 'rating.request.not-waived', params)}</p>
    ${
      invitation.note
        ? html`<h2>${view.t('rating.request.note', params)}</h2>
          <blockquote class="note">${invitation.note}</blockquote>`
        : nothing
    }
    <h2>${view.t('rating.request.choice')}</h2>
    <div class="actions">
      <button type="button" part="button" aria-disabled=${a.busy ? 'true' : nothing} @click=${a.accept}>${view.t('rating.request.accept')}</button>
      <button type="button" class="secondary" part="button" @click=${a.decline}>${view.t('rating.request.decline')}</button>
    </div>
  </section>`;
}

/** Declining: an optional note for the applicant, then confirm or go back. */
export function renderDecline(
  view: RatingView,
  a: { note: string; setNote: (note: string) => void; confirm: () => void; back: () => void; busy: boolean; failed: boolean },
): TemplateResult {
  const params = requestParams(view);
  return html`<section aria-labelledby="ek-heading">
    ${a.failed ? html`<div class="panel notice" role="alert"><p>${view.t('rating.failed.action')}</p></div>` : nothing}
    <h1 id="ek-heading" tabindex="-1">${view.t('rating.decline.heading')}</h1>
    <p>${view.t('rating.decline.intro', params)}</p>
    <form novalidate @submit=${(e: Event) => {
      e.preventDefault();
      a.confirm();
    }}>
      <div class="field" part="field">
        <label for="ekr-decline-note">${view.t('rating.decline.note', params)}</label>
        <div class="hint" id="ekr-decline-note-hint">${view.t('rating.decline.note.hint')}</div>
        <textarea id="ekr-decline-note" rows="4" maxlength="1000" aria-describedby="ekr-decline-note-hint" .value=${live(a.note)}
          @input=${(e: Event) => a.setNote((e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="actions">
        <button type="submit" part="button" aria-disabled=${a.busy ? 'true' : nothing}>${view.t('rating.decline.confirm')}</button>
        <button type="button" class="secondary" part="button" @click=${a.back}>${view.t('rating.decline.back')}</button>
      </div>
    </form>
  </section>`;
}
