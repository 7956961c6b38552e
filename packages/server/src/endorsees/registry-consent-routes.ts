import { Hono, type Context } from 'hono';
import * as z from 'zod';
import type { RegistryChoices } from '@endorsement-kit/sdk';
import { apiError } from '../http/api-error.js';
import { linkTokenBody } from '../http/link-token-body.js';
import type { EndorseeLinkContext } from './endorsee-link-context.js';
import { endorseeChoiceAction } from './registry-consent.js';

const token = z.string().max(100);

/** The registry entry's body: the same limits as the coordinator's form. */
export const registryChoicesSchema = z.strictObject({
  displayName: z.nullable(z.string().trim().min(1).max(200)),
  fields: z.strictObject({
    region: z.optional(z.string().trim().min(1).max(100)),
    employer: z.optional(z.string().trim().min(1).max(200)),
    languages: z.optional(z.array(z.string().trim().min(1).max(40)).max(10)),
    providesRsc: z.optional(z.boolean()),
    endorsedSince: z.optional(z.boolean()),
  }),
}) satisfies z.ZodType<RegistryChoices>;
const bodies = {
  registry: z.strictObject({ token, ...registryChoicesSchema.shape }),
  inactive: z.strictObject({ token }),
};

/**
 * The endorsee's own calls beside the renewal's, under `/api/renewals` (docs/renewal.md): `registry`
 * (the registry entry they choose) and `inactive` (a request for inactive status), each a POST with
 * the renewal link's token in the JSON body. Limited per address (the receiver's limit) and per token.
 */
export function registryConsentRoutes(context: EndorseeLinkContext) {
  const routes = new Hono();
  const read = linkTokenBody(context);
  const handle = (action: 'registry' | 'inactive') => async (c: Context) => {
    const body = await read(c, action === 'registry' ? bodies.registry : bodies.inactive);
    if (!body.ok) return body.response;
    const value = body.value as { token: string } & Partial<RegistryChoices>;
    const result = await endorseeChoiceAction(
      context.db,
      context.programs,
      action === 'registry'
        ? { token: value.token, action, choices: { displayName: value.displayName ?? null, fields: value.fields ?? {} } }
        : { token: value.token, action },
      context.clock(),
    );
    if (!result.ok) return apiError(c, result.status, result.error, result.message);
    if (result.mailed) context.onMailQueued();
    return c.json(result.value as object);
  };
  routes.post('/registry', handle('registry'));
  routes.post('/inactive', handle('inactive'));
  return routes;
}
