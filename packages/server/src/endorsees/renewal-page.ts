import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

// The element package's built entry of <endorsement-renewal> (rollup writes it to dist/cdn/).
function scriptPath(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve('@endorsement-kit/element/cdn/endorsement-renewal.js'));
  } catch {
    return undefined;
  }
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Endorsement renewal</title>
<script type="module" src="/renew/endorsement-renewal.js"></script>
</head>
<body>
<endorsement-renewal endpoint="/api"></endorsement-renewal>
<noscript>This renewal form needs JavaScript. / Este formulario de renovación necesita JavaScript.</noscript>
</body>
</html>
`;

const HEADERS = { 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };

/**
 * The endorsee's renewal page at `/renew/`: an HTML shell that loads `<endorsement-renewal>`. A GET
 * changes nothing and never sees the token, which sits in the fragment (`/renew/#<token>`).
 */
export function renewalPageRoutes(options: { script?: string | undefined } = {}) {
  const routes = new Hono();
  let script: Promise<string> | undefined;
  routes.get('/renew/', (c) => c.body(PAGE, 200, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }));
  routes.get('/renew', (c) => c.redirect('/renew/', 301));
  routes.get('/renew/endorsement-renewal.js', async (c) => {
    const path = options.script ?? scriptPath();
    script ??= path ? readFile(path, 'utf8') : Promise.reject(new Error('no script'));
    try {
      return c.body(await script, 200, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    } catch {
      script = undefined;
      return c.text('The renewal page is not built: run pnpm build.', 503, { 'Retry-After': '60' });
    }
  });
  return routes;
}
