// What a site builder embeds: the built single file (classic script and module) on a page served
// with a strict Content-Security-Policy, in Spanish from the page's `lang`, so the Spanish file
// is fetched on demand from beside the script. Run after `pnpm build` (as `pnpm test` does).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

type CspWindow = Window & { violations: string[] };

async function open(page: string): Promise<{ win: CspWindow; root: () => ShadowRoot | null | undefined; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/packages/element/test/csp/${page}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  // Read through the frame: a reload gives it a new document.
  return { win, root: () => frame.contentDocument?.querySelector('endorsement-application')?.shadowRoot, frame };
}

for (const kind of ['iife', 'standalone-iife', 'esm']) {
  describe(`the built ${kind} file`, () => {
    it('renders First 5 Alabama in Spanish under a strict policy, with no violation', async () => {
      const { win, root } = await open(`built-${kind}.csp.html`);
      const heading = () => {
        const h = root()?.querySelector('#ek-step-heading');
        return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
      };
      await waitUntil(() => heading() === 'Solicite el Respaldo®', `Spanish start screen (saw "${heading()}")`, { timeout: 15000 });
      expect(root()!.textContent).to.contain('First 5 Alabama');
      // The start screen shows while the draft opens; its Start button once it is open.
      const findBegin = () => [...root()!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Comenzar una solicitud nueva');
      await waitUntil(findBegin, 'the Spanish start button', { timeout: 15000 });
      findBegin()!.click();
      await waitUntil(() => heading() === 'Sus datos', 'the first registration step, in Spanish');
      expect(win.violations).to.deep.equal([]);
    });
  });
}

type Root = () => ShadowRoot | null | undefined;
/** The step's own title: a form step's heading also holds the form's name as a caption. */
function stepTitle(root: Root): string | undefined {
  const h = root()?.querySelector('#ek-step-heading');
  return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
}
const buttonNamed = (root: Root, ...names: string[]) =>
  [...(root()?.querySelectorAll('button') ?? [])].find((b) => names.includes(b.textContent!.trim()));
const partFailed = (root: Root) => root()?.querySelector('[role="alert"]')?.textContent?.includes('could not be loaded');

/** Presses Try again (a fresh URL each time) until "About you" shows: flaky-part's server fails the part's first two URLs. */
async function tryAgainUntilAboutYou(root: Root): Promise<void> {
  for (let tries = 0; tries < 3 && stepTitle(root) !== 'About you'; tries++) {
    await waitUntil(() => partFailed(root) || stepTitle(root) === 'About you', 'the failure, or the step', { timeout: 15000 });
    if (stepTitle(root) === 'About you') break;
    const retry = buttonNamed(root, 'Try again');
    expect(retry, 'a retry button').to.exist;
    retry!.click();
    await waitUntil(
      () => stepTitle(root) === 'About you' || root()?.activeElement?.id === 'ek-part-retry',
      'the step, or focus back on Try again',
      {
        timeout: 15000,
      },
    );
  }
  expect(stepTitle(root)).to.equal('About you');
}

describe('the built module, split into parts', () => {
  it('says on screen when its flow part fails to load, and a retry (a fresh URL) brings it', async () => {
    const { win, root } = await open('flaky-part.csp.html');
    await waitUntil(() => stepTitle(root) === 'Apply for Endorsement®', 'the start screen, from the first load alone', { timeout: 15000 });
    await waitUntil(() => buttonNamed(root, 'Start a new application'), 'its Start button, once the draft is open', { timeout: 15000 });
    buttonNamed(root, 'Start a new application')!.click();
    // The part's first URLs fail (a 404, as after a redeploy): said, with a way to retry, which
    // asks for a fresh URL each time until one loads, and a way to load the page again.
    await waitUntil(() => partFailed(root), 'the failure is said', { timeout: 15000 });
    expect(buttonNamed(root, 'Reload the page'), 'a way to load the page again').to.exist;
    await tryAgainUntilAboutYou(root);
    expect(root()!.activeElement?.id, 'focus on the step heading').to.equal('ek-step-heading');
    expect(win.violations).to.deep.equal([]);
  });

  it('offers to reload the page, after which the application starts again and its part loads', async () => {
    const { root, frame } = await open('flaky-part.csp.html');
    await waitUntil(() => buttonNamed(root, 'Start a new application'), 'the Start button', { timeout: 15000 });
    buttonNamed(root, 'Start a new application')!.click();
    await waitUntil(
      () => root()?.querySelector('[role="alert"]')?.textContent?.includes('If it still fails, reload the page.'),
      'the failure is said, with a word on reloading',
      { timeout: 15000 },
    );
    const reloaded = oneEvent(frame, 'load');
    buttonNamed(root, 'Reload the page')!.click();
    await reloaded;
    // A new page: the start screen, from which the application goes on. Its part fails once more
    // here (this server fails each page's first two URLs of it), then Try again brings it.
    const startOrContinue = () => buttonNamed(root, 'Start a new application', 'Continue your saved application');
    await waitUntil(startOrContinue, 'the start screen again', { timeout: 15000 });
    startOrContinue()!.click();
    await tryAgainUntilAboutYou(root);
  });
});

describe('the built module, its first load', () => {
  it('is the start screen in one file; the flow part is fetched while the start screen shows and runs only on Start', async () => {
    const { win, root } = await open('prefetch-part.csp.html');
    const w = win as CspWindow & { flowPartRan?: boolean };
    const heading = () => {
      const h = root()?.querySelector('#ek-step-heading');
      return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
    };
    const buttonNamed = (name: string) => [...(root()?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === name);
    await waitUntil(() => heading() === 'Apply for Endorsement®', 'the start screen', { timeout: 15000 });
    const fetched = () =>
      (w.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.startsWith('/marked-cdn/'))
        .map((entry) => new URL(entry.name).pathname.replace(/-[\w-]{8}\.js$/, '.js'));
    await waitUntil(() => buttonNamed('Start a new application'), 'its Start button, once the draft is open', { timeout: 15000 });
    await waitUntil(() => fetched().length === 2, 'the flow part fetched while the start screen shows', { timeout: 15000 });
    // The start screen came from the one file; the flow part, preloaded, has not run.
    expect(w.flowPartRan, 'fetched, not run').to.equal(undefined);
    expect(fetched()).to.deep.equal(['/marked-cdn/endorsement-application.js', '/marked-cdn/endorsement-application.flow.js']);
    expect(w.document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).to.match(
      /\/endorsement-application\.flow-[\w-]{8}\.js$/,
    );
    buttonNamed('Start a new application')!.click();
    await waitUntil(() => heading() === 'About you', 'the first step', { timeout: 15000 });
    expect(w.flowPartRan, 'run once Start needs it').to.equal(true);
    expect(w.violations).to.deep.equal([]);
  });
});

describe('the classic-script loader', () => {
  it('loads the module from beside itself and resolves EndorsementKit.ready once the tag is defined', async () => {
    const { win, root } = await open('loader.csp.html');
    const w = win as CspWindow & { readyResult?: string };
    await waitUntil(() => w.readyResult === 'defined', 'EndorsementKit.ready resolved with the defined class', { timeout: 15000 });
    await waitUntil(() => root()?.querySelector('#ek-step-heading')?.textContent?.trim() === 'Apply for Endorsement®', 'the start screen', {
      timeout: 15000,
    });
    expect(w.violations).to.deep.equal([]);
  });
});
