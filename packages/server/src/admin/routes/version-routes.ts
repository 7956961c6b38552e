import { Hono } from 'hono';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import { applicationVersions } from '../../review/application-versions.js';
import type { ApplicationVersions } from '../../review/version-api-types.js';
import { versionChanges } from '../../review/version-changes.js';
import { findRecord } from '../record-queries.js';
import { UUID } from '../../http/uuid.js';

/**
 * An amended application's versions, under `/admin/api/records/:id/versions` (issue 19, point 5):
 * each version's number and time, and the fields that changed from the one before the last.
 */
export function versionAdminRoutes({ db, signedIn }: AdminRouteContext) {
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);
  routes.get('/:id/versions', async (c) => {
    const id = c.req.param('id');
    const found = UUID.test(id) && (await findRecord(db, c.get('coordinator').programs, id));
    if (!found) return apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
    const versions = await applicationVersions(db, id);
    const [previous, last] = versions.slice(-2);
    const answer: ApplicationVersions = {
      versions: versions.map(({ version, receivedAt }) => ({ version, receivedAt })),
      changes: previous && last ? versionChanges(previous.payload, last.payload) : [],
    };
    return c.json(answer);
  });
  return routes;
}
