import { html, type TemplateResult } from 'lit';
import { isConflictError, isStorageError } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import type { SaveStateLike } from '../events/save-event.js';
import { formatTime } from '../i18n/format.js';

/** "Saved 10:32", "Saving…" or "Not saved on this device: <reason>", as text; empty before anything is saved. */
export function saveStatusText(view: View, state: SaveStateLike): string {
  switch (state.status) {
    case 'saving':
      return view.t('ui.save.saving');
    case 'saved':
      return view.t('ui.save.saved', { time: state.savedAt !== undefined ? formatTime(state.savedAt, view.locale) : '' }).trim();
    case 'error': {
      if (isConflictError(state.error)) return view.t('ui.conflict.heading');
      const reason = isStorageError(state.error) ? state.error.reason : 'unknown';
      return `${view.t('ui.save.error', { reason: view.t(`ui.save.reason.${reason}`) })} ${view.t('ui.save.memory')}`;
    }
    default:
      // Nothing saved yet: nothing to say (a fresh form has nothing to lose).
      return state.savedAt !== undefined ? view.t('ui.save.saved', { time: formatTime(state.savedAt, view.locale) }) : '';
  }
}

/**
 * What kind of save state this is, for announcing a change of kind only: "saved" (whatever the
 * time), "idle", or the error's reason ("error quota", "error ConflictError").
 */
export function saveKind(state: SaveStateLike): string {
  if (state.status === 'error') {
    const error = state.error;
    return `error ${isStorageError(error) ? error.reason : error instanceof Error ? error.name : 'unknown'}`;
  }
  return state.status === 'saved' || state.savedAt !== undefined ? 'saved' : state.status;
}

export function renderSaveStatus(view: View, state: SaveStateLike): TemplateResult {
  return html`<span class="save-status ${state.status === 'error' ? 'error' : ''}" part="save-status">${saveStatusText(view, state)}</span>`;
}
