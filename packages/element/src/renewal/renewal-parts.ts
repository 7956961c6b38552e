import { renewalPartUrls } from './renewal-part-urls.js';

type SpanishPart = typeof import('./renewal-spanish-part.js');
type ChecksPart = typeof import('./renewal-checks-part.js');

/**
 * The renewal page's parts, loaded after its first file as the application's are
 * (parts/parts.ts): `spanish`, the application's words in Spanish, only for a Spanish endorsee;
 * `checks`, validation, once the form is shown.
 */
export interface RenewalParts {
  spanish: SpanishPart;
  checks: ChecksPart;
}
export type RenewalPartName = keyof RenewalParts;

interface Slot<T> {
  module?: T;
  pending?: Promise<T> | undefined;
  attempts: number;
}

const importers: { [K in RenewalPartName]: () => Promise<RenewalParts[K]> } = {
  spanish: () => import('./renewal-spanish-part.js'),
  checks: () => import('./renewal-checks-part.js'),
};
const slots: { [K in RenewalPartName]: Slot<RenewalParts[K]> } = { spanish: { attempts: 0 }, checks: { attempts: 0 } };

/** A part once loaded, else undefined. */
export function renewalPart<K extends RenewalPartName>(name: K): RenewalParts[K] | undefined {
  return slots[name].module as RenewalParts[K] | undefined;
}

/**
 * Loads a part (once; later calls get the same promise). After a failure the next call tries
 * again with a fresh URL, since a browser may keep a failed `import()` of one URL failed.
 */
export function loadRenewalPart<K extends RenewalPartName>(name: K): Promise<RenewalParts[K]> {
  const slot = slots[name] as Slot<RenewalParts[K]>;
  if (slot.module) return Promise.resolve(slot.module);
  if (slot.pending) return slot.pending;
  const url = renewalPartUrls[name];
  const attempt = slot.attempts++;
  const target = url && (attempt === 0 ? url : `${url}?retry=${attempt}`);
  // A URL known only when the page runs (the CDN build's): the browser imports it, not a bundler.
  const loading = target
    ? (import(/* @vite-ignore */ /* webpackIgnore: true */ target) as Promise<RenewalParts[K]>)
    : (importers[name]() as Promise<RenewalParts[K]>);
  slot.pending = loading.then(
    (module) => {
      slot.module = module;
      slot.pending = undefined;
      return module;
    },
    (error: unknown) => {
      slot.pending = undefined;
      throw error;
    },
  );
  return slot.pending;
}
