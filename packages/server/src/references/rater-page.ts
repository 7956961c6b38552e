import { elementPageRoutes, type ElementPage } from '../http/element-page-routes.js';

/** The rater's page as the receiver serves it at `/r/` (`elementPageHtml(RATER_PAGE)` is its HTML). */
export const RATER_PAGE = {
  base: '/r',
  tag: 'endorsement-rating',
  title: 'Reference rating',
  noscript: 'This reference form needs JavaScript. / Este formulario de referencia necesita JavaScript.',
  notBuilt: 'The rating page is not built: run pnpm build.',
  // The link's POST leaves with the HTML's <head>, not after the element's script.
  earlyOpen: '/api/ratings/open',
  // Its script written into the page: one round trip fewer on a phone (issue 22, point 4).
  inline: true,
} as const satisfies ElementPage;

/**
 * The rater's page at `/r/`: an HTML shell that loads `<endorsement-rating>`. A GET changes nothing
 * and never sees the token, which sits in the URL's fragment (`/r/#<token>`): mail scanners that
 * open every link consume nothing. The page reads the fragment and POSTs to `/api/ratings/*`.
 */
export function raterPageRoutes(options: { script?: string | undefined } = {}) {
  return elementPageRoutes({ ...RATER_PAGE, script: options.script });
}
