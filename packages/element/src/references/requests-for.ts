import { html, nothing, type TemplateResult } from 'lit';
import { ratingsStillNeeded } from '@endorsement-kit/sdk/core';
import type { FlowContext } from '../application-step/flow-context.js';
import type { View } from '../view.js';
import { ReferenceRequests } from './reference-requests.js';
import { renderRequestsPanel, renderRequestStates } from './requests-panel.js';

const all = new WeakMap<FlowContext, ReferenceRequests>();

/** The element's reference requests, made on first use (they come with the `flow` part). */
export function requestsFor(context: FlowContext, view: View): ReferenceRequests {
  let refs = all.get(context);
  if (!refs) {
    refs = new ReferenceRequests({
      update: () => context.host.requestUpdate(),
      focus: (id) => context.nav.focusOn(id),
      access: () => {
        const receipt = context.controller.draft?.registration;
        const baseUrl = context.host.endpoint;
        return receipt?.accessToken && baseUrl ? { baseUrl, registrationId: receipt.id, accessToken: receipt.accessToken } : undefined;
      },
    });
    all.set(context, refs);
  }
  refs.locale = view.locale;
  // Asked for once the screen that shows them renders; not from inside the render itself.
  if (refs.status === 'idle' && refs.client()) queueMicrotask(() => void refs.load(view));
  return refs;
}

/** The References step's panel, once registered with a receiver that takes reference requests. */
export function renderReferencePanel(context: FlowContext, view: View): TemplateResult | typeof nothing {
  const refs = requestsFor(context, view);
  // Without the receipt's access token (a backend that takes no reference requests) there is nothing to show.
  return refs.client() ? renderRequestsPanel(view, refs) : nothing;
}

/** The status lookup's list of requests and where each stands (no actions), once registered. */
export function renderReferenceStates(context: FlowContext, view: View): TemplateResult | typeof nothing {
  const refs = requestsFor(context, view);
  if (!refs.client() || !refs.list) return nothing;
  return html`<section aria-labelledby="ek-refs-states">
    <h3 id="ek-refs-states">${view.t('references.heading')}</h3>
    ${renderRequestStates(view, refs.list.requests)}
  </section>`;
}

/**
 * Why the application may not be submitted yet, when the program needs the ratings first
 * (`submitBeforeRatings: false`) and fewer are in than the category needs, or a rater slot of the
 * category is still open: the SDK's reference requirement counts the submitted, counted ratings. Undefined when nothing stands in the way, or
 * while the requests are not known (the receiver checks again on submit).
 */
export function referenceGate(context: FlowContext, view: View): { submitted: number; needed: number; stillNeeded?: string } | undefined {
  const refs = requestsFor(context, view);
  const list = refs.list;
  const program = context.controller.program;
  const draft = context.controller.draft;
  if (!list || !program || !draft) return undefined;
  return ratingsStillNeeded(program, draft.value, list.requests, {
    submitBeforeRatings: list.submitBeforeRatings,
    locale: view.locale,
    openSlots: list.openSlots,
  });
}
