import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A long form rendered in two parts: its first render holds the first part only, whose first field
 * takes keys at once, and the rest comes in a task of its own once that part is painted (on a slow
 * phone the whole form in one task kept the first field from taking keys, issue 22, point 4). The
 * host renders the rest when `complete` is true; `showing` says when its form is on the page.
 * @example
 * private rest = new FormRestController(this, () => this.screen === 'form');
 * render() { return html`${first}${this.rest.complete ? rest : nothing}`; }
 * protected override async getUpdateComplete() { const done = await super.getUpdateComplete(); return (await this.rest.waited()) ? super.getUpdateComplete() : done; }
 */
export class FormRestController implements ReactiveController {
  /** Whether the rest of the form is to be rendered. */
  declare complete: boolean;
  declare private shown: Promise<void> | undefined;
  declare private readonly host: ReactiveControllerHost;
  declare private readonly showing: () => boolean;

  constructor(host: ReactiveControllerHost, showing: () => boolean) {
    this.host = host;
    this.showing = showing;
    this.complete = false;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.showing() || this.complete || this.shown) return;
    this.shown = new Promise((shown) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.complete = true;
          this.host.requestUpdate();
          shown();
        }),
      ),
    );
  }

  /** Another form opens: its first part first again. */
  reset(): void {
    this.complete = false;
    this.shown = undefined;
  }

  /**
   * For the host's `getUpdateComplete`: waits for the rest when only the first part is on the page,
   * and resolves to whether it did (the host then waits for that render too).
   */
  async waited(): Promise<boolean> {
    if (!this.showing() || this.complete || !this.shown) return false;
    await this.shown;
    return true;
  }
}
