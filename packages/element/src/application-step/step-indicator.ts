import { html, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/** One entry of the step indicator. */
export interface StepLink {
  id: string;
  title: string;
  status: 'complete' | 'incomplete' | 'invalid';
}

/**
 * The steps of a form as a list of links: the current one marked with `aria-current="step"`, and
 * each step's state said in text ("completed"), not by colour alone, and tied to its link with
 * `aria-describedby` (as GOV.UK's task list does) so it is heard when the link has focus.
 */
export function renderStepIndicator(view: View, steps: StepLink[], current: number, go: (index: number) => void): TemplateResult {
  return html`<nav class="step-indicator" part="step-indicator" aria-label=${view.t('ui.steps.label')}>
    <ol>
      ${steps.map(
        (step, i) => html`<li>
          <a href=${`#step-${step.id}`} aria-current=${i === current ? 'step' : 'false'} aria-describedby=${`ek-step-state-${step.id}`}
            @click=${(e: Event) => {
              e.preventDefault();
              go(i);
            }}>${step.title}</a>
          <span class="state" id=${`ek-step-state-${step.id}`}>(${i === current ? view.t('ui.step.status.current') : view.t(`ui.step.status.${step.status}`)})</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}
