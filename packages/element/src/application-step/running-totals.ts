import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';

const hoursOf = (entry: unknown): number => {
  const hours = (entry as { hours?: unknown } | null)?.hours;
  return typeof hours === 'number' && Number.isFinite(hours) ? hours : 0;
};
const hasTopic = (entry: unknown, topic: string): boolean => {
  const topics = (entry as { topics?: unknown } | null)?.topics;
  return Array.isArray(topics) && topics.includes(topic);
};
const sum = (entries: unknown[], keep: (e: unknown) => boolean = () => true) => entries.filter(keep).reduce<number>((t, e) => t + hoursOf(e), 0);

/**
 * Running totals under the training and RSC-received lists: plain sums of the hours entered, so
 * the applicant sees them grow (whether they are enough is the tracker's, from the SDK).
 */
export function renderRunningTotals(view: View, stepId: string): TemplateResult | typeof nothing {
  const entries = view.get([stepId === 'training' ? 'training' : 'rscReceived']);
  const list = Array.isArray(entries) ? entries : [];
  if (stepId === 'training')
    return html`<p class="totals" part="totals">${view.t('ui.totals.training', {
      total: sum(list),
      dei: sum(list, (e) => hasTopic(e, 'dei')),
      rsc: sum(list, (e) => hasTopic(e, 'rsc-provision')),
    })}</p>`;
  if (stepId === 'rsc-received') return html`<p class="totals" part="totals">${view.t('ui.totals.rsc', { total: sum(list) })}</p>`;
  return nothing;
}
