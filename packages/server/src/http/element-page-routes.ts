import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

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
  /** The built script's path, instead of the element package's (tests). */
  script?: string | undefined;
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
 * An HTML shell at `<base>/` that loads one element from `<base>/<tag>.js`, under a strict policy.
 * A GET changes nothing and never sees a token, which sits in the URL's fragment: mail scanners
 * that open every link consume nothing. The element reads the fragment and POSTs.
 * @example app.route('/', elementPageRoutes({ base: '/r', tag: 'endorsement-rating', title: 'Reference rating', noscript: '…', notBuilt: '…' }));
 */
export function elementPageRoutes(page: ElementPage) {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<script type="module" src="${page.base}/${page.tag}.js"></script>
</head>
<body>
<${page.tag} endpoint="/api">${page.shell ?? ''}</${page.tag}>
<noscript>${page.noscript}</noscript>
</body>
</html>
`;
  const routes = new Hono();
  let script: Promise<string> | undefined;
  routes.get(`${page.base}/`, (c) =>
    c.body(html, 200, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }),
  );
  routes.get(page.base, (c) => c.redirect(`${page.base}/`, 301));
  routes.get(`${page.base}/${page.tag}.js`, async (c) => {
    const path = page.script ?? scriptPath(page.tag);
    script ??= path ? readFile(path, 'utf8') : Promise.reject(new Error('no script'));
    try {
      return c.body(await script, 200, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    } catch {
      script = undefined;
      return c.text(page.notBuilt, 503, { 'Retry-After': '60' });
    }
  });
  return routes;
}
