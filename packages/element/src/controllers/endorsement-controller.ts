import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEndorsementClient, restBackend, SubmissionError, type Locale, type Program } from '@endorsement-kit/sdk';
import { resolveProgram } from './resolve-program.js';
import { EndorsementErrorEvent } from '../events/error-event.js';
import { EndorsementSaveEvent } from '../events/save-event.js';
import type { BackendLike, Client, Draft, Path, StoreLike } from '../sdk-types.js';

/** What the controller reads from its element, each time it (re)loads. */
export interface ControllerSource {
  program: Program | string | undefined;
  endpoint: string | undefined;
  draftId: string | undefined;
  backend: BackendLike | undefined;
  store: StoreLike | undefined;
  client: Client | undefined;
}

/** Where loading is: the program and the draft come in asynchronously. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

// Used when the host gave neither `endpoint` nor `backend`: drafts still save, sending says so.
const notConfigured: BackendLike = {
  register: () => Promise.reject(new SubmissionError('No backend is configured')),
  submit: () => Promise.reject(new SubmissionError('No backend is configured')),
  status: () => Promise.reject(new SubmissionError('No backend is configured')),
};

/**
 * Binds one SDK client and its open draft to an element: resolves the program, opens the draft,
 * subscribes to it and asks the element to render on every change. Writes made before the draft
 * is open are kept and applied over it once it opens, so a slow load never erases typing.
 * @example
 * class MyForm extends LitElement {
 *   private readonly endorsement = new EndorsementController(this, () => ({ program: 'alliance', endpoint: '/api', draftId: undefined, backend: undefined, store: undefined, client: undefined }), () => 'en', () => {});
 *   render() { return html`<input .value=${String(this.endorsement.get(['applicant', 'givenName']) ?? '')} @input=${(e) => this.endorsement.set(['applicant', 'givenName'], e.target.value)}>`; }
 * }
 */
export class EndorsementController implements ReactiveController {
  state: LoadState = 'idle';
  error: unknown;
  program: Program | undefined;
  client: Client | undefined;
  draft: Draft | undefined;
  backend: BackendLike | undefined;
  /** Whether registrations and applications can be sent anywhere. */
  canSend = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly source: () => ControllerSource;
  private pending: [Path, unknown][] = [];
  private loaded: ControllerSource | undefined;
  private unsubscribe: (() => void) | undefined;
  private ownsClient = false;
  private generation = 0;
  private lastSaveStatus: string | undefined;
  private readonly onReady: () => void;

  private readonly locale: (program: Program) => Locale;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => ControllerSource, locale: (program: Program) => Locale, onReady: () => void) {
    this.host = host;
    this.source = source;
    this.locale = locale;
    this.onReady = onReady;
    host.addController(this);
  }

  hostConnected(): void {
    // Loading starts at the next update, not here: a host that appends the element and then sets
    // `program`, `store`, `backend` or `client` in the same task (as frameworks do) gets them used
    // from the start, instead of a first load with the defaults that is then thrown away.
    if (this.state === 'idle') this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.state === 'idle' && this.host.isConnected) void this.load();
    // The element's language may change at any time (attribute, page lang); the draft's messages follow.
    if (this.client && this.program) {
      const locale = this.locale(this.program);
      if (this.client.locale !== locale) this.client.locale = locale;
    }
  }

  hostDisconnected(): void {
    this.release();
    this.state = 'idle';
  }

  /** Opens everything again if `program`, `endpoint`, `draft-id`, `backend`, `store` or `client` changed. */
  reloadIfChanged(): void {
    const now = this.source();
    const before = this.loaded;
    if (!before || this.state === 'idle') return;
    if ((Object.keys(now) as (keyof ControllerSource)[]).some((key) => now[key] !== before[key])) {
      this.release();
      void this.load();
    }
  }

  /** The value at a path: the draft's, or a write still waiting for the draft to open. */
  get(path: Path): unknown {
    if (this.draft) return this.draft.get([...path]);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const [p, value] = this.pending[i]!;
      if (p.length === path.length && p.every((s, j) => s === path[j])) return value;
    }
    return undefined;
  }

  set(path: Path, value: unknown): void {
    if (this.draft) this.draft.set([...path], value);
    else {
      this.pending.push([path, value]);
      this.host.requestUpdate();
    }
  }

  /** Opens a fresh draft and keeps the current one stored (a sent application's receipt). */
  async startNew(): Promise<void> {
    if (!this.client || !this.draft) return;
    const old = this.draft;
    this.detach();
    await old.flush();
    this.draft = await this.client.create();
    this.attach(this.draft);
    this.host.requestUpdate();
  }

  /** Deletes the draft and opens a fresh one. */
  async startOver(): Promise<void> {
    if (!this.client || !this.draft) return;
    const old = this.draft;
    this.detach();
    this.draft = await this.client.startOver(old.id);
    this.attach(this.draft);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const source = { ...this.source() };
    this.loaded = source;
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const program = await resolveProgram(source.program);
      if (generation !== this.generation) return;
      this.program = program;
      // The receiver writes to the applicant (mails) in the language the form is shown in.
      const headers = () => ({ 'Accept-Language': this.locale(program) });
      this.backend = source.backend ?? (source.endpoint ? restBackend({ baseUrl: source.endpoint, headers }) : undefined);
      this.canSend = this.backend !== undefined || source.client !== undefined;
      this.ownsClient = source.client === undefined;
      this.client =
        source.client ??
        createEndorsementClient({ program, backend: this.backend ?? notConfigured, locale: this.locale(program), ...(source.store ? { store: source.store } : {}) });
      const draft = await this.client.open(source.draftId || undefined);
      if (generation !== this.generation) return;
      for (const [path, value] of this.pending) draft.set([...path], value);
      this.pending = [];
      this.draft = draft;
      this.attach(draft);
      this.state = 'ready';
      this.onReady();
    } catch (error) {
      if (generation !== this.generation) return;
      this.state = 'error';
      this.error = error;
      this.host.dispatchEvent(new EndorsementErrorEvent('program', error));
    }
    this.host.requestUpdate();
  }

  private attach(draft: Draft): void {
    this.lastSaveStatus = draft.saveState.status;
    this.unsubscribe = draft.subscribe(() => {
      const saveState = draft.saveState;
      if (saveState.status !== this.lastSaveStatus) {
        this.lastSaveStatus = saveState.status;
        if (saveState.status === 'saved' || saveState.status === 'error') this.host.dispatchEvent(new EndorsementSaveEvent(draft.id, saveState));
        if (saveState.status === 'error') this.host.dispatchEvent(new EndorsementErrorEvent('storage', saveState.error));
      }
      this.host.requestUpdate();
    });
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private release(): void {
    this.generation++;
    this.detach();
    const { client, draft, ownsClient } = this;
    const done = draft ? draft.flush().catch(() => undefined) : Promise.resolve();
    if (ownsClient && client) void done.then(() => client.dispose()).catch(() => undefined);
    this.client = undefined;
    this.draft = undefined;
  }
}
