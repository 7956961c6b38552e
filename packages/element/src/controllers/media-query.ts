import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MediaQueryOptions {
  /** A media query, e.g. `(min-width: 48em)`. */
  query: string;
}

/**
 * Whether a media query matches, followed while the host is connected (a phone turned, a window
 * resized): the host renders again when it changes. False where there is no `matchMedia`.
 * @example
 * const wide = new MediaQueryController(this, { query: '(min-width: 48em)' });
 * render() { return wide.matches ? beside : above }
 */
export class MediaQueryController implements ReactiveController {
  declare matches: boolean;
  declare private readonly list: MediaQueryList | undefined;
  private readonly onChange = () => {
    this.matches = this.list?.matches ?? false;
    this.host.requestUpdate();
  };

  declare private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, options: MediaQueryOptions) {
    this.host = host;
    this.list = typeof matchMedia === 'function' ? matchMedia(options.query) : undefined;
    this.matches = this.list?.matches ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    this.list?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }
}
