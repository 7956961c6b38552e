// The screens of the `flow` part as the element lays them out: a step with its step list, and
// "Check your answers", each with the tracker and the send's message. They render only once the
// part is here, so they come with it.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { stepStatuses } from '@endorsement-kit/sdk/core';
import { issuesShown } from '../issues-shown.js';
import { renderReview } from '../review/review-screen.js';
import { renderTracker } from '../tracker/requirement-tracker.js';
import type { View } from '../view.js';
import { renderStepIndicator } from './step-indicator.js';
import { renderStep } from './render-step.js';
import { repeatActions } from './repeat-actions.js';
import { summaryItems } from './step-paths.js';
import { referenceGate, renderReferencePanel } from '../references/requests-for.js';
import { trackedRequirements } from '../references/tracked-requirements.js';
import type { FlowContext } from './flow-context.js';
import { documentsFor, withFiles } from './documents-for.js';
import { warmTimeFormat } from './warm-time-format.js';

/** The step the applicant is on, with the step list above it and the tracker beside it. */
export function renderFlowScreen(host: FlowContext, shown: View): TemplateResult {
  const { controller, nav, sending } = host;
  // Before the first save shows its time: the applicant reads the step before typing.
  warmTimeFormat(shown.locale);
  // File fields need the draft's files: the file picker comes with this part.
  const view = withFiles(host, shown);
  const { form } = nav;
  const steps = nav.steps(form);
  const index = Math.min(nav.index, steps.length - 1);
  const step = steps[index]!;
  const statuses = host.pause.settle(form)?.statuses ?? [];
  const last = index === steps.length - 1;
  const repeat = repeatActions(controller.draft!, nav.removed, (removed, focus) => {
    nav.removed = removed;
    nav.focusOn(focus);
    // A removal or an undo moves the counts as typing does: announce them once things settle.
    host.announcer.poke();
  });
  const page = renderStep(view, {
    step,
    index,
    total: steps.length,
    summary: summaryItems(step, issuesShown(nav, host.pause), (p) => controller.get(p)),
    repeat,
    focus: (id) => nav.focusOn(id),
    // Come from "Check your answers" (a Change link), Back returns there, as GOV.UK's does.
    back: nav.returnToReview
      ? () => nav.go('review')
      : index > 0
        ? () => nav.go('flow', form, index - 1)
        : () => nav.go(form === 'application' ? 'registered' : 'start'),
    next: {
      label: nav.returnToReview
        ? view.t('ui.to-review')
        : last
          ? form === 'registration'
            ? view.t('ui.register.submit')
            : view.t('ui.to-review')
          : view.t('ui.continue'),
      run: () => next(host, view, step.id, last),
    },
    busy: sending.busy,
    formTitle: view.t(form === 'registration' ? 'ui.register.heading' : 'ui.apply.heading'),
  });
  const heading =
    form === 'registration' ? html`<p>${view.t('ui.register.intro', { contact: view.text(view.program.contact.title) })}</p>` : nothing;
  return html`${heading}
    ${guard([steps, statuses, index, view.locale, view.program], () =>
      renderStepIndicator(
        view,
        steps.map((s) => ({ id: s.id, title: view.t(s.titleKey), status: statuses.find((x) => x.id === s.id)?.status ?? 'incomplete' })),
        index,
        (i) => nav.go('flow', form, i),
      ),
    )}
    ${withTracker(
      host,
      view,
      html`${renderMessage(host, view)}${page}${form === 'application' && step.id === 'references' ? renderReferencePanel(host, view) : nothing}`,
    )}`;
}

/** Continue: the step's issues in the summary, else on to the next step, the review, or sending the registration. */
function next(host: FlowContext, view: View, stepId: string, last: boolean): void {
  const { controller, nav } = host;
  const program = controller.program!;
  const category = controller.draft?.value.category;
  const issues =
    stepStatuses(program, controller.draft!.value, { form: nav.form, locale: view.locale, ...(category ? { category } : {}) }).find(
      (s) => s.id === stepId,
    )?.issues ?? [];
  if (issues.length > 0) nav.show(issues);
  else if (nav.returnToReview || (last && nav.form === 'application')) nav.go('review');
  else if (last) void host.sending.send('registration');
  else nav.go('flow', nav.form, nav.index + 1);
}

/** "Check your answers", with the tracker. */
export function renderReviewScreen(host: FlowContext, view: View): TemplateResult {
  const { nav, sending } = host;
  const gate = referenceGate(host, view);
  // The program needs the ratings before the application: said before Submit, and Submit refused.
  const files = documentsFor(host);
  const submit = () => {
    // Every file must be at the receiver first: the application names them by id.
    if (files?.files.pending) {
      sending.message = { text: view.t('form.file.wait'), alert: true };
      void files.files.send();
      return host.host.requestUpdate();
    }
    if (!gate) return void sending.send('application');
    sending.message = {
      text: view.t(gate.stillNeeded ? 'references.submit-refused-slot' : 'references.submit-refused', gate),
      alert: true,
    };
    host.host.requestUpdate();
  };
  return withTracker(
    host,
    view,
    renderReview(
      view,
      nav.steps('application'),
      (i, target) => nav.change(i, target),
      submit,
      sending.busy,
      html`${gate && !sending.message ? html`<div class="panel notice"><p>${view.t(gate.stillNeeded ? 'references.submit-blocked-slot' : 'references.submit-blocked', gate)}</p></div>` : nothing}${renderMessage(host, view)}`,
      { requirements: trackedRequirements(host, view, host.pause.settle('application')?.requirements) },
    ),
  );
}

/** A screen with the requirement tracker, as of the last pause in typing (see TypingPauseController). */
function withTracker(host: FlowContext, view: View, content: TemplateResult): TemplateResult {
  const wide = host.wide.matches;
  const result = trackedRequirements(host, view, host.pause.settle(host.nav.form)?.requirements);
  // The same result renders the same tracker.
  const tracker = guard([result, wide, view.locale, view.program], () => renderTracker(view, result, wide));
  // Narrow, the tracker is one folded line ("9 of 16 requirements met") above the step, in the
  // reading order too; wide, it stands beside the step, after it in the reading order.
  return html`<div class="body with-tracker">
    ${wide ? nothing : tracker}
    <div class="main">${content}</div>
    ${wide ? tracker : nothing}
  </div>`;
}

/** How the send goes: waiting for the network, checking, or the message the send left. */
function renderMessage(host: FlowContext, view: View): TemplateResult | typeof nothing {
  const { sending } = host;
  const submission = host.controller.draft?.submission.status;
  if (submission === 'waiting-offline' || (sending.busy && submission === 'validating'))
    return html`<div class="panel notice" role="status"><p>${view.t(submission === 'validating' ? 'ui.submit.validating' : 'ui.submit.offline')}</p></div>`;
  const message = sending.message;
  if (!message) return nothing;
  return html`<div class="panel notice" role=${message.alert ? 'alert' : 'status'}><p>${message.text}</p></div>`;
}
