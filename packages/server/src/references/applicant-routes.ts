import { Hono, type Context } from 'hono';
import {
  APPLICANT_TOKEN_HEADER,
  referenceAddressBodySchema,
  referenceCancelBodySchema,
  referenceRequestInputSchema,
  referenceResendBodySchema,
} from '@endorsement-kit/sdk';
import { timingSafeEqual } from 'node:crypto';
import { secretHash } from '../admin/secret-token.js';
import type { ReceiverProgram } from '../config/receiver-program.js';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { cancelRequest, changeAddress, createRequest, referenceList, resendRequest } from './applicant-actions.js';
import { answer, parseBody } from './reference-body.js';
import type { ReferenceRouteContext } from './reference-context.js';
import { loadRegistration, type RegistrationFacts } from './reference-rows.js';
import { UUID } from '../http/uuid.js';

/**
 * The applicant's reference requests, under `/api/registrations/{id}/references`. Every call needs
 * the registration's access token in the `Endorsement-Access-Token` header (never in the URL):
 * missing is a 401, wrong (or another registration's) a 403.
 */
export function applicantReferenceRoutes(context: ReferenceRouteContext) {
  const { db, clock } = context;
  const routes = new Hono();

  async function authorize(c: Context): Promise<{ registration: RegistrationFacts; entry: ReceiverProgram } | Response> {
    const token = c.req.header(APPLICANT_TOKEN_HEADER);
    if (!token)
      return apiError(c, 401, 'access_token_required', `Send the registration's access token in the ${APPLICANT_TOKEN_HEADER} header.`);
    const id = c.req.param('registrationId') ?? '';
    const registration = UUID.test(id) && token.length <= 128 ? await loadRegistration(db, id) : undefined;
    const given = Buffer.from(secretHash(token), 'hex');
    const kept = registration?.accessTokenHash ? Buffer.from(registration.accessTokenHash, 'hex') : Buffer.alloc(given.length);
    const entry = registration && context.programs.get(registration.program);
    if (!registration || !entry || !registration.accessTokenHash || !timingSafeEqual(given, kept))
      return apiError(c, 403, 'access_denied', 'This access token does not open this registration.');
    return { registration, entry };
  }

  const limited = (c: Context): Response | undefined => {
    const wait = context.limiter.take(clientAddress(c, context.trustProxy));
    return wait > 0
      ? apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) })
      : undefined;
  };
  const linkBase = (c: Context) => (context.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
  const done = (response: Response) => {
    if (response.status < 300) context.onMailQueued();
    return response;
  };

  routes.get('/:registrationId/references', async (c) => {
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    return c.json(await referenceList(db, auth.entry, auth.registration, clock()));
  });

  routes.post('/:registrationId/references', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    const body = await parseBody(c, context.maxBodyBytes, referenceRequestInputSchema);
    if (!body.ok) return body.response;
    return done(answer(c, await createRequest(db, auth.entry, auth.registration, body.value, linkBase(c), clock()), 201));
  });

  routes.post('/:registrationId/references/:requestId/resend', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    const body = await parseBody(c, context.maxBodyBytes, referenceResendBodySchema);
    if (!body.ok) return body.response;
    return done(answer(c, await resendRequest(db, auth.entry, auth.registration, c.req.param('requestId'), clock())));
  });

  routes.post('/:registrationId/references/:requestId/address', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    const body = await parseBody(c, context.maxBodyBytes, referenceAddressBodySchema);
    if (!body.ok) return body.response;
    return done(answer(c, await changeAddress(db, auth.entry, auth.registration, c.req.param('requestId'), body.value.email, clock())));
  });

  routes.post('/:registrationId/references/:requestId/cancel', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    const auth = await authorize(c);
    if (auth instanceof Response) return auth;
    const body = await parseBody(c, context.maxBodyBytes, referenceCancelBodySchema);
    if (!body.ok) return body.response;
    const { replaceWith } = body.value;
    return done(
      answer(c, await cancelRequest(db, auth.entry, auth.registration, c.req.param('requestId'), replaceWith, linkBase(c), clock())),
    );
  });

  return routes;
}
