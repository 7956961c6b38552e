import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

// The element package's built entry of <endorsement-rating> (rollup writes it to dist/cdn/).
function scriptPath(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve('@endorsement-kit/element/cdn/endorsement-rating.js'));
  } catch {
    return undefined;
  }
}

// Nothing but this origin's script and calls; no frames, no forms posting elsewhere, no referrer
// (the token is in the fragment, which a Referer never carries, but the page needs none anyway).
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Reference rating</title>
<script type="module" src="/r/endorsement-rating.js"></script>
</head>
<body>
<endorsement-rating endpoint="/api"></endorsement-rating>
<noscript>This reference form needs JavaScript. / Este formulario de referencia necesita JavaScript.</noscript>
</body>
</html>
`;

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

/**
 * The rater's page at `/r/`: an HTML shell that loads `<endorsement-rating>`. A GET changes nothing
 * and never sees the token, which sits in the URL's fragment (`/r/#<token>`): mail scanners that
 * open every link consume nothing. The element reads the fragment and POSTs to `/api/ratings/*`.
 */
export function raterPageRoutes(options: { script?: string | undefined } = {}) {
  const routes = new Hono();
  let script: Promise<string> | undefined;
  routes.get('/r/', (c) => c.body(PAGE, 200, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }));
  routes.get('/r', (c) => c.redirect('/r/', 301));
  routes.get('/r/endorsement-rating.js', async (c) => {
    const path = options.script ?? scriptPath();
    script ??= path ? readFile(path, 'utf8') : Promise.reject(new Error('no script'));
    try {
      return c.body(await script, 200, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    } catch {
      script = undefined;
      return c.text('The rating page is not built: run pnpm build.', 503, { 'Retry-After': '60' });
    }
  });
  return routes;
}
