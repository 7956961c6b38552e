import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done, PasswordBody, StaffInviteBody, StaffMember, StaffRemoveBody } from '../api-types.js';
import { setPassword } from '../coordinator-accounts.js';
import { inviteStaff, listStaff, removeStaff } from '../staff.js';
import { readBody } from './read-body.js';
import { UUID } from '../../http/uuid.js';

const password: z.ZodType<PasswordBody> = z.strictObject({ token: z.string().max(200), password: z.string().max(1000) });
const invite = z.strictObject({
  program: z.string().max(100),
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['coordinator', 'reviewer']),
  locale: z.optional(z.enum(['en', 'es'])),
}) satisfies z.ZodType<StaffInviteBody>;
const remove = z.strictObject({ program: z.string().max(100) }) satisfies z.ZodType<StaffRemoveBody>;
const done: Done = { ok: true };

/**
 * The staff, under `/admin/api`: who is signed in (`GET /me`), choosing a password, and a
 * coordinator's team: the list (`GET /staff`), inviting a coordinator or reviewer by email
 * (`POST /staff`), removing one (`POST /staff/:id/remove`). Only a program's coordinators manage
 * its staff; every change is audited and works at once.
 */
export function staffRoutes({ db, programs, publicUrl, present, signedIn, onMailQueued }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
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

  routes.use('/staff', signedIn);
  routes.use('/staff/*', signedIn);
  const ownProgram = (c: Context<AdminEnv>, program: string) =>
    c.get('coordinator').programs.includes(program)
      ? undefined
      : apiError(c, 403, 'forbidden_program', 'You are not a coordinator of that program.');

  routes.get('/staff', async (c) => {
    const me = c.get('coordinator');
    const rows = await listStaff(db, me.programs);
    const body: StaffMember[] = rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      program: row.program,
      role: row.role,
      passwordSet: row.password_set,
      you: row.id === me.id,
    }));
    return c.json(body);
  });

  routes.post('/staff', async (c) => {
    const body = await readBody(c, invite);
    if (!body.ok) return body.response;
    const refused = ownProgram(c, body.value.program);
    if (refused) return refused;
    const linkBase = (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    await inviteStaff(db, byId.get(body.value.program)!, { ...body.value, actor: c.get('coordinator').email, linkBase });
    onMailQueued();
    return c.json(done);
  });

  routes.post('/staff/:id/remove', async (c) => {
    const body = await readBody(c, remove);
    if (!body.ok) return body.response;
    const refused = ownProgram(c, body.value.program);
    if (refused) return refused;
    const id = c.req.param('id');
    if (id === c.get('coordinator').id) return apiError(c, 409, 'self', 'You cannot remove yourself; ask another coordinator.');
    if (!UUID.test(id) || !(await removeStaff(db, body.value.program, id, c.get('coordinator').email)))
      return apiError(c, 404, 'not_found', 'No such member of this program.');
    return c.json(done);
  });

  return routes;
}
