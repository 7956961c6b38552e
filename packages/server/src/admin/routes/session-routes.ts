import { Hono } from 'hono';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import { clientAddress } from '../../http/client-address.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done, SignInBody } from '../api-types.js';
import { checkLogin } from '../coordinator-accounts.js';
import { createFailureCounter } from '../failure-counter.js';
import { endAllSessions, endSession, startSession } from '../sessions.js';
import { readBody } from './read-body.js';

const signIn: z.ZodType<SignInBody> = z.strictObject({ email: z.string().max(320), password: z.string().max(1000) });
const done: Done = { ok: true };

/** Sessions, under `/admin/api`: sign in (`POST /session`), sign out (`DELETE /session`), sign out everywhere. */
export function sessionRoutes({ db, trustProxy, signedIn }: AdminRouteContext) {
  // Failed sign-ins per client address per minute, besides the per-account lockout.
  const failures = createFailureCounter(10);
  const routes = new Hono<AdminEnv>();

  routes.post('/session', async (c) => {
    const address = clientAddress(c, trustProxy);
    const wait = failures.wait(address);
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many failed sign-ins from this address; try again in a minute.', {
        'Retry-After': String(wait),
      });
    const body = await readBody(c, signIn);
    if (!body.ok) return body.response;
    const result = await checkLogin(db, body.value.email, body.value.password);
    if (!result.ok) failures.count(address);
    if (!result.ok && result.error === 'locked')
      return apiError(c, 429, 'locked', 'Too many wrong passwords with this address: signing in with it is paused for 15 minutes.');
    if (!result.ok) return apiError(c, 401, 'invalid_credentials', 'The email address or the password is wrong.');
    await startSession(db, c, result.coordinatorId);
    return c.json(done);
  });

  routes.delete('/session', async (c) => {
    await endSession(db, c);
    return c.json(done);
  });

  routes.use('/sign-out-everywhere', signedIn);
  routes.post('/sign-out-everywhere', async (c) => {
    await endAllSessions(db, c.get('coordinator').id);
    await endSession(db, c);
    return c.json(done);
  });

  return routes;
}
