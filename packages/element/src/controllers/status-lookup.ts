import type { ReactiveControllerHost } from 'lit';
import { isNetworkError, isSubmissionError } from '@endorsement-kit/sdk';
import { EndorsementErrorEvent } from '../events/error-event.js';
import type { StatusLookup } from '../receipt/status-lookup.js';
import { fieldId, type View } from '../view.js';
import { errorReason } from '../error-reason.js';
import type { EndorsementController } from './endorsement-controller.js';
import type { NavigationController } from './navigation.js';

export interface StatusLookupOptions {
  endorsement: EndorsementController;
  navigation: NavigationController;
}

/**
 * The status lookup: the reference typed, and what the backend said about it (`busy` while it is
 * asked, then `result` or `failure`, worded in the applicant's language).
 * It needs no lifecycle hook, so it is not added to the host; it asks the host to render on each change.
 * @example
 * const lookup = new StatusLookupController(this, { endorsement, navigation });
 * lookup.check(receipt.id); // on the lookup screen, with the reference filled in
 */
export class StatusLookupController {
  state: StatusLookup & { id?: string } = { busy: false };

  declare private readonly host: ReactiveControllerHost & HTMLElement;
  declare private readonly options: StatusLookupOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StatusLookupOptions) {
    this.host = host;
    this.options = options;
  }

  /** To the lookup, starting with the reference just shown (or this draft's), unless one was typed. */
  check(id: string | undefined): void {
    if (id && !this.state.id) this.set({ busy: false, id });
    this.options.navigation.go('status');
  }

  /** The reference as typed. */
  type(id: string): void {
    this.set({ ...this.state, id });
  }

  async run(view: View): Promise<void> {
    if (this.state.busy) return;
    const id = (this.state.id ?? '').trim();
    if (!id) {
      this.set({ ...this.state, failure: view.t('ui.status.required'), busy: false });
      this.options.navigation.focus = fieldId(['lookup', 'id']);
      return;
    }
    const backend = this.options.endorsement.backend;
    if (!backend) return this.set({ id, busy: false, failure: view.t('ui.submit.not-configured') });
    this.set({ id, busy: true });
    try {
      this.set({ id, busy: false, result: await backend.status(id) });
    } catch (error) {
      this.host.dispatchEvent(new EndorsementErrorEvent('status', error));
      // The backend's own words may be in another language: say what is known in the applicant's.
      const failure =
        isSubmissionError(error) && error.status === 404
          ? view.t('ui.status.not-found')
          : isNetworkError(error)
            ? view.t('ui.status.unreachable')
            : errorReason(error);
      this.set({ id, busy: false, failure });
    }
  }

  private set(state: StatusLookup & { id?: string }): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
