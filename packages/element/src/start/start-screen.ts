import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Endorsement } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/** What the start screen shows: the questionnaire, and its actions once the draft is open. */
export interface StartScreen {
  quiz: TemplateResult;
  /** Absent while the draft opens: whether to continue or begin is known only then (their place says it is busy). */
  actions?: StartActions;
}

/** What the start screen offers once the draft is open. */
export interface StartActions {
  /** When a saved draft exists: when it was last saved (already formatted), else undefined. */
  saved: string | undefined | false;
  begin(): void;
  continueSaved(): void;
  startOver(): void;
  checkStatus(): void;
  /** When this device's application was sent: its reference number, and the way to its receipt. */
  submitted?: { id: string; viewReceipt(): void } | undefined;
}

/** What the endorsement is, how it works, the questionnaire, and Start / Continue. */
export function renderStart(view: View, { quiz, actions }: StartScreen): TemplateResult {
  const { program } = view;
  const contact = view.text(program.contact.title);
  const endorsements = (Object.keys(program.offers) as Endorsement[]).filter((e) => (program.offers[e]?.length ?? 0) > 0);
  return html`<section aria-labelledby="ek-step-heading">
    <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.start.title')}</h2>
    <p>${view.t('ui.start.intro')}</p>
    <p>${view.t(endorsements.length === 1 ? 'ui.start.endorsements.one' : 'ui.start.endorsements', { program: view.text(program.name) })}</p>
    <ul>
      ${endorsements.map((e) => {
        const info = program.endorsements[e];
        return html`<li>${info ? html`<strong>${localize(info.label, view.locale)}</strong>: ${localize(info.ages, view.locale)}` : e}</li>`;
      })}
    </ul>
    <h3>${view.t('ui.start.how')}</h3>
    <ol>
      <li>${view.t('ui.start.how.register')}</li>
      <li>${view.t('ui.start.how.coordinator', { contact })}</li>
      <li>${view.t('ui.start.how.apply')} ${view.t(`ui.start.how.${program.review?.applicationBeforeAcceptance === false ? '' : 'no'}wait`)}</li>
      <li>${view.t('ui.start.how.review')} ${program.reviewCadence ? view.text(program.reviewCadence) : nothing}</li>
    </ol>
    ${program.fees ? html`<p>${view.text(program.fees)}</p>` : nothing}
    ${
      actions?.submitted
        ? html`<div class="panel success">
          <p>${view.t('ui.start.submitted', { id: actions.submitted.id })}</p>
          <button type="button" class="secondary" part="button" @click=${actions.submitted.viewReceipt}>${view.t('ui.start.view-receipt')}</button>
        </div>`
        : nothing
    }
    <div class="actions" aria-busy=${actions ? 'false' : 'true'}>
      ${
        actions
          ? html`${
              actions.saved !== false
                ? html`<button type="button" part="button" @click=${actions.continueSaved}>${view.t('ui.start.continue')}</button>
                  ${actions.saved ? html`<p class="hint">${view.t('ui.start.saved-on', { time: actions.saved })}</p>` : nothing}
                  <button type="button" class="secondary" part="button" id="ek-start-over-start" @click=${actions.startOver}>${view.t('ui.start-over')}</button>`
                : html`<button type="button" part="button" @click=${actions.begin}>${view.t('ui.start.begin')}</button>`
            }
            <button type="button" class="link" part="button" @click=${actions.checkStatus}>${view.t('ui.start.status')}</button>`
          : nothing
      }
    </div>
    ${
      program.infoUrl
        ? html`<p><a href=${program.infoUrl} rel="noopener">${view.t('ui.start.more', { program: view.text(program.name) })}</a></p>`
        : nothing
    }
    ${quiz}
  </section>`;
}
