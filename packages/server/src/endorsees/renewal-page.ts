import { elementPageRoutes } from '../http/element-page-routes.js';

/**
 * The endorsee's renewal page at `/renew/`: an HTML shell that loads `<endorsement-renewal>`. A GET
 * changes nothing and never sees the token, which sits in the fragment (`/renew/#<token>`).
 */
export function renewalPageRoutes(options: { script?: string | undefined } = {}) {
  return elementPageRoutes({
    base: '/renew',
    tag: 'endorsement-renewal',
    title: 'Endorsement renewal',
    noscript: 'This renewal form needs JavaScript. / Este formulario de renovación necesita JavaScript.',
    notBuilt: 'The renewal page is not built: run pnpm build.',
    script: options.script,
  });
}
