import { Hono } from 'hono';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done, PasswordBody } from '../api-types.js';
import { setPassword } from '../coordinator-accounts.js';
import { readBody } from './read-body.js';

const password: z.ZodType<PasswordBody> = z.strictObject({ token: z.string().max(200), password: z.string().max(1000) });
const done: Done = { ok: true };

/** The coordinators themselves, under `/admin/api`: who is signed in (`GET /me`), and choosing a password. */
export function staffRoutes({ db, present, signedIn }: AdminRouteContext) {
  const routes = new Hono<AdminEnv>();

  routes.post('/password', async (c) => {
    const body = await readBody(c, password);
    if (!body.ok) return body.response;
    const result = await setPassword(db, body.value.token, body.value.password);
    if (!result.ok)
      return apiError(
        c,
        result.error === 'weak_password' ? 422 : 400,
        result.error,
        result.error === 'weak_password'
          ? 'Choose a password of at least 12 characters.'
          : 'This link was used already or has expired; ask for a new one.',
      );
    return c.json(done);
  });

  routes.use('/me', signedIn);
  routes.get('/me', (c) => c.json(present.me(c.get('coordinator'))));

  return routes;
}
