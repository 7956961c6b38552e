// The demo page itself (index.html with its own site.js and the element's built file, in that
// order, as `pnpm demo` and `pnpm start` serve it) on its signatures step: it links the sample
// Code of Ethics and Endorsement Agreement, and both are served (issue 11, point 2: "Read the Code
// of Ethics and the Endorsement Agreement" stood there with nothing to open). The page runs in a
// same-origin frame; the test runner serves the sample documents at /documents/ with the demo
// servers' own routes (web-test-runner.config.mjs), and the frame has no fake backend, as with
// `pnpm start`: nothing is sent here.
import { expect, waitUntil } from '@open-wc/testing';
import { createEndorsementClient, customBackend } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../../../packages/element/src/index.js';
import { button, click, heading, onHeading, ready, text } from '@endorsement-kit/test-kit/element/helpers.js';
import { forgetStoredDrafts } from '@endorsement-kit/test-kit/element/stored-drafts.js';
import { program } from '../program.js';

// Where the test runner serves what the page loads from its own server's root.
const FILES: Readonly<Record<string, string>> = {
  '/site.css': '/examples/embed-plain/site.css',
  '/site.js': '/examples/embed-plain/site.js',
  '/favicon.svg': '/examples/embed-plain/favicon.svg',
  '/endorsement-application.js': '/packages/element/dist/cdn/endorsement-application.js',
};

/** The demo page in a frame, without msw (as `pnpm start` serves it); resolves to its element once it shows a screen. */
async function openPage(): Promise<{ frame: HTMLIFrameElement; el: EndorsementApplication; errors: string[] }> {
  const page = await (await fetch('/examples/embed-plain/index.html')).text();
  const withoutMsw = page.replace(/<script type="module" src="\/mocks\.js"><\/script>/, '');
  expect(withoutMsw).not.to.equal(page, 'the page loads its msw backend from /mocks.js');
  // Errors the element reports from the start (a missing program is one), heard before any of the page's scripts run.
  const listen = `<script>window.elementErrors = []; document.addEventListener('endorsement-error', (e) => elementErrors.push(e.context));</script>`;
  const html = withoutMsw
    .replace(/(src|href)="(\/[^"]*)"/g, (whole, attribute: string, path: string) => (FILES[path] ? `${attribute}="${FILES[path]}"` : whole))
    .replace('<head>', `<head>${listen}`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 900px';
  frame.srcdoc = html;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('endorsement-application')?.shadowRoot, 'the page’s element is defined', {
    timeout: 15000,
  });
  const el = frame.contentDocument!.querySelector('endorsement-application') as EndorsementApplication;
  await ready(el);
  return { frame, el, errors: (frame.contentWindow as unknown as { elementErrors: string[] }).elementErrors };
}

describe('examples/embed-plain: the page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('links the sample Code of Ethics and Endorsement Agreement on the signatures step, and both are served', async () => {
    // A registration sent earlier on this device, for the page's program, and nothing else (the
    // page's default store: IndexedDB, per program, in this origin, which earlier files share).
    await forgetStoredDrafts();
    const backend = customBackend({
      register: async () => ({ id: 'REG-1', receivedAt: '2026-11-26T10:32:00Z', status: 'registered' }),
      submit: async () => Promise.reject(new Error('not sent in this test')),
      status: async () => Promise.reject(new Error('not asked in this test')),
    });
    const client = createEndorsementClient({ program, backend });
    const draft = await client.open();
    draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' });
    draft.set('endorsement', 'IMH-E');
    draft.set('category', 'IFS');
    draft.set('overview', { specializedWork: 'Home visitor since 2019', education: 'BSW 2018' });
    await draft.register();
    await draft.flush();
    await client.dispose();

    const opened = await openPage();
    frame = opened.frame;
    const { el } = opened;
    expect(opened.errors, 'the element had its program from the start').to.deep.equal([]);
    expect(heading(el)).to.equal('Registration sent');
    await click(el, button(el, 'Start the professional application'));
    await onHeading(el, 'About you');
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await onHeading(el, 'Code of Ethics and Endorsement Agreement');
    expect(text(el)).to.contain('Read the Code of Ethics and the Endorsement Agreement, then sign each with your full name.');

    for (const [name, title] of [
      ['Code of Ethics', 'SAMPLE Code of Ethics'],
      ['Endorsement Agreement', 'SAMPLE Endorsement Agreement'],
    ] as const) {
      const link = button(el, `Read the ${name} (opens in a new tab)`) as HTMLAnchorElement;
      expect(link.target).to.equal('_blank');
      expect(new URL(link.href).origin, 'on the page’s own site').to.equal(location.origin);
      const response = await fetch(link.href);
      expect(response.status, link.href).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^text\/html/);
      const shown = new DOMParser().parseFromString(await response.text(), 'text/html');
      expect(shown.querySelector('h1')!.textContent).to.contain(title);
      expect(shown.body.textContent).to.contain(`This is not the real ${name}.`);
    }
  });
});
