// A hint for the common first try, `import '@endorsement-kit/element'`, which defines nothing
// (so that server-side rendering may import the class): if the page has the tag but nothing
// defined it two seconds after load, say how to define it. A bundler drops this module with the
// rest of the entry when only its side effects were wanted (`sideEffects` does not list it), so in
// practice it speaks in development, where nothing is dropped.
const TAG = 'endorsement-application';

export function hintIfUndefined(delayMs = 2000): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const check = () =>
    setTimeout(() => {
      if (customElements.get(TAG) || !document.querySelector(TAG)) return;
      console.warn(
        `<${TAG}> is on this page but not defined, so it shows nothing. Importing '@endorsement-kit/element' defines nothing; import '@endorsement-kit/element/define' to register the tag.`,
      );
    }, delayMs);
  if (document.readyState === 'complete') check();
  else addEventListener('load', check, { once: true });
}

hintIfUndefined();
