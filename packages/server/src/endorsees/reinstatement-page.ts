import { Hono } from 'hono';
import { HEADERS } from '../http/element-page-routes.js';

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Reinstatement / Restablecimiento</title>
<link rel="stylesheet" href="/registry/registry.css">
<script type="module" src="/reinstate/reinstate.js"></script>
</head>
<body>
<main><p role="status">Loading… / Cargando…</p></main>
<noscript>This page needs JavaScript. / Esta página necesita JavaScript.</noscript>
</body>
</html>
`;

// The page's script: reads the token from the fragment (never sent by a GET), shows what the
// server answers as text (never markup), and starts the reinstatement only on the button's POST.
const SCRIPT = `const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname);
// Another link pasted into the same tab opens that one.
addEventListener('hashchange', () => location.reload());
const main = document.querySelector('main');
const el = (tag, text, attrs = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};
const call = async (action) => {
  const response = await fetch('/api/reinstatements/' + action, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token }),
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
};
const render = (view, focus) => {
  document.documentElement.lang = view.language;
  document.title = view.title;
  const heading = el('h1', view.title, { tabindex: '-1' });
  const list = el('ol');
  for (const step of view.steps) list.append(el('li', step.replace(/^\\d+\\.\\s*/, '')));
  main.replaceChildren(heading, ...view.paragraphs.map((text) => el('p', text)), list);
  if (view.state === 'available') {
    const button = el('button', view.button, { type: 'button' });
    button.addEventListener('click', async () => {
      button.disabled = true;
      const answer = await call('start');
      if (answer.status === 200) render(answer.body, true);
      else fail(answer.body.message);
    });
    main.append(button);
  } else if (view.status) {
    const status = el('p', view.status, { role: 'status', class: 'disclaimer', tabindex: '-1' });
    main.append(status);
    if (focus) status.focus();
  }
};
const fail = (message) => {
  main.replaceChildren(
    el('h1', 'This link does not work / Este enlace no funciona'),
    el('p', (message || '') + ' Please contact your association. / Comuníquese con su asociación.', { role: 'alert' }),
  );
};
const opened = await call('open');
if (opened.status === 200) render(opened.body, false);
else fail(opened.body.message);
`;

/**
 * The endorsee's reinstatement page at `/reinstate/`, the removal mail's link (`/reinstate/#<token>`):
 * a GET shows the same page to everyone and changes nothing (mail scanners open every link); the
 * page reads the token from the fragment, POSTs it to open, and starts only when the button is pressed.
 */
export function reinstatementPageRoutes() {
  const routes = new Hono();
  routes.get('/reinstate/', (c) =>
    c.body(HTML, 200, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }),
  );
  routes.get('/reinstate', (c) => c.redirect('/reinstate/', 301));
  routes.get('/reinstate/reinstate.js', (c) =>
    c.body(SCRIPT, 200, { ...HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  return routes;
}
