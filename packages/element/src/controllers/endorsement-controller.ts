import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClientWith, SubmissionError, type Locale, type Program } from '@endorsement-kit/sdk/core';
import { knownProgram, resolveProgram } from './resolve-program.js';
import { lazyFeatures, lazyRestBackend } from '../parts/lazy-features.js';
import { EndorsementErrorEvent } from '../events/error-event.js';
import { EndorsementSaveEvent } from '../events/save-event.js';
import type { BackendLike, Client, Draft, Path, StoreLike } from '../sdk-types.js';
import { samePath } from '../view.js';

/** What the controller reads from its element, each time it (re)loads. */
export interface ControllerSource {
  program: Program | string | undefined;
  endpoint: string | undefined;
  draftId: string | undefined;
  backend: BackendLike | undefined;
  store: StoreLike | undefined;
  client: Client | undefined;
}

/**
 * What an `EndorsementController` is given besides its host.
 * @example
 * new EndorsementController(this, { source: () => ({ program: 'alliance', endpoint: '/api', draftId: undefined, backend: undefined, store: undefined, client: undefined }), locale: () => 'en' })
 */
export interface EndorsementControllerOptions {
  /** What the host wants opened, read at each (re)load. */
  source: () => ControllerSource;
  /** The language the draft's messages (and the receiver's mails) are in, for the program loaded. */
  locale: (program: Program) => Locale;
  /** Called once the draft is open, before the host renders it. */
  onReady?: () => void;
  /**
   * Whether the applicant is typing: meanwhile, a change of the draft that leaves its answers as
   * they are (a save starting or done) waits for the host's next update instead of causing one,
   * so each key costs one render, not three, and the save status does not flip between "Saving…"
   * and "Saved" on every key. The host updates again when typing pauses. Default: never.
   */
  typing?: () => boolean;
}

/** Where loading is: the program and the draft come in asynchronously. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

// Used when the host gave neither `endpoint` nor `backend`: drafts still save, sending says so.
const refuse = () => Promise.reject(new SubmissionError('No backend is configured'));
const notConfigured: BackendLike = { register: refuse, submit: refuse, status: refuse };

/**
 * Binds one SDK client and its open draft to an element: resolves the program, opens the draft,
 * subscribes to it and asks the element to render on every change. Writes made before the draft
 * is open are kept and applied over it once it opens, so a slow load never erases typing.
 * @example
 * class MyForm extends LitElement {
 *   private readonly endorsement = new EndorsementController(this, {
 *     source: () => ({ program: 'alliance', endpoint: '/api', draftId: undefined, backend: undefined, store: undefined, client: undefined }),
 *     locale: () => 'en',
 *   });
 *   render() { return html`<input .value=${String(this.endorsement.get(['applicant', 'givenName']) ?? '')} @input=${(e) => this.endorsement.set(['applicant', 'givenName'], e.target.value)}>`; }
 * }
 */
export class EndorsementController implements ReactiveController {
  state: LoadState = 'idle';
  declare error: unknown;
  declare program: Program | undefined;
  declare client: Client | undefined;
  declare draft: Draft | undefined;
  declare backend: BackendLike | undefined;
  /** Whether registrations and applications can be sent anywhere. */
  canSend = false;
  /**
   * The program is known and its draft is opening (IndexedDB, decryption): a screen that needs no
   * draft (the start screen's text and questionnaire) may show meanwhile.
   */
  opening = false;
  /** Settles once the draft being opened is open, or failed to open. */
  opened: Promise<void> = Promise.resolve();

  declare private readonly host: ReactiveControllerHost & HTMLElement;
  declare private readonly options: EndorsementControllerOptions;
  private pending: [Path, unknown][] = [];
  declare private loaded: ControllerSource | undefined;
  declare private unsubscribe: (() => void) | undefined;
  private ownsClient = false;
  private generation = 0;
  declare private lastSaveStatus: string | undefined;
  /** The answers as of the host's last update. */
  declare private shownValue: unknown;
  // The draft's value after the last key typed: rendering it waits for the pause in typing.
  declare private typedValue: unknown;
  private keying = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EndorsementControllerOptions);
  /**
   * The shape of 0.1: the options as four positional arguments. Still works, the same as
   * `new EndorsementController(host, { source, locale, onReady, typing })`.
   * @deprecated Pass one options object: `new EndorsementController(host, { source, locale, onReady, typing })`.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    source: () => ControllerSource,
    locale: (program: Program) => Locale,
    onReady: () => void,
    typing?: () => boolean,
  );
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: EndorsementControllerOptions | (() => ControllerSource),
    locale?: (program: Program) => Locale,
    onReady?: () => void,
    typing?: () => boolean,
  ) {
    this.host = host;
    this.options =
      typeof options === 'function' ? { source: options, locale: locale!, onReady: onReady!, ...(typing && { typing }) } : options;
    host.addController(this);
  }

  hostConnected(): void {
    // Loading starts at the next update, not here: a host that appends the element and then sets
    // `program`, `store`, `backend` or `client` in the same task (as frameworks do) gets them used
    // from the start, instead of a first load with the defaults that is then thrown away.
    if (this.state === 'idle') this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.shownValue = this.draft?.value;
    if (this.state === 'idle' && this.host.isConnected) this.opened = this.load();
    // The element's language may change at any time (attribute, page lang); the draft's messages follow.
    if (this.client && this.program) {
      const locale = this.options.locale(this.program);
      if (this.client.locale !== locale) this.client.locale = locale;
    }
  }

  hostDisconnected(): void {
    this.release();
    this.state = 'idle';
  }

  /** Opens everything again if `program`, `endpoint`, `draft-id`, `backend`, `store` or `client` changed. */
  reloadIfChanged(): void {
    const now = this.options.source();
    const before = this.loaded;
    if (!before || this.state === 'idle') return;
    if ((Object.keys(now) as (keyof ControllerSource)[]).some((key) => now[key] !== before[key])) {
      this.release();
      this.opened = this.load();
    }
  }

  /** The value at a path: the draft's, or a write still waiting for the draft to open. */
  get(path: Path): unknown {
    if (this.draft) return this.draft.get([...path]);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const [p, value] = this.pending[i]!;
      if (samePath(p, path)) return value;
    }
    return undefined;
  }

  /**
   * Puts a value in the draft. `typed`: a key the field already shows; while typing goes on (the
   * `typing` option) the host does not render again for it, nor for its save, but at the pause.
   */
  set(path: Path, value: unknown, typed = false): void {
    if (this.draft) {
      // The draft tells its subscribers at once, inside `set`.
      this.keying = typed;
      try {
        this.draft.set([...path], value);
      } finally {
        this.keying = false;
      }
      if (typed) this.typedValue = this.draft.value;
    } else {
      this.pending.push([path, value]);
      this.host.requestUpdate();
    }
  }

  /** Opens a fresh draft and keeps the current one stored (a sent application's receipt). */
  startNew(): Promise<void> {
    return this.replace(async (client, old) => (await old.flush(), client.create()));
  }

  /** Deletes the draft and opens a fresh one. */
  startOver(): Promise<void> {
    return this.replace((client, old) => client.startOver(old.id));
  }

  private async replace(open: (client: Client, old: Draft) => Promise<Draft>): Promise<void> {
    const { client, draft } = this;
    if (!client || !draft) return;
    this.detach();
    this.attach((this.draft = await open(client, draft)));
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const source = { ...this.options.source() };
    this.loaded = source;
    this.state = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      // A preset or a Program is known at once: the screen that needs no draft can show in the
      // first render, while the draft opens.
      const program = knownProgram(source.program) ?? (await resolveProgram(source.program));
      if (generation !== this.generation) return;
      this.program = program;
      // The receiver writes to the applicant (mails) in the language the form is shown in. The
      // REST backend (ky) and the drafts' validation and sending load when first needed, so the
      // start screen comes up without them.
      const headers = () => ({ 'Accept-Language': this.options.locale(program) });
      this.backend = source.backend ?? (source.endpoint ? lazyRestBackend({ baseUrl: source.endpoint, headers }) : undefined);
      this.canSend = this.backend !== undefined || source.client !== undefined;
      this.ownsClient = source.client === undefined;
      this.client =
        source.client ??
        createClientWith(
          {
            program,
            backend: this.backend ?? notConfigured,
            locale: this.options.locale(program),
            ...(source.store ? { store: source.store } : {}),
          },
          lazyFeatures,
        );
      const opening = this.client.open(source.draftId || undefined);
      this.opening = true;
      this.host.requestUpdate();
      const draft = await opening;
      if (generation !== this.generation) return;
      for (const [path, value] of this.pending) draft.set([...path], value);
      this.pending = [];
      this.opening = false;
      this.draft = draft;
      this.attach(draft);
      this.state = 'ready';
      this.options.onReady?.();
    } catch (error) {
      if (generation !== this.generation) return;
      this.opening = false;
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
        if (saveState.status === 'saved' || saveState.status === 'error')
          this.host.dispatchEvent(new EndorsementSaveEvent(draft.id, saveState));
        if (saveState.status === 'error') this.host.dispatchEvent(new EndorsementErrorEvent('storage', saveState.error));
      }
      // Each key used to render the whole step again (about 2.4 ms a key at 4x CPU slowdown on the
      // phone profile, issue 22): what a key changes the field already shows, and the rest (statuses,
      // the tracker, the save status) catches up at the pause, when TypingPauseController renders.
      if ((this.keying || draft.value === this.shownValue || draft.value === this.typedValue) && this.options.typing?.()) return;
      this.host.requestUpdate();
    });
  }

  private detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private release(): void {
    this.generation++;
    this.opening = false;
    this.detach();
    const { client, draft, ownsClient } = this;
    const done = draft ? draft.flush().catch(() => undefined) : Promise.resolve();
    if (ownsClient && client) void done.then(() => client.dispose()).catch(() => undefined);
    this.client = undefined;
    this.draft = undefined;
  }
}
