import { Hono, type Context } from 'hono';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import { applicationRatings } from '../../references/application-ratings.js';
import { allApplications } from '../record-queries.js';
import { readFilter } from './read-filter.js';

/** The exports, under `/admin/api`: the applications matching the list's filters, as JSON or CSV. */
export function exportRoutes({ db, programs, signedIn, present }: AdminRouteContext) {
  const routes = new Hono<AdminEnv>();
  routes.use('/export.*', signedIn);

  // The applications matching the list's filters, with their applicants' reference ratings.
  async function matching(c: Context<AdminEnv>) {
    const filter = readFilter(c, programs);
    if (filter instanceof Response) return filter;
    const rows = await allApplications(db, c.get('coordinator').programs, filter);
    return {
      rows,
      ratings: await applicationRatings(
        db,
        rows.map((row) => row.id),
      ),
    };
  }

  routes.get('/export.json', async (c) => {
    const found = await matching(c);
    if (found instanceof Response) return found;
    return c.body(JSON.stringify(present.applications(found.rows, found.ratings), null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="applications.json"',
    });
  });

  routes.get('/export.csv', async (c) => {
    const found = await matching(c);
    if (found instanceof Response) return found;
    return c.body(present.applicationsCsv(found.rows, found.ratings), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="applications.csv"',
    });
  });

  return routes;
}
