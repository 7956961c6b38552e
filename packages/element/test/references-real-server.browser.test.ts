// Reference ratings end to end against the real server (@endorsement-kit/server on PGlite, reached
// at /api through the test runner, its mails caught by a real SMTP server): the applicant asks a
// rater from the References step, the rater's link is read from the mail, the BUILT rater's page
// (dist/cdn/endorsement-rating.js, run `pnpm build` first) opens it three times under a strict
// Content-Security-Policy, then accepts, fills and submits; the applicant then sees "Submitted".
// No fake anywhere in this file.
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createEndorsementClient, memoryStore, programs, restBackend, type DraftStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import '../src/define.js';
import { button, click, field, heading, onHeading, option, ready, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

async function registeredForReal(): Promise<DraftStore> {
  const store = memoryStore();
  const client = createEndorsementClient({ program: programs.alliance, backend: restBackend({ baseUrl: '/api' }), store });
  const draft = await client.open();
  draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana.ruiz@example.org' });
  draft.set('endorsement', 'IMH-E');
  draft.set('category', 'IFS');
  draft.set('overview', { specializedWork: 'Home visitor since 2019', education: 'BSW 2018' });
  await draft.register();
  expect(draft.registration?.accessToken, 'the receipt carries the applicant’s access token').to.be.a('string');
  await draft.flush();
  await client.dispose();
  return store;
}

async function mountApplicant(store: DraftStore): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application program="alliance" endpoint="/api" .store=${store}></endorsement-application>`,
  );
  await ready(el);
  // A later visit comes back to the step it left (the References step here).
  if (heading(el) !== 'References') {
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'References'));
  }
  await onHeading(el, 'References');
  await waitUntil(
    () => el.shadowRoot!.querySelector('#ek-refs-heading') && !text(el).includes('Loading your reference requests'),
    'the requests',
    {
      timeout: 15000,
    },
  );
  return el;
}

/** The rater's page in a frame served with the strict policy, the token in its fragment. */
async function raterPage(token: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/packages/element/test/csp/rating.csp.html#${token}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { violations: string[] };
  const el = () => win.document.querySelector('endorsement-rating')!;
  const root = () => el().shadowRoot!;
  const heading = () => norm(root()?.querySelector('#ek-heading')?.textContent);
  // The form's first render holds its first sections; updateComplete waits for the rest.
  const on = async (text: string) => {
    await waitUntil(() => heading() === text, `rater page "${text}" (now "${heading()}")`, { timeout: 15000 });
    await (el() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  };
  const labelled = (name: string) => {
    const label = [...root().querySelectorAll('label')].find((l) => norm(l.textContent) === name);
    if (!label) throw new Error(`No label "${name}"`);
    return root().getElementById(label.htmlFor) as HTMLInputElement;
  };
  const fill = (name: string, value: string) => {
    const control = labelled(name);
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  };
  const pick = (group: string, choice: string) => {
    const fieldset = [...root().querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent) === group);
    const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((l) => norm(l.textContent) === choice);
    if (!label) throw new Error(`No option "${choice}" in "${group}"`);
    (root().getElementById(label.htmlFor) as HTMLInputElement).click();
  };
  const press = (name: string) => [...root().querySelectorAll('button')].find((b) => norm(b.textContent) === name)!.click();
  return { frame, win, root, heading, on, fill, pick, press };
}

describe('reference ratings against the real server', () => {
  afterEach(() => fixtureCleanup());

  it('the applicant asks a rater, who opens the mailed link three times, then rates and submits', async () => {
    const store = await registeredForReal();
    let el = await mountApplicant(store);
    const email = `lee.park.${Date.now()}@example.org`;
    await click(el, button(el, 'Ask a rater for a reference'));
    await type(field(el, 'The rater’s full name'), 'Lee Park');
    await type(field(el, 'The rater’s email address'), email);
    await click(el, option(el, 'How the rater knows you', 'Supervisor'));
    await click(el, option(el, 'Do you waive your right to see this rater’s form?', 'Yes, I waive my right to see it'));
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => text(el).includes('Request sent to Lee Park.'), 'sent', { timeout: 15000 });

    // The link as the rater's mail carries it, on its own line, the token in the fragment.
    let token: string | undefined;
    await waitUntil(
      async () => {
        const mails = (await (await fetch('/__test/mails')).json()) as { to: string; text: string }[];
        token = mails
          .filter((m) => m.to.includes(email))
          .map((m) => /^https?:\/\/\S+\/r\/#([A-Za-z0-9_-]{43})$/m.exec(m.text)?.[1])
          .find(Boolean);
        return token !== undefined;
      },
      'the rater’s mail',
      { timeout: 20000, interval: 250 },
    );

    // Scanners and first looks: three loads of the page change nothing.
    for (let i = 0; i < 3; i++) {
      const look = await raterPage(token!);
      await look.on('Reference request from Ana Ruiz');
      look.frame.remove();
    }
    const page = await raterPage(token!);
    await page.on('Reference request from Ana Ruiz');
    page.press('Accept and start the form');
    await page.on('Reference for Ana Ruiz');
    page.fill('Your title or position', 'Clinical Director');
    page.fill('Your organization', 'Bright Start');
    page.fill('Your own endorsement', 'IMHM-C');
    page.pick('How do you know Ana Ruiz?', 'I am their supervisor, teacher, trainer or consultant');
    page.pick('Do you still work with Ana Ruiz in this role?', 'Yes');
    page.fill('For how many months have you known Ana Ruiz?', '30');
    page.fill('In what capacity have you known them?', 'Her clinical supervisor');
    const ages = [...page.root().querySelectorAll('legend')]
      .map((l) => norm(l.textContent))
      .find((t) => t.startsWith('Does Ana Ruiz work with families'))!;
    page.pick(ages, 'Yes');
    for (const legend of page.root().querySelectorAll('legend.item')) page.pick(norm(legend.textContent), 'Often');
    const recommend = [...page.root().querySelectorAll('fieldset')].find(
      (f) => norm(f.querySelector('legend')?.textContent) === 'Your overall recommendation',
    )!;
    recommend.querySelector<HTMLInputElement>('input')!.click();
    page.fill('Type your full name as your signature', 'Lee Park');
    await waitUntil(() => /^Saved at /.test(norm(page.root().querySelector('.save-status')?.textContent)), 'saved on the server', {
      timeout: 15000,
    });
    page.press('Submit the reference');
    await page
      .on('Thank you: your reference was sent')
      .catch((error: Error) =>
        Promise.reject(new Error(`${error.message}: ${norm(page.root().querySelector('.error-summary, [role="alert"]')?.textContent)}`)),
      );
    expect(page.win.violations, 'no Content-Security-Policy violation').to.deep.equal([]);
    page.frame.remove();

    fixtureCleanup();
    el = await mountApplicant(store);
    const item = [...el.shadowRoot!.querySelectorAll('.refs-list li')].find(
      (li) => norm(li.querySelector('h4')?.textContent) === 'Lee Park',
    );
    expect(norm(item?.querySelector('.ref-state')?.textContent)).to.equal('Submitted');
  });
});
