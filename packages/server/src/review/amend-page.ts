import { elementPageRoutes } from '../http/element-page-routes.js';

/**
 * The applicant's amend page at `/amend/`: an HTML shell that loads `<endorsement-amend>`. A GET
 * changes nothing and never sees the token, which sits in the fragment (`/amend/#<token>`).
 */
export function amendPageRoutes(options: { script?: string | undefined } = {}) {
  return elementPageRoutes({
    base: '/amend',
    tag: 'endorsement-amend',
    title: 'Change your endorsement application',
    noscript: 'This page needs JavaScript. / Esta página necesita JavaScript.',
    notBuilt: 'The amend page is not built: run pnpm build.',
    script: options.script,
  });
}
