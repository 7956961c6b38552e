import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { earlyOpenHash, earlyOpenScript } from '@endorsement-kit/sdk';

// Nothing but this origin's script and calls; no frames, no forms posting elsewhere, no referrer
// (a token sits in the fragment, which a Referer never carries, but the page needs none anyway).
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers of a page served with a token in its fragment (the rater's, the endorsee's). */
export const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

/** What one page of one element, served by the receiver, is made of. */
export interface ElementPage {
  /** Where it is served, without the trailing slash: `/r`. */
  base: string;
  /** The element's tag, and its built entry in the element package's `dist/cdn/` (`<tag>.js`). */
  tag: string;
  /** The page's `<title>`. */
  title: string;
  /** What a browser without JavaScript shows (English / Spanish). */
  noscript: string;
  /** The 503's words while the element is not built. */
  notBuilt: string;
  /**
   * Static HTML (no user data) inside the element's tag, painted before its script arrives: the
   * element's shadow root takes its place once it runs.
   */
  shell?: string;
  /**
   * The built script's path, instead of the element package's (tests). Its parts, if any, are the
   * files beside it named `<tag>.<part>-<hash>.js`.
   */
  script?: string | undefined;
  /**
   * The path of the API call that opens the link (`/api/ratings/open`): the page's `<head>` then
   * holds `earlyOpenScript` of it, which POSTs the fragment's token while the element's script
   * downloads, and the page's policy allows that one inline script by its hash.
   */
  earlyOpen?: string | undefined;
  /**
   * Whether the built script is written into the page itself (at the end of its `<body>`, allowed
   * by its hash) instead of being fetched from `<base>/<tag>.js`: one round trip fewer before the
   * first field takes keys, for a page opened once or twice from a mail, often on a phone. Only for
   * a script `canWriteIntoPage` accepts; until the script is built, or when it cannot be written
   * in, the page loads it by URL as without.
   */
  inline?: boolean | undefined;
}

// The element package's built entry (rollup writes it to dist/cdn/).
function scriptPath(tag: string): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve(`@endorsement-kit/element/cdn/${tag}.js`));
  } catch {
    return undefined;
  }
}

/**
 * The HTML of one element's page, as `elementPageRoutes` serves it at `<base>/`.
 * @example const html = elementPageHtml({ base: '/r', tag: 'endorsement-rating', title: 'Reference rating', noscript: '…', notBuilt: '…', earlyOpen: '/api/ratings/open' });
 */
export function elementPageHtml(page: ElementPage, inlineScript?: string): string {
  // Before the module script: its POST leaves with the first parse of the <head>.
  const early = page.earlyOpen ? `<script>${earlyOpenScript(page.earlyOpen)}</script>\n` : '';
  // Written in, the script comes last: the shell before it is painted while its bytes arrive.
  const entry = inlineScript === undefined ? `<script type="module" src="${page.base}/${page.tag}.js"></script>\n` : '';
  const written = inlineScript === undefined ? '' : `<script type="module">${inlineScript}</script>\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${page.title}</title>
${early}${entry}</head>
<body>
<${page.tag} endpoint="/api">${page.shell ?? ''}</${page.tag}>
<noscript>${page.noscript}</noscript>
${written}</body>
</html>
`;
}

/**
 * Whether `code` can be written into its page: nothing in it that HTML's parser would take for the
 * `<script>` element's end (`</script`) or for the start of an escaped part (`<!--`), and no static
 * import of a file beside it (a chunk it shares with its parts). Its parts, fetched later with
 * `import()`, may be: the page is `<base>/`, the folder its script and parts are served from, so
 * their relative URLs resolve to the same files. The build makes sure no part imports the script
 * back by its URL, which would run a second copy of it (rollup.config.mjs,
 * `partsWithoutEntryImports`: they read what it hands them instead).
 */
export function canWriteIntoPage(code: string): boolean {
  return !/<\/script|<!--/i.test(code) && !/\bfrom\s*["']\.{1,2}\/|\bimport\s*["']\.{1,2}\//.test(code);
}

/**
 * The headers of one element's page: `HEADERS`, with the hashes of the early-open script and of
 * the script written in (`inlineScript`) added to `script-src` when the page holds them (hash
 * sources, never `'unsafe-inline'`).
 * @example const headers = await elementPageHeaders({ ...page, earlyOpen: '/api/renewals/open' });
 */
export async function elementPageHeaders(page: ElementPage, inlineScript?: string): Promise<Record<string, string>> {
  const hashes = [
    ...(page.earlyOpen ? [await earlyOpenHash(page.earlyOpen)] : []),
    ...(inlineScript === undefined ? [] : [`'sha256-${createHash('sha256').update(inlineScript).digest('base64')}'`]),
  ];
  if (hashes.length === 0) return HEADERS;
  return { ...HEADERS, 'Content-Security-Policy': CSP.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`) };
}

/**
 * An HTML shell at `<base>/` that loads one element from `<base>/<tag>.js`, under a strict policy,
 * and the parts that script imports (`<base>/<tag>.<part>-<hash>.js`, beside it in `dist/cdn/`).
 * A GET changes nothing and never sees a token, which sits in the URL's fragment: mail scanners
 * that open every link consume nothing. The element reads the fragment and POSTs (with `earlyOpen`,
 * a small inline script starts that POST before the element's script has arrived).
 * @example app.route('/', elementPageRoutes({ base: '/r', tag: 'endorsement-rating', title: 'Reference rating', noscript: '…', notBuilt: '…' }));
 */
export function elementPageRoutes(page: ElementPage) {
  const routes = new Hono();
  let script: Promise<string> | undefined;
  // Read once; a failed read (not built yet) is tried again at the next request.
  const builtScript = () => {
    if (script) return script;
    const path = page.script ?? scriptPath(page.tag);
    const reading = path ? readFile(path, 'utf8') : Promise.reject(new Error('no script'));
    reading.catch(() => (script = undefined));
    return (script = reading);
  };
  const byUrl = Promise.all([elementPageHtml(page), elementPageHeaders(page)] as const);
  let written: Promise<readonly [string, Record<string, string>]> | undefined;
  const servedPage = async () => {
    if (!page.inline) return byUrl;
    written ??= builtScript().then(async (code) => {
      if (!canWriteIntoPage(code)) return byUrl;
      return [elementPageHtml(page, code), await elementPageHeaders(page, code)] as const;
    });
    try {
      return await written;
    } catch {
      // Not built yet: by URL (which says so) until it is.
      written = undefined;
      return byUrl;
    }
  };
  routes.get(`${page.base}/`, async (c) => {
    const [html, headers] = await servedPage();
    return c.body(html, 200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  });
  routes.get(page.base, (c) => c.redirect(`${page.base}/`, 301));
  routes.get(`${page.base}/${page.tag}.js`, async (c) => {
    try {
      return c.body(await builtScript(), 200, {
        ...HEADERS,
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
    } catch {
      return c.text(page.notBuilt, 503, { 'Retry-After': '60' });
    }
  });
  // A part's name changes with its content, so a browser keeps it for good; the entry above is
  // `no-cache`, and names the parts of its own build. Only this pattern: nothing else of the folder.
  const partName = new RegExp(`^${page.tag.replace(/[.-]/g, '\\$&')}\\.\\w+-[\\w-]{8}\\.js$`);
  const parts = new Map<string, Promise<string>>();
  routes.get(`${page.base}/:file`, async (c) => {
    const file = c.req.param('file');
    const path = page.script ?? scriptPath(page.tag);
    if (!partName.test(file) || !path) return c.notFound();
    let body = parts.get(file);
    if (!body) parts.set(file, (body = readFile(join(dirname(path), file), 'utf8')));
    try {
      return c.body(await body, 200, {
        ...HEADERS,
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
    } catch {
      parts.delete(file);
      return c.notFound();
    }
  });
  return routes;
}
