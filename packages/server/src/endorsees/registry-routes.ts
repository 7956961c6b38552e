import { Hono } from 'hono';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import { negotiateLocale } from '../http/negotiate-locale.js';
import { registryOf, registryWord, type Registry } from './registry-entries.js';
import { dayOf } from './renewal-schedule.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.disclaimer{border-left:4px solid #1d4f91;padding:.25rem .75rem;background:#f3f6fb}
ul{list-style:none;padding:0;margin:0}li{padding:.5rem 0;border-bottom:1px solid #d0d7e2}
.name{font-weight:600}.details{display:block;color:#3a3a3a;font-size:.95rem}`;

function page(registry: Registry, program: ReceiverProgram['program'], locale: string): string {
  const w = (key: string, params: Record<string, string> = {}) => escape(registryWord(program, locale, key, params));
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const listed = registry.categories.filter((category) => category.entries.length > 0);
  const sections = listed
    .map((category) => {
      const items = category.entries
        .map((entry) => {
          const details = [
            entry.endorsedSince ? w('since', { date: day(entry.endorsedSince) }) : '',
            entry.region ? w('region', { value: entry.region }) : '',
            entry.employer ? w('employer', { value: entry.employer }) : '',
            entry.languages ? w('languages', { value: entry.languages.join(', ') }) : '',
            entry.providesRsc ? w('providesRsc') : '',
          ].filter(Boolean);
          return `<li><span class="name">${escape(entry.name)}</span>${details.map((d) => `<span class="details">${d}</span>`).join('')}</li>`;
        })
        .join('');
      return `<section aria-labelledby="c-${category.code}"><h2 id="c-${category.code}">${escape(category.label)}</h2><ul>${items}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('title', { program: registry.name })}</title>
<link rel="stylesheet" href="/registry/registry.css">
</head>
<body>
<main>
<h1>${w('title', { program: registry.name })}</h1>
<p>${w('intro', { program: registry.name })}</p>
<p class="disclaimer">${escape(registry.disclaimer)}</p>
${sections || `<p>${w('none')}</p>`}
</main>
</body>
</html>
`;
}

/**
 * The public registry of each program (docs/registry.md): `GET /registry/{program}` an HTML page
 * the association links or embeds in a frame (its `origins` may frame it; no script, this origin's
 * stylesheet only), `GET /registry/{program}.json` the same list for any site to read (CORS open:
 * it is public). `?lang=es` or the browser's languages pick the words.
 */
export function registryRoutes(db: Database, programs: readonly ReceiverProgram[], clock: () => Date) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry]));
  const routes = new Hono();
  routes.get('/registry/registry.css', (c) =>
    c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );
  routes.get('/registry/:name', async (c) => {
    const name = c.req.param('name');
    const json = name.endsWith('.json');
    const entry = byId.get(json ? name.slice(0, -5) : name);
    if (!entry) return c.text('Not found', 404);
    const lang = c.req.query('lang');
    const locale = negotiateLocale(lang ?? c.req.header('accept-language'), entry.program);
    const registry = await registryOf(db, entry.program, locale, dayOf(clock()));
    // A minute of caching at most: someone removed leaves the list within it.
    const cache = { 'Cache-Control': 'public, max-age=60', Vary: 'Accept-Language' };
    if (json) return c.json(registry, 200, { ...cache, 'Access-Control-Allow-Origin': '*' });
    const ancestors = ["'self'", ...entry.origins].join(' ');
    return c.body(page(registry, entry.program, locale), 200, {
      ...cache,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`,
      'Referrer-Policy': 'no-referrer',
    });
  });
  return routes;
}
