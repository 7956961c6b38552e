// endorsement-application.iife.js: the classic-script form of the element, for pages that cannot
// load modules. It imports endorsement-application.js (and so its parts) from beside itself, found
// from its own URL, and says when the tag is defined with `EndorsementKit.ready`.
import type { EndorsementApplication } from '../endorsement-application.js';

interface Kit {
  /** Resolves once `<endorsement-application>` is defined; rejects if its script cannot load. */
  ready: Promise<{ EndorsementApplication: typeof EndorsementApplication }>;
  EndorsementApplication?: typeof EndorsementApplication;
}

const kit = ((globalThis as { EndorsementKit?: Partial<Kit> }).EndorsementKit ??= {}) as Kit;
// Read while this script runs: document.currentScript is gone by the time anything else happens.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
kit.ready ??= (
  import(/* @vite-ignore */ new URL('endorsement-application.js', base).href) as Promise<{
    EndorsementApplication: typeof EndorsementApplication;
  }>
).then(({ EndorsementApplication }) => {
  kit.EndorsementApplication = EndorsementApplication;
  return { EndorsementApplication };
});
