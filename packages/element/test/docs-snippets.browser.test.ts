// The classic-script files as docs/embedding.md tells hosts to use them, on the built files (run
// after `pnpm build`). Issue 23, point 5: the docs' snippet, copied as written, threw
// `EndorsementKit is not defined`. Point 6: from a CDN without CORS headers, the Spanish part
// failed to load and the page mixed languages.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

type Recorded = Window & { errors: string[]; logs: string[]; warnings: string[] };

const RECORD = `<script>
  window.errors = []; window.logs = []; window.warnings = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  const log = console.log, warn = console.warn;
  console.log = (...args) => { logs.push(args.map(String).join(' ')); log(...args); };
  console.warn = (...args) => { warnings.push(args.map(String).join(' ')); warn(...args); };
</script>`;

async function page(html: string): Promise<{ win: Recorded; root: () => ShadowRoot | null | undefined }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = html;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Recorded;
  return { win, root: () => win.document.querySelector('endorsement-application')?.shadowRoot };
}

const heading = (root: ShadowRoot | null | undefined) => {
  const h = root?.querySelector('#ek-step-heading');
  return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
};

describe('docs/embedding.md: the classic-script snippet', () => {
  it('runs as written: no error, and EndorsementKit.ready resolves with the defined class', async () => {
    const docs = await (await fetch('/docs/embedding.md')).text();
    const snippet = /```html\n(<script src="https:\/\/cdn\.example\.org\/endorsement-application\.iife\.js"[^]*?)```/.exec(docs)?.[1];
    expect(snippet, 'the snippet is in the docs').to.be.a('string');
    // Only the CDN's address changes: the built files are served here.
    const served = snippet!.replace('https://cdn.example.org/', `${location.origin}/packages/element/dist/cdn/`);
    const { win, root } = await page(
      `<!doctype html><html lang="en"><head>${RECORD}</head><body><endorsement-application program="first5-alabama"></endorsement-application>${served}</body></html>`,
    );
    await waitUntil(() => win.logs.some((line) => line.startsWith('ready ')) || win.errors.length, 'the snippet logs ready (or fails)', {
      timeout: 15000,
    });
    expect(win.errors).to.deep.equal([]);
    expect(win.logs.find((line) => line.startsWith('ready '))).to.match(/^ready class /);
    await waitUntil(() => heading(root()) === 'Apply for Endorsement®', 'the start screen', { timeout: 15000 });
  });
});

describe('the standalone file from another origin without CORS headers', () => {
  it('shows English throughout, and says why in the console, when its Spanish part cannot load', async () => {
    // The test page's host and 127.0.0.1 are two origins of the same server: the classic script
    // loads across them without CORS, the Spanish module part does not (as on such a CDN).
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const script = `${location.protocol}//${other}:${location.port}/packages/element/dist/cdn/endorsement-application.standalone.iife.js`;
    const { win, root } = await page(
      `<!doctype html><html lang="es"><head>${RECORD}<script src="${script}"></script></head><body><endorsement-application program="first5-alabama"></endorsement-application></body></html>`,
    );
    await waitUntil(() => heading(root()) === 'Apply for Endorsement®', `the English start screen (saw "${heading(root())}")`, {
      timeout: 15000,
    });
    await waitUntil(
      () => [...root()!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Start a new application'),
      'its Start button',
      { timeout: 15000 },
    );
    const text = root()!.textContent!;
    for (const spanish of ['Coordinador', 'Solicite', 'Comenzar', 'Respaldo de']) expect(text, spanish).not.to.contain(spanish);
    expect(root()!.querySelector('.root')?.getAttribute('lang')).to.equal('en');
    expect(win.warnings.join('\n')).to.match(
      /the "es" messages could not be loaded from .*endorsement-application\.es\.js .*showing English instead/,
    );
  });
});
