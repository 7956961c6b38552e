// The element as an applicant meets it, served by the server itself: the built CDN files (the
// first load, its parts and Spanish beside it) and a page that points it at this server's /api.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page as ServedPage } from '@endorsement-kit/server';

const dist = new URL('../../../element/dist/cdn/', import.meta.url);

export function applicantPages(program: string, locale: string): Record<string, ServedPage> {
  const file = (name: string): ServedPage => ({
    type: 'text/javascript',
    body: () => readFile(new URL(name, dist)) as Promise<Uint8Array<ArrayBuffer>>,
  });
  return {
    '/status.html': {
      type: 'text/html',
      body: async () =>
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Status</title><script type="module" src="/endorsement-application.js"></script></head><body><main><endorsement-application program="${program}" endpoint="/api" locale="${locale}"></endorsement-application></main></body></html>`,
    },
    ...Object.fromEntries(
      readdirSync(dist)
        .filter((name) => name.endsWith('.js'))
        .map((name) => [`/${name}`, file(name)]),
    ),
  };
}
