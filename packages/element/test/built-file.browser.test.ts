// What a site builder embeds: the built single file (classic script and module) on a page served
// with a strict Content-Security-Policy, in Spanish from the page's `lang`, so the Spanish file
// is fetched on demand from beside the script. Run after `pnpm build` (as `pnpm test` does).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

type CspWindow = Window & { violations: string[] };

async function open(page: string): Promise<{ win: CspWindow; root: () => ShadowRoot | null | undefined }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/packages/element/test/csp/${page}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CspWindow;
  return { win, root: () => win.document.querySelector('endorsement-application')?.shadowRoot };
}

for (const kind of ['iife', 'esm']) {
  describe(`the built ${kind} file`, () => {
    it('renders First 5 Alabama in Spanish under a strict policy, with no violation', async () => {
      const { win, root } = await open(`built-${kind}.csp.html`);
      const heading = () => { const h = root()?.querySelector('#ek-step-heading'); return (h?.querySelector('.step-title') ?? h)?.textContent?.trim(); };
      await waitUntil(() => heading() === 'Solicite el Respaldo®', `Spanish start screen (saw "${heading()}")`, { timeout: 15000 });
      expect(root()!.textContent).to.contain('First 5 Alabama');
      const begin = [...root()!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Comenzar una solicitud nueva');
      expect(begin, 'the Spanish start button').to.exist;
      begin!.click();
      await waitUntil(() => heading() === 'Sus datos', 'the first registration step, in Spanish');
      expect(win.violations).to.deep.equal([]);
    });
  });
}
