import { html, type TemplateResult } from 'lit';
import { isMissingProgramError, translateUi, type Program } from '@endorsement-kit/sdk/core';
import { errorReason } from '../error-reason.js';

/** In place of the application when its program could not be loaded: why, in the page's language. */
export function renderLoadFailure(error: unknown, source: Program | string | undefined, locale: string): TemplateResult {
  const program = typeof source === 'string' ? source : (source?.id ?? '');
  const reason = errorReason(error);
  const text = isMissingProgramError(error)
    ? translateUi(undefined, locale, 'ui.error.program-missing')
    : translateUi(undefined, locale, 'ui.error.program-load', { program, reason });
  return html`<div role="alert" class="panel notice" lang=${locale}>
    <h2>${translateUi(undefined, locale, 'ui.error.title')}</h2>
    <p>${text}</p>
  </div>`;
}
