import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { fillSlots, localize, referenceSettings, type Code } from '@endorsement-kit/sdk';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done } from '../api-types.js';
import type { CoordinatorReferences, ReferenceExcludeBody, ReferenceVettedBody } from '../reference-api-types.js';
import type { RecordRow } from '../record-queries.js';
import { cancelRequest, changeAddress, resendRequest, type Actor } from '../../references/applicant-actions.js';
import { coordinatorView } from '../../references/coordinator-view.js';
import { ratingSummary } from '../../references/ratings-gate.js';
import { audit, listRequests, loadRegistration, loadRequest } from '../../references/reference-rows.js';
import { answer } from '../../references/reference-body.js';
import { releaseForm } from '../../references/release-form.js';
import { readBody } from './read-body.js';
import { recordInScope } from './record-in-scope.js';

const bodies = {
  exclude: z.strictObject({ excluded: z.boolean() }) satisfies z.ZodType<ReferenceExcludeBody>,
  vetted: z.strictObject({ vetted: z.boolean() }) satisfies z.ZodType<ReferenceVettedBody>,
  address: z.strictObject({ email: z.email().max(254) }),
  empty: z.strictObject({}),
};
const done: Done = { ok: true };

/**
 * A registration's reference requests for the coordinator, under
 * `/admin/api/records/{id}/references`: every request with its answers, validity, flags, mails
 * and audit, and the category's slots; and the coordinator's actions: resend (at any time), change
 * the address, cancel, exclude a submitted form (kept, audited), mark a non-endorsed rater vetted,
 * release a form the applicant did not waive (programs with `unwaivedRelease: 'on-request'`).
 */
export function referenceAdminRoutes({ db, programs, signedIn, onMailQueued, clock = () => new Date() }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  async function registration(c: Context<AdminEnv>): Promise<RecordRow | Response> {
    const row = await recordInScope(db, c);
    if (row instanceof Response) return row;
    if (row.kind !== 'registration') return apiError(c, 409, 'not_a_registration', 'Reference requests belong to a registration.');
    return row;
  }
  const actor = (c: Context<AdminEnv>): Actor => `coordinator:${c.get('coordinator').email}`;

  routes.get('/:id/references', async (c) => {
    const row = await registration(c);
    if (row instanceof Response) return row;
    const entry = byId.get(row.program)!;
    const facts = (await loadRegistration(db, row.id))!;
    const requests = await listRequests(db, row.id);
    const locale = entry.program.defaultLocale;
    const slots = fillSlots(entry.program, facts.category as Code, requests.map(ratingSummary), clock().toISOString().slice(0, 10));
    const body: CoordinatorReferences = {
      requests: await Promise.all(requests.map((request) => coordinatorView(db, request))),
      releaseOffered: referenceSettings(entry.program).unwaivedRelease === 'on-request',
      slots: slots.map((fill) => ({
        id: fill.slot.id,
        label: localize(fill.slot.label, locale),
        have: fill.have,
        need: fill.need,
        met: fill.met,
      })),
    };
    return c.json(body);
  });

  const action = (name: 'resend' | 'address' | 'cancel') =>
    routes.post(`/:id/references/:requestId/${name}`, async (c) => {
      const row = await registration(c);
      if (row instanceof Response) return row;
      const entry = byId.get(row.program)!;
      const facts = (await loadRegistration(db, row.id))!;
      const requestId = c.req.param('requestId');
      const base = (c.req.header('origin') ?? new URL(c.req.url).origin).replace(/\/+$/, '');
      let result;
      if (name === 'address') {
        const body = await readBody(c, bodies.address);
        if (!body.ok) return body.response;
        result = await changeAddress(db, entry, facts, requestId, body.value.email, clock(), actor(c));
      } else {
        const body = await readBody(c, bodies.empty);
        if (!body.ok) return body.response;
        result =
          name === 'resend'
            ? await resendRequest(db, entry, facts, requestId, clock(), actor(c))
            : await cancelRequest(db, entry, facts, requestId, undefined, base, clock(), actor(c));
      }
      if (result.ok) {
        onMailQueued();
        return c.json(done);
      }
      return answer(c, result);
    });
  action('resend');
  action('address');
  action('cancel');

  const flag = (name: 'exclude' | 'vetted') =>
    routes.post(`/:id/references/:requestId/${name}`, async (c) => {
      const row = await registration(c);
      if (row instanceof Response) return row;
      const request = await loadRequest(db, c.req.param('requestId'));
      if (!request || request.registration_id !== row.id)
        return apiError(c, 404, 'not_found', 'This registration has no such reference request.');
      const now = clock();
      if (name === 'exclude') {
        const body = await readBody(c, bodies.exclude);
        if (!body.ok) return body.response;
        if (request.state !== 'submitted') return apiError(c, 409, 'not_submitted', 'Only a submitted form can be excluded.');
        await db.transaction(async (tx) => {
          await tx.query('update reference_requests set excluded = $2, updated_at = $3 where id = $1', [
            request.id,
            body.value.excluded,
            now.toISOString(),
          ]);
          await audit(tx, request, actor(c), body.value.excluded ? 'excluded' : 'included', undefined, now);
        });
      } else {
        const body = await readBody(c, bodies.vetted);
        if (!body.ok) return body.response;
        await db.transaction(async (tx) => {
          await tx.query('update reference_requests set vetted = $2, updated_at = $3 where id = $1', [
            request.id,
            body.value.vetted,
            now.toISOString(),
          ]);
          await audit(tx, request, actor(c), body.value.vetted ? 'vetted' : 'unvetted', undefined, now);
        });
      }
      return c.json(done);
    });
  flag('exclude');
  flag('vetted');

  routes.post('/:id/references/:requestId/release', async (c) => {
    const row = await registration(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.empty);
    if (!body.ok) return body.response;
    const facts = (await loadRegistration(db, row.id))!;
    const result = await releaseForm(db, byId.get(row.program)!, facts, c.req.param('requestId'), clock(), actor(c));
    if (!result.ok) return answer(c, result);
    onMailQueued();
    return c.json(done);
  });
  return routes;
}
