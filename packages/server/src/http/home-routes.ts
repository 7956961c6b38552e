import { Hono } from 'hono';
import type { ReceiverProgram } from '../config/receiver-program.js';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4f91"/><circle cx="16" cy="13" r="6" fill="#fff"/><path d="M6 28c1.5-6 5.5-9 10-9s8.5 3 10 9" fill="#fff"/></svg>';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * What the server answers at `/` when no page is served there (the server run on its own): what it
 * is, what it receives for, and links to the workspace and the API; and `/favicon.ico` (an SVG),
 * which browsers ask for on every page, `/admin` included. Pages given to the server win over both.
 */
export function homeRoutes(programs: readonly ReceiverProgram[]) {
  const list = programs.map((entry) => `<li><code>${escape(entry.program.id)}</code></li>`).join('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>endorsement-kit server</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#1d4f91}code{font-size:.95em}</style>
</head>
<body>
<main>
<h1>endorsement-kit server</h1>
<p>This server receives endorsement registrations and applications sent by the <code>&lt;endorsement-application&gt;</code> element, and keeps them for the Endorsement Coordinators.</p>
<h2>Programs it receives for</h2>
<ul>${list}</ul>
<h2>Where to go</h2>
<ul>
<li><a href="/admin">The coordinators’ workspace</a> (<code>/admin</code>): sign in to read and answer what was sent.</li>
<li><a href="/api/health">Health</a> (<code>/api/health</code>): whether the server and its database answer.</li>
<li>The API the element posts to: <code>POST /api/registrations</code>, <code>POST /api/applications</code>, <code>GET /api/applications/{id}</code>, described in <code>docs/openapi.yaml</code> and <code>docs/backend.md</code> of endorsement-kit.</li>
</ul>
<p>To put the form on a page, see <code>docs/embedding.md</code> of endorsement-kit; <code>pnpm start</code> in its repository serves a demo page here instead of this one.</p>
</main>
</body>
</html>
`;
  const app = new Hono();
  app.get('/', (c) => c.html(html, 200, { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' }));
  app.get('/favicon.ico', (c) => c.body(ICON, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }));
  return app;
}
