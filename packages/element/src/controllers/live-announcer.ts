import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What may be announced, by topic; `undefined` while a topic is not settled yet (e.g. still saving). */
export type Announcements = Record<string, { key: string; text: string } | undefined>;

export interface LiveAnnouncerOptions {
  /** What may be announced now. */
  compose: () => Announcements;
  /** Milliseconds without a change before anything is said. @default 800 */
  quiet?: number;
}

/**
 * One polite live region's text, changed only once the applicant pauses (`quiet` ms after the last
 * change), so typing is not read out key by key. A topic is announced when its `key` differs from
 * the last one announced: the requirement count when it moves, the save status when it turns
 * saved, failed or conflicting, not on every save.
 *
 * @example
 * const announcer = new LiveAnnouncer(this, { compose: () => ({ save: { key: state.status, text: 'Saved 10:32' } }) });
 * announcer.prime(); draft.set(path, value); announcer.poke();
 * render() { return html`<div role="status" aria-live="polite">${announcer.text}</div>`; }
 */
export class LiveAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  declare private timer: ReturnType<typeof setTimeout> | undefined;
  declare private last: Map<string, string> | undefined;

  declare private readonly host: ReactiveControllerHost;
  declare private readonly options: LiveAnnouncerOptions;

  constructor(host: ReactiveControllerHost, options: LiveAnnouncerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Records what holds now as already known, once, before the applicant's first change. */
  prime(): void {
    if (this.last) return;
    this.last = new Map();
    for (const [topic, value] of Object.entries(this.options.compose())) if (value) this.last.set(topic, value.key);
  }

  /** Records topics that could not be told before (a part loaded late) as already known. */
  learn(): void {
    if (!this.last) return;
    for (const [topic, value] of Object.entries(this.options.compose()))
      if (value && !this.last.has(topic)) this.last.set(topic, value.key);
  }

  /** Forgets what was announced (a new draft). */
  reset(): void {
    clearTimeout(this.timer);
    this.last = undefined;
  }

  /** Something changed: announce once things stay quiet. */
  poke(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.quiet ?? 800);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private flush(): void {
    const last = (this.last ??= new Map());
    const parts: string[] = [];
    let pending = false;
    for (const [topic, value] of Object.entries(this.options.compose())) {
      if (!value) {
        pending = true;
        continue;
      }
      if (last.get(topic) === value.key) continue;
      last.set(topic, value.key);
      parts.push(value.text);
    }
    if (pending) this.poke();
    if (parts.length === 0) return;
    this.text = parts.join(' ');
    this.host.requestUpdate();
  }
}
