import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/** The status lookup's list of degrees and where each transcript is, when the receiver says. */
export function renderTranscriptStates(view: View, receipt: Receipt | undefined): TemplateResult | typeof nothing {
  const transcripts = receipt?.transcripts;
  if (!transcripts?.length) return nothing;
  return html`<section aria-labelledby="ek-transcripts">
    <h3 id="ek-transcripts">${view.t('form.transcripts.heading')}</h3>
    <ul>
      ${transcripts.map(
        (t) =>
          html`<li>${t.institution}, ${view.t(`form.option.educationLevel.${t.level}`)}: ${view.t(`form.transcripts.${t.state ?? 'none'}`)}</li>`,
      )}
    </ul>
  </section>`;
}
