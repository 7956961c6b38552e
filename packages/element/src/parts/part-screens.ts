import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from '../controllers/navigation.js';
import type { View } from '../view.js';
import type { FlowPartController } from './parts-controller.js';
import type { Parts } from './parts.js';

/** In place of a screen whose part is not here yet: loading, or why not with a way to retry. */
export function renderPartMissing(flow: FlowPartController, nav: NavigationController, view: View): TemplateResult {
  if (flow.status !== 'error') {
    nav.pending ??= flow.load().catch(() => undefined);
    return html`<p role="status">${view.t('ui.loading')}</p>`;
  }
  return renderPartFailure(flow, nav, view);
}

/**
 * The part could not be fetched: why, with a button that tries again (focused after, either way)
 * and one that reloads the page. Trying again asks for a fresh URL, but a redeploy that removed
 * the part, or a bundler's build (whose chunk keeps its URL, and which some browsers keep failed
 * once an import failed), needs the page loaded again; the answers saved on the device stay.
 */
export function renderPartFailure(flow: FlowPartController, nav: NavigationController, view: View): TemplateResult {
  const retry = () => {
    flow.wanted = true;
    nav.pending = flow.load().then(
      () => nav.focusOn('ek-step-heading'),
      () => nav.focusOn('ek-part-retry'),
    );
  };
  return html`<div class="panel notice" role="alert">
    <p>${view.t('ui.part.failed')}</p>
    <div class="actions">
      <button type="button" part="button" id="ek-part-retry" @click=${retry}>${view.t('ui.part.retry')}</button>
      <button type="button" class="secondary" part="button" @click=${() => location.reload()}>${view.t('ui.part.reload')}</button>
    </div>
  </div>`;
}

/**
 * The two-tab prompt: it names fields by the steps, which come with the flow part, so the
 * conflict waits in the draft (nothing is lost) while the part loads.
 */
export function renderConflictWhenReady(
  flow: FlowPartController,
  view: View,
  ...args: Parameters<Parts['flow']['renderConflict']> extends [unknown, ...infer Rest] ? Rest : never
): TemplateResult | typeof nothing {
  const part = flow.module;
  if (!part) {
    flow.prefetch(true);
    return nothing;
  }
  return part.renderConflict(view, ...args);
}
