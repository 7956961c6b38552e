import { elementPageRoutes, type ElementPage } from '../http/element-page-routes.js';

/** What `/renew/` shows before its script runs, in both languages (the endorsee's is not known yet). */
export const RENEWAL_SHELL =
  '<h1>Endorsement renewal <span lang="es">/ Renovación del Respaldo®</span></h1><p>Opening your renewal… <span lang="es">/ Abriendo su renovación…</span></p>';

/** The renewal page as the receiver serves it at `/renew/` (`elementPageHtml(RENEWAL_PAGE)` is its HTML). */
export const RENEWAL_PAGE = {
  base: '/renew',
  tag: 'endorsement-renewal',
  title: 'Endorsement renewal',
  noscript: 'This renewal form needs JavaScript. / Este formulario de renovación necesita JavaScript.',
  // The first paint, one round trip before the script's.
  shell: RENEWAL_SHELL,
  notBuilt: 'The renewal page is not built: run pnpm build.',
  // The link's POST leaves with the HTML's <head>, not after the element's script.
  earlyOpen: '/api/renewals/open',
  // Its first file written into the page, its parts fetched from beside it: one round trip fewer on a phone (issue 22, point 4).
  inline: true,
} as const satisfies ElementPage;

/**
 * The endorsee's renewal page at `/renew/`: an HTML shell that loads `<endorsement-renewal>`. A GET
 * changes nothing and never sees the token, which sits in the fragment (`/renew/#<token>`).
 */
export function renewalPageRoutes(options: { script?: string | undefined } = {}) {
  return elementPageRoutes({ ...RENEWAL_PAGE, script: options.script });
}
