import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';

// Built by rollup from admin-ui/ into dist/admin-ui/; this file is two levels below the package
// root both as source (src/admin/) and built (dist/admin/).
const SCRIPT = new URL('../../dist/admin-ui/workspace.js', import.meta.url);
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Endorsement workspace</title>
<script type="module" src="/admin/assets/workspace.js"></script>
</head>
<body>
<ek-coordinator-workspace></ek-coordinator-workspace>
<noscript>The workspace needs JavaScript.</noscript>
</body>
</html>
`;

const headers = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** The workspace's one HTML page (every `/admin/...` path: the page routes in the browser). */
export function adminPage(c: Context) {
  return c.body(PAGE, 200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
}

let script: Promise<string> | undefined;
export async function adminScript(c: Context) {
  script ??= readFile(SCRIPT, 'utf8');
  try {
    return c.body(await script, 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
  } catch {
    script = undefined;
    return c.text('The workspace is not built: run pnpm build.', 503);
  }
}
