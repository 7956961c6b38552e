import type { ReactiveControllerHost } from 'lit';
import { isNetworkError, isSubmissionError, type Receipt } from '@endorsement-kit/sdk/core';
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
 * The status lookup: the reference and the email typed, and what the backend said about them
 * (`busy` while it is asked, then `result` or `failure`, worded in the applicant's language). A
 * backend with `lookup` is asked by reference and email together; another by `status(id)`.
 * It needs no lifecycle hook, so it is not added to the host; it asks the host to render on each change.
 * @example
 * const lookup = new StatusLookupController(this, { endorsement, navigation });
 * lookup.check(draft.receipt); // on the lookup screen, with its reference filled in
 */
export class StatusLookupController {
  state: StatusLookup & { id?: string; email?: string } = { busy: false };

  declare private readonly host: ReactiveControllerHost & HTMLElement;
  declare private readonly options: StatusLookupOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StatusLookupOptions) {
    this.host = host;
    this.options = options;
  }

  /** Whether the backend looks up by reference and email together (so the email is asked for). */
  get needsEmail(): boolean {
    return typeof this.options.endorsement.backend?.lookup === 'function';
  }

  /** To the lookup, starting with the reference just shown (or this draft's), unless one was typed. */
  check(receipt: Receipt | undefined): void {
    this.fill(receipt);
    this.options.navigation.go('status');
  }

  /** The receipt's reference in the field, unless one was typed (no render: called while rendering). */
  fill(receipt: Receipt | undefined): void {
    const id = receipt?.reference ?? receipt?.id;
    if (id && this.state.id === undefined) this.state = { ...this.state, id };
  }

  /** A field as typed. */
  type(field: 'id' | 'email', value: string): void {
    this.set({ ...this.state, [field]: value });
  }

  async run(view: View): Promise<void> {
    if (this.state.busy) return;
    const id = (this.state.id ?? '').trim();
    const email = (this.state.email ?? '').trim();
    const backend = this.options.endorsement.backend;
    const missing = !id ? 'id' : this.needsEmail && !email ? 'email' : undefined;
    if (missing) {
      this.set({
        ...this.state,
        missing,
        failure: view.t(missing === 'id' ? 'ui.status.required' : 'ui.status.email-required'),
        busy: false,
      });
      this.options.navigation.focus = fieldId(['lookup', missing]);
      return;
    }
    if (!backend) return this.set({ id, email, busy: false, failure: view.t('ui.submit.not-configured') });
    this.set({ id, email, busy: true });
    try {
      const result = backend.lookup ? await backend.lookup({ reference: id, email }) : await backend.status(id);
      this.set({ id, email, busy: false, result });
    } catch (error) {
      this.host.dispatchEvent(new EndorsementErrorEvent('status', error));
      // The backend's own words may be in another language: say what is known in the applicant's.
      const failure =
        isSubmissionError(error) && error.status === 404
          ? view.t('ui.status.not-found')
          : isNetworkError(error)
            ? view.t('ui.status.unreachable')
            : errorReason(error);
      this.set({ id, email, busy: false, failure });
    }
  }

  private set(state: StatusLookup & { id?: string; email?: string }): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
