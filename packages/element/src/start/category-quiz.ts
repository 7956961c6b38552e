import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Endorsement } from '@endorsement-kit/sdk/core';
import { fieldId, type View } from '../view.js';
import type { Recommendation } from '../sdk-types.js';
import { renderField } from '../fields/render-field.js';
import type { FieldView } from '../fields/field-view.js';
import { isQuizNumber, QUIZ_NUMBERS, quizProblem, type QuizAnswers } from './quiz-answers.js';

const LEVELS = ['none', 'cda', 'associate', 'bachelor', 'master', 'doctorate'] as const;

// "Since that degree" reads right only after a degree: without one the years are all of them,
// after a CDA they count from the credential, and before an answer the label says both.
const yearsLabel = (education: QuizAnswers['education']) =>
  education === 'none'
    ? 'ui.quiz.years.none'
    : education === 'cda'
      ? 'ui.quiz.years.cda'
      : education
        ? 'ui.quiz.years'
        : 'ui.quiz.years.any';

/**
 * "Which category fits me?": a few questions, answered into a scratch object (not the draft),
 * then the SDK's `recommendForProfile` on them: every category they fit, then the nearest others. `view` reads and writes that scratch object.
 * A number that is not one ("two", "-5") is kept as typed and shown with its error, GOV.UK
 * style, when suggestions are asked for; no suggestion is made from it.
 */
export function renderQuiz(
  outer: View,
  results: Recommendation[] | undefined,
  suggest: () => void,
  choose: (r: Recommendation) => void,
  /** What a category costs, once the `flow` part is here (fees are not refunded for a wrong category). */
  fees?: (view: View, category: string) => unknown,
): TemplateResult {
  const { program } = outer;
  const answer = <K extends keyof QuizAnswers>(key: K) => outer.get(['quiz', key]) as QuizAnswers[K];
  const flagged = answer('flagged') ?? [];
  const view: View = {
    ...outer,
    issueAt: (path) => {
      const question = path[1];
      if (!isQuizNumber(question) || !flagged.includes(question)) return outer.issueAt(path);
      const code = quizProblem(question, answer(question));
      return code ? { path: [...path], code, message: outer.t(`ui.quiz.${question}.error.${code}`) } : undefined;
    },
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const wrong = QUIZ_NUMBERS.filter((question) => quizProblem(question, answer(question)) !== undefined);
    outer.set(['quiz', 'flagged'], wrong.length > 0 ? wrong : undefined);
    if (wrong.length === 0) {
      suggest();
      return;
    }
    // As the status lookup does: focus goes to the first wrong answer, which reads its error.
    const host = (form.getRootNode() as ShadowRoot).host as { updateComplete?: Promise<unknown> } | undefined;
    void Promise.resolve(host?.updateComplete).then(() => form.querySelector<HTMLElement>(`#${fieldId(['quiz', wrong[0]!])}`)?.focus());
  };
  const endorsements = (Object.keys(program.offers) as Endorsement[]).filter((e) => (program.offers[e]?.length ?? 0) > 0);
  // A program that offers one endorsement has nothing to ask here: its categories are ranked.
  const fields: FieldView[] = [
    ...(endorsements.length < 2
      ? []
      : [
          {
            path: ['quiz', 'endorsement'],
            kind: 'choice',
            required: true,
            label: view.t('ui.quiz.endorsement'),
            options: endorsements.map((e) => {
              const info = program.endorsements[e];
              return { value: e, label: info ? `${localize(info.label, view.locale)} (${localize(info.ages, view.locale)})` : e };
            }),
          } satisfies FieldView,
        ]),
    {
      path: ['quiz', 'education'],
      kind: 'choice',
      required: true,
      label: view.t('ui.quiz.education'),
      options: LEVELS.map((l) => ({ value: l, label: view.t(`ui.quiz.education.${l}`) })),
    },
    { path: ['quiz', 'years'], kind: 'number', required: false, label: view.t(yearsLabel(answer('education'))), inputMode: 'decimal' },
    { path: ['quiz', 'families'], kind: 'number', required: false, label: view.t('ui.quiz.families'), inputMode: 'numeric' },
    // The last questions separate the categories a degree and hours alone cannot (IMHS from IFS,
    // the mentors from IMHS); a blank one is unknown to the SDK, never 0.
    ...(['training', 'dei', 'rsc', 'leadership', 'rscProvided'] as const).map((q): FieldView => ({
      path: ['quiz', q],
      kind: 'number',
      required: false,
      label: view.t(`ui.quiz.${q}`),
      inputMode: 'decimal',
    })),
  ];
  // Every category the answers fit, then the nearest others, so three at least.
  const fitting = results?.filter((r) => r.fits).length ?? 0;
  const shown = results?.slice(0, Math.max(3, fitting)) ?? [];
  const list = (items: Recommendation['requirements']) => html`<ul>${items.map((q) => html`<li>${q.detail}</li>`)}</ul>`;
  return html`<section class="panel" aria-labelledby="ek-quiz-title">
    <h2 id="ek-quiz-title">${view.t('ui.quiz.heading')}</h2>
    <p>${view.t('ui.quiz.intro')}</p>
    <form novalidate @submit=${onSubmit}>
      ${fields.map((f) => renderField(view, f))}
      <button type="submit" part="button">${view.t('ui.quiz.submit')}</button>
    </form>
    ${
      results && flagged.length === 0
        ? html`<div role="status">
          <h3>${view.t('ui.quiz.results')}</h3>
          <ol>
            ${shown.map((r) => {
              const label = localize(program.categories[r.category]?.label ?? r.category, view.locale);
              const missing = r.requirements.filter((q) => !q.met && !q.later && !q.toConfirm);
              const confirm = r.requirements.filter((q) => q.toConfirm);
              return html`<li>
                <strong>${label}</strong>
                ${
                  r.met
                    ? html`<p>${view.t('ui.quiz.met')}</p>`
                    : r.fits
                      ? html`<p>${view.t('ui.quiz.confirm')}</p>${list(confirm)}`
                      : html`<p>${view.t('ui.quiz.unmet')}</p>${list(missing)}${confirm.length ? html`<p>${view.t('ui.quiz.also-confirm')}</p>${list(confirm)}` : nothing}`
                }
                ${fees ? fees(view, r.category) : nothing}
                <button type="button" class="secondary" part="button" @click=${() => choose(r)}>${view.t('ui.quiz.choose', { category: label })}</button>
              </li>`;
            })}
          </ol>
          <p>${view.t('ui.quiz.blank')} ${view.t('ui.quiz.not-judged')}</p>
        </div>`
        : nothing
    }
  </section>`;
}
