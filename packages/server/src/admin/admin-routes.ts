import { Hono } from 'hono';
import { apiError } from '../http/api-error.js';
import type { AdminContext, AdminEnv } from './admin-context.js';
import { adminPage, adminScript } from './admin-page.js';
import { documentAdminRoutes } from '../documents/document-admin-routes.js';
import { endorseeRoutes } from './routes/endorsee-routes.js';
import { renewalFeeAdminRoutes } from './routes/renewal-fee-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { feeAdminRoutes } from './routes/fee-routes.js';
import { recordRoutes } from './routes/record-routes.js';
import { referenceAdminRoutes } from './routes/reference-routes.js';
import { reviewAdminRoutes } from './routes/review-routes.js';
import { reviewerRoutes } from './routes/reviewer-routes.js';
import { sameOrigin } from './routes/same-origin.js';
import { sessionRoutes } from './routes/session-routes.js';
import { signedIn } from './routes/signed-in.js';
import { staffRoutes } from './routes/staff-routes.js';
import { versionAdminRoutes } from './routes/version-routes.js';
import { workspacePresenter } from './workspace-presenter.js';

export type { AdminContext } from './admin-context.js';

/**
 * The coordinator's workspace under `/admin`: the page, and its JSON API under `/admin/api`, one
 * set of routes per resource. Every state-changing request must come from the server's own origin
 * (Origin header) with a JSON body; every record is looked up within the signed-in coordinator's
 * programs only.
 */
export function adminRoutes(context: AdminContext) {
  const routes = { ...context, present: workspacePresenter(context.programs), signedIn: signedIn(context.db, context.programs) };
  const admin = new Hono<AdminEnv>();
  admin.use('/api/*', sameOrigin(context.publicUrl));
  admin.route('/api', sessionRoutes(routes));
  admin.route('/api', staffRoutes(routes));
  admin.route('/api/records', recordRoutes(routes));
  admin.route('/api/records', referenceAdminRoutes(routes));
  admin.route('/api/records', feeAdminRoutes(routes));
  admin.route('/api/records', documentAdminRoutes(routes));
  admin.route('/api/records', reviewAdminRoutes(routes));
  admin.route('/api/records', versionAdminRoutes(routes));
  admin.route('/api/reviews', reviewerRoutes(routes));
  admin.route('/api', exportRoutes(routes));
  admin.route('/api', endorseeRoutes(routes));
  admin.route('/api', renewalFeeAdminRoutes(routes));
  admin.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such endpoint.'));
  admin.get('/assets/workspace.js', adminScript);
  admin.get('/', adminPage);
  admin.get('/*', adminPage);
  return admin;
}
