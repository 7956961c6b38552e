import { partUrls } from './part-urls.js';

type FlowPart = typeof import('./flow-part.js');
type SendPart = typeof import('./send-part.js');

/** The parts loaded after the first screen: `flow` (steps, review, tracker, validation) and `send` (the REST backend). */
export interface Parts {
  flow: FlowPart;
  send: SendPart;
}
export type PartName = keyof Parts;
export type PartStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Slot<T> {
  status: PartStatus;
  module?: T;
  error?: unknown;
  pending?: Promise<T> | undefined;
  attempts: number;
}

const importers: { [K in PartName]: () => Promise<Parts[K]> } = {
  flow: () => import('./flow-part.js'),
  send: () => import('./send-part.js'),
};
const slots: { [K in PartName]: Slot<Parts[K]> } = { flow: { status: 'idle', attempts: 0 }, send: { status: 'idle', attempts: 0 } };
const listeners = new Set<() => void>();

/** A part once loaded, else undefined. */
export function part<K extends PartName>(name: K): Parts[K] | undefined {
  return slots[name].module as Parts[K] | undefined;
}

/** Where a part's loading is; `error` after a failed load, until the next `loadPart`. */
export function partStatus(name: PartName): PartStatus {
  return slots[name].status;
}

/**
 * Loads a part (once; later calls get the same promise). After a failure the next call tries
 * again with a fresh URL, since a browser may keep a failed `import()` of one URL failed.
 */
export function loadPart<K extends PartName>(name: K): Promise<Parts[K]> {
  const slot = slots[name] as Slot<Parts[K]>;
  if (slot.module) return Promise.resolve(slot.module);
  if (slot.pending) return slot.pending;
  const url = partUrls[name];
  const attempt = slot.attempts++;
  const target = url && (attempt === 0 ? url : `${url}?retry=${attempt}`);
  // A URL known only when the page runs (the CDN build's): the browser imports it, not a bundler.
  const loading = target
    ? (import(/* @vite-ignore */ /* webpackIgnore: true */ target) as Promise<Parts[K]>)
    : (importers[name]() as Promise<Parts[K]>);
  slot.status = 'loading';
  slot.pending = loading.then(
    (module) => {
      slot.module = module;
      slot.status = 'ready';
      slot.pending = undefined;
      notify();
      return module;
    },
    (error: unknown) => {
      slot.status = 'error';
      slot.error = error;
      slot.pending = undefined;
      notify();
      throw error;
    },
  );
  notify();
  return slot.pending;
}

const preloaded = new Set<PartName>();

/**
 * Fetches a part without running it, where its file's URL is known (the CDN build, in a browser):
 * a `<link rel="modulepreload">`, so the browser fetches and compiles it while the applicant
 * reads, and `loadPart` runs it when it is needed. False elsewhere (a bundler names its chunks).
 */
export function preloadPart(name: PartName): boolean {
  const url = partUrls[name];
  if (!url) return false;
  if (!preloaded.has(name)) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url }));
  preloaded.add(name);
  return true;
}

/** Calls `listener` whenever a part's status changes; returns the function that stops it. */
export function onParts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}
