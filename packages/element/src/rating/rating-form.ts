import { html, nothing, type TemplateResult } from 'lit';
import { CATEGORY_LABELS, IMH_CODES, ECMH_CODES, REFERENCE_ROLES, localize, type RaterAnswersDraft } from '@endorsement-kit/sdk/core';
import { summaryMarkup } from '../fields/summary-markup.js';
import { formatTime } from '../i18n/format.js';
import type { RatingSave } from '../controllers/rating-controller.js';
import type { MissingAnswer } from './missing-answers.js';
import { radioControl, selectControl, textControl } from './rating-fields.js';
import { requestParams, type RatingView } from './rating-view.js';

type Path = readonly (string | number)[];

/** What the form does with the rater's input. */
export interface RatingFormActions {
  /** `typed`: a key in a text field, which shows it already (the form renders again at the pause). */
  set: (path: Path, value: unknown, typed?: boolean) => void;
  submit: () => void;
  retrySave: () => void;
  focus: (id: string) => void;
  busy: boolean;
  failed: boolean;
  /** What is missing, from the last submit. */
  missing: readonly MissingAnswer[];
  save: RatingSave;
  /** The months as typed, while they are not a whole number yet. */
  typedMonths: string | undefined;
  /**
   * False for the form's first render: about the rater and how they know the applicant, whose first
   * field can take keys at once; the rated items, the closing and Submit follow in the next task.
   */
  complete: boolean;
}

/**
 * The rating form: about the rater, how they know the applicant, their own endorsement, the items
 * by domain (each on the program's scale or "not enough information"), a comment per domain, the
 * overall recommendation and a typed signature. Every answer goes to the controller, which saves.
 */
export function renderRatingForm(view: RatingView, answers: RaterAnswersDraft, a: RatingFormActions): TemplateResult {
  const form = view.invitation!.form;
  const params = requestParams(view);
  const error = (path: string) => a.missing.find((m) => m.path.join('.') === path)?.message;
  const text = (path: Path, label: string, kind: 'text' | 'long-text' | 'tel' = 'text', hint?: string, autocomplete?: string) =>
    textControl(
      view,
      {
        path,
        label,
        hint,
        error: error(path.join('.')),
        kind,
        value: String(read(answers, path) ?? ''),
        ...(autocomplete ? { autocomplete } : {}),
      },
      (v) => a.set(path, v === '' ? undefined : v, true),
    );
  const yesNo = (path: Path, label: string) =>
    radioControl(
      view,
      {
        path,
        label,
        error: error(path.join('.')),
        value: read(answers, path) as boolean | undefined,
        options: [
          { value: true, label: view.t('rating.yes') },
          { value: false, label: view.t('rating.no') },
        ],
      },
      (v) => a.set(path, v),
    );
  const neiCount = Object.values(answers.ratings ?? {}).filter((v) => v === 'nei').length;
  return html`<section aria-labelledby="ek-heading">
    ${a.missing.length ? summaryMarkup({ id: 'ek-error-summary', title: view.t('rating.errors.title'), items: a.missing, focus: a.focus }) : nothing}
    ${a.failed ? html`<div class="panel notice" role="alert"><p>${view.t('rating.failed.action')}</p></div>` : nothing}
    <h1 id="ek-heading" tabindex="-1">${view.t('rating.form.heading', params)}</h1>
    <p>${view.t('rating.form.intro')}</p>
    ${renderSave(view, a.save, a.retrySave, a.complete)}
    ${form.placeholder ? html`<p class="panel notice">${view.t('rating.request.placeholder', params)}</p>` : nothing}
    <form novalidate @submit=${(e: Event) => {
      e.preventDefault();
      a.submit();
    }}>
      <fieldset class="group">
        <legend><h2>${view.t('rating.form.you')}</h2></legend>
        ${text(['title'], view.t('rating.form.position'), 'text', undefined, 'organization-title')}
        ${text(['organization'], view.t('rating.form.organization'), 'text', undefined, 'organization')}
        ${text(['phone'], view.t('rating.form.phone'), 'tel', undefined, 'tel')}
        ${selectControl(
          view,
          {
            path: ['endorsement'],
            label: view.t('rating.form.endorsement'),
            hint: view.t('rating.form.endorsement.hint'),
            error: error('endorsement'),
            value: answers.endorsement,
            options: [
              ...[...IMH_CODES, ...ECMH_CODES].map((code) => ({
                value: code,
                label: `${code}: ${localize(CATEGORY_LABELS[code], view.locale)}`,
              })),
              { value: 'not-endorsed', label: view.t('rating.form.not-endorsed') },
            ],
          },
          (v) => a.set(['endorsement'], v),
        )}
        ${answers.endorsement && answers.endorsement !== 'not-endorsed' ? text(['endorsementNumber'], view.t('rating.form.endorsement-number')) : nothing}
      </fieldset>
      <section class="group" aria-labelledby="ekr-relationship-heading">
        <h2 id="ekr-relationship-heading">${view.t('rating.form.relationship.heading', params)}</h2>
        ${radioControl(
          view,
          {
            path: ['relationship'],
            label: view.t('rating.form.relationship', params),
            error: error('relationship'),
            value: answers.relationship,
            options: REFERENCE_ROLES.map((role) => ({ value: role, label: view.t(`rating.role.${role}`) })),
          },
          (v) => a.set(['relationship'], v),
        )}
        ${yesNo(['current'], view.t('rating.form.current', params))}
        ${textControl(
          view,
          {
            path: ['knownMonths'],
            label: view.t('rating.form.known-months', params),
            hint: view.t('rating.form.known-months.hint', { months: form.minKnownMonths }),
            error: error('knownMonths'),
            kind: 'number',
            value: a.typedMonths ?? (answers.knownMonths === undefined ? '' : String(answers.knownMonths)),
          },
          (v) => a.set(['knownMonths'], v),
        )}
        ${text(['capacity'], view.t('rating.form.capacity'), 'long-text', view.t('rating.form.capacity.hint'))}
        ${yesNo(['servesAgeBand'], view.t('rating.form.ages', params))}
        ${form.asksRscProvider ? yesNo(['knowsAsRscProvider'], view.t('rating.form.rsc', params)) : nothing}
      </section>
      ${a.complete ? renderRest() : nothing}
    </form>
  </section>`;

  function renderRest(): TemplateResult {
    return html`${form.domains.map(
      (domain) => html`<fieldset class="group" aria-describedby=${`ekr-domain-${domain.id}-intro`}>
          <legend><h2>${domain.label}</h2></legend>
          ${domain.hint ? html`<p class="hint">${domain.hint}</p>` : nothing}
          <p class="hint" id=${`ekr-domain-${domain.id}-intro`}>${view.t('rating.form.items.intro', { nei: form.notEnoughInformation })}</p>
          ${domain.items.map((item) =>
            radioControl(
              view,
              {
                path: ['ratings', item.id],
                label: item.text,
                small: true,
                error: error(`ratings.${item.id}`),
                value: answers.ratings?.[item.id],
                options: [
                  ...form.scale.map((o) => ({ value: o.value as number | 'nei', label: o.label })),
                  { value: 'nei' as const, label: form.notEnoughInformation },
                ],
              },
              (v) => a.set(['ratings', item.id], v),
            ),
          )}
          ${text(['comments', domain.id], view.t('rating.form.comments', { domain: domain.label }), 'long-text')}
        </fieldset>`,
    )}
      ${
        neiCount >= form.invalidAtNotEnoughInformation
          ? html`<p class="panel notice">${view.t('rating.form.nei-warning', { nei: form.notEnoughInformation, count: neiCount, limit: form.invalidAtNotEnoughInformation })}</p>`
          : nothing
      }
      <section class="group" aria-labelledby="ekr-closing-heading">
        <h2 id="ekr-closing-heading">${view.t('rating.form.closing')}</h2>
        ${radioControl(
          view,
          {
            path: ['recommendation'],
            label: view.t('rating.form.recommendation'),
            error: error('recommendation'),
            value: answers.recommendation,
            options: form.recommendations.map((r) => ({ value: r.value, label: r.label })),
          },
          (v) => a.set(['recommendation'], v),
        )}
        ${textControl(
          view,
          {
            path: ['signature', 'signedName'],
            label: view.t('rating.form.signature'),
            hint: view.t('rating.form.signature.hint', params),
            error: error('signature'),
            value: answers.signature?.signedName ?? '',
            autocomplete: 'name',
          },
          (v) => a.set(['signature'], v.trim() ? { signedName: v, signedOn: today() } : undefined, true),
        )}
      </section>
      <button type="submit" part="button" aria-disabled=${a.busy ? 'true' : nothing}>${view.t('rating.form.submit')}</button>`;
  }
}

/**
 * "Saving…", "Saved at 10:32", or the failure with its Try again. A time saved before this visit
 * is written with the rest of the form (`complete`), not in its first part: formatting it builds
 * the page's first Intl.DateTimeFormat, 70-80 ms of that first render on a phone (issue 22).
 */
function renderSave(view: RatingView, save: RatingSave, retry: () => void, complete: boolean): TemplateResult {
  const words =
    save.status === 'saving'
      ? view.t('rating.save.saving')
      : save.status === 'error'
        ? view.t('rating.save.error')
        : save.savedAt && complete
          ? view.t('rating.save.saved', { time: formatTime(save.savedAt, view.locale) })
          : '';
  return html`<div class="save-status${save.status === 'error' ? ' error' : ''}">
    <p role="status">${words}</p>
    ${save.status === 'error' ? html`<button type="button" class="secondary" part="button" @click=${retry}>${view.t('rating.save.retry')}</button>` : nothing}
  </div>`;
}

function read(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** Today as YYYY-MM-DD on the rater's calendar. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
