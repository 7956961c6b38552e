import { Hono } from 'hono';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import { applicationRatings } from '../../references/application-ratings.js';
import { allApplications } from '../record-queries.js';
import { readFilter } from './read-filter.js';

/** The exports, under `/admin/api`: the applications matching the list's filters, as JSON or CSV. */
export function exportRoutes({ db, signedIn, present }: AdminRouteContext) {
  const routes = new Hono<AdminEnv>();
  routes.use('/export.*', signedIn);

  routes.get('/export.json', async (c) => {
    const filter = readFilter(c);
    if (filter instanceof Response) return filter;
    const rows = await allApplications(db, c.get('coordinator').programs, filter);
    const body = present.applications(
      rows,
      await applicationRatings(
        db,
        rows.map((row) => row.id),
      ),
    );
    return c.body(JSON.stringify(body, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="applications.json"',
    });
  });

  routes.get('/export.csv', async (c) => {
    const filter = readFilter(c);
    if (filter instanceof Response) return filter;
    const rows = await allApplications(db, c.get('coordinator').programs, filter);
    const body = present.applicationsCsv(
      rows,
      await applicationRatings(
        db,
        rows.map((row) => row.id),
      ),
    );
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="applications.csv"',
    });
  });

  return routes;
}
