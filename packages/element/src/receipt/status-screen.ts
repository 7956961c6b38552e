import type { TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { StatusLookupController } from '../controllers/status-lookup.js';
import { scratchView, type View } from '../view.js';
import { renderStatusLookup } from './status-lookup.js';

/**
 * The status screen: the lookup's fields on the controller's state (a scratch view, so they are
 * not the draft's answers), the answer, and what the `flow` part adds (`more`: the reference
 * requests' states). After a reload the lookup starts again from this draft's receipt.
 */
export function renderStatusScreen(
  lookup: StatusLookupController,
  view: View,
  receipt: Receipt | undefined,
  home: () => void,
  more: Parameters<typeof renderStatusLookup>[5],
): TemplateResult {
  lookup.fill(receipt);
  const field = (path: readonly (string | number)[]) => (path[1] === 'email' ? 'email' : 'id');
  return renderStatusLookup(
    scratchView(
      view,
      (path) => lookup.state[field(path)],
      (path, value) => lookup.type(field(path), typeof value === 'string' ? value : ''),
      (path) =>
        lookup.state.missing === field(path) && lookup.state.failure && !lookup.state[field(path)]
          ? { path: [...path], code: 'required', message: lookup.state.failure }
          : undefined,
    ),
    lookup.state,
    () => void lookup.run(view),
    home,
    lookup.needsEmail,
    more,
  );
}
