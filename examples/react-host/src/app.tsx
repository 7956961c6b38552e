import { useLayoutEffect, useRef, useState } from 'react';
import '@endorsement-kit/element/define';
import type { EndorsementApplication } from '@endorsement-kit/element';
import { programs, type Program, type Receipt } from '@endorsement-kit/sdk';
import { demoBackend } from './demo-backend.js';
import './element-jsx.js';

type Backend = EndorsementApplication['backend'];
type Store = EndorsementApplication['store'];

/** What the host app knows about the application, from the element's events. */
export interface HeardState {
  step?: string;
  form?: string;
  saved?: string;
  submitting?: string;
  registered?: Receipt;
  submitted?: Receipt;
  error?: string;
  events: string[];
}

export interface AppProps {
  /** The program; default the First 5 Alabama preset. */
  program?: Program;
  /** Where registrations and applications go; default an in-memory `customBackend`. */
  backend?: Backend;
  /** Where drafts are kept; default the element's (IndexedDB). */
  store?: Store;
  /** The first language shown; the app's own button switches it. */
  locale?: 'en' | 'es';
}

/**
 * A React 18 host for `<endorsement-application>`: objects (`program`, `backend`, `store`) and
 * `locale` are set as properties through a ref, and the element's events reach React state through
 * `addEventListener` on the same ref.
 * @example createRoot(document.getElementById('root')!).render(<App locale="es" />);
 */
export function App({ program = programs.first5Alabama, backend, store, locale: initialLocale = 'en' }: AppProps) {
  const ref = useRef<EndorsementApplication>(null);
  const [fallbackBackend] = useState(demoBackend);
  const [locale, setLocale] = useState(initialLocale);
  const [heard, setHeard] = useState<HeardState>({ events: [] });

  // Listeners first, so the first events (the start screen) are heard too.
  useLayoutEffect(() => {
    const el = ref.current!;
    const heardOf = (type: string, change: Partial<HeardState>) => setHeard((h) => ({ ...h, ...change, events: [...h.events, type] }));
    const controller = new AbortController();
    const { signal } = controller;
    el.addEventListener('endorsement-step-change', (e) => heardOf(e.type, { step: e.step, ...(e.form ? { form: e.form } : {}) }), {
      signal,
    });
    el.addEventListener('endorsement-save', (e) => heardOf(e.type, { saved: e.saveState.status }), { signal });
    el.addEventListener('endorsement-submit', (e) => heardOf(e.type, { submitting: e.kind }), { signal });
    el.addEventListener('endorsement-registered', (e) => heardOf(e.type, { registered: e.receipt }), { signal });
    el.addEventListener('endorsement-submitted', (e) => heardOf(e.type, { submitted: e.receipt }), { signal });
    el.addEventListener('endorsement-error', (e) => heardOf(e.type, { error: e.context }), { signal });
    return () => controller.abort();
  }, []);

  // Layout effects run right after the element is in the page and before Lit's first render.
  useLayoutEffect(() => {
    const el = ref.current!;
    el.program = program;
    el.backend = backend ?? fallbackBackend;
    if (store) el.store = store;
  }, [program, backend, store, fallbackBackend]);

  useLayoutEffect(() => {
    ref.current!.locale = locale;
  }, [locale]);

  return (
    <div className="app">
      <header>
        <h1>Your account</h1>
        <button type="button" lang={locale === 'en' ? 'es' : 'en'} onClick={() => setLocale(locale === 'en' ? 'es' : 'en')}>
          {locale === 'en' ? 'Español' : 'English'}
        </button>
      </header>
      <main>
        <endorsement-application ref={ref} />
      </main>
      <aside aria-labelledby="heard-title">
        <h2 id="heard-title">What React heard</h2>
        <dl data-testid="heard">
          <dt>Step</dt>
          <dd data-field="step">{heard.step ?? '-'}</dd>
          <dt>Draft</dt>
          <dd data-field="saved">{heard.saved ?? '-'}</dd>
          <dt>Registration</dt>
          <dd data-field="registered">{heard.registered?.id ?? '-'}</dd>
          <dt>Application</dt>
          <dd data-field="submitted">{heard.submitted?.id ?? '-'}</dd>
          <dt>Problem</dt>
          <dd data-field="error">{heard.error ?? '-'}</dd>
        </dl>
        <ol aria-label="Events" data-field="events">
          {heard.events.map((type, i) => (
            <li key={i}>{type}</li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
