import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPart, onParts, part, partStatus, preloadPart, type PartStatus, type Parts } from './parts.js';

export interface FlowPartOptions {
  /** Called when the part arrives (after the host was connected). */
  onReady?: () => void;
}

/**
 * The `flow` part for an element: renders again when it arrives or fails, prefetches it when the
 * browser is idle, and remembers whether the applicant asked for something it holds (so a failed
 * prefetch nobody waited for is not shown as an error).
 */
export class FlowPartController implements ReactiveController {
  /** The applicant asked for something the part holds. */
  wanted = false;
  declare private stop: (() => void) | undefined;
  declare private idle: number | undefined;

  declare private readonly host: ReactiveControllerHost;
  declare private readonly options: FlowPartOptions;

  constructor(host: ReactiveControllerHost, options: FlowPartOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The part, once loaded. */
  get module(): Parts['flow'] | undefined {
    return part('flow');
  }

  get status(): PartStatus {
    return partStatus('flow');
  }

  hostConnected(): void {
    let before = this.status;
    this.stop = onParts(() => {
      if (this.status === 'ready' && before !== 'ready') this.options.onReady?.();
      before = this.status;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    if (this.idle !== undefined) (globalThis.cancelIdleCallback ?? clearTimeout)(this.idle);
  }

  /** Loads it (again, from a fresh URL, after a failure). Rejects when it cannot be fetched. */
  load(): Promise<Parts['flow']> {
    return loadPart('flow');
  }

  /**
   * Loads it now; or, when the browser is next idle, fetches it without running it (the CDN
   * build's modulepreload: it runs when a screen needs it) or, with a bundler, loads it. A failure
   * waits until someone needs the part.
   */
  prefetch(now: boolean): void {
    if (this.module || this.status === 'loading') return;
    const run = () => void this.load().catch(() => undefined);
    if (now) return run();
    const idle = () => {
      this.idle = undefined;
      if (!preloadPart('flow')) run();
    };
    this.idle = (globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1)))(idle) as number;
  }
}
