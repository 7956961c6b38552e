import { elementPageRoutes, type ElementPage } from '../http/element-page-routes.js';

/** The applicant's amend page as the receiver serves it at `/amend/` (`elementPageHtml(AMEND_PAGE)` is its HTML). */
export const AMEND_PAGE = {
  base: '/amend',
  tag: 'endorsement-amend',
  title: 'Change your endorsement application',
  noscript: 'This page needs JavaScript. / Esta página necesita JavaScript.',
  notBuilt: 'The amend page is not built: run pnpm build.',
  // The link's POST leaves with the HTML's <head>, not after the element's script.
  earlyOpen: '/api/applications/amend/open',
} as const satisfies ElementPage;

/**
 * The applicant's amend page at `/amend/`: an HTML shell that loads `<endorsement-amend>`. A GET
 * changes nothing and never sees the token, which sits in the fragment (`/amend/#<token>`).
 */
export function amendPageRoutes(options: { script?: string | undefined } = {}) {
  return elementPageRoutes({ ...AMEND_PAGE, script: options.script });
}
