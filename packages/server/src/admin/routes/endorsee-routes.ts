import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { isCode, renewalPhase } from '@endorsement-kit/sdk';
import { apiError } from '../../http/api-error.js';
import { readJsonBody } from '../../http/read-json-body.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type {
  EndorseeHiddenBody,
  EndorseeImportBody,
  EndorseeRegistryBody,
  EndorseeList,
  EndorseeView,
} from '../../endorsees/endorsee-api-types.js';
import { approveRenewal, archiveCategory, placeInactive } from '../../endorsees/endorsee-actions.js';
import { auditEndorsee, categoriesOf, cycleOf, loadEndorsee, type EndorseeRow } from '../../endorsees/endorsee-rows.js';
import { importEndorsees } from '../../endorsees/import-endorsees.js';
import { askMoreInformation } from '../../endorsees/renewal-actions.js';
import { dayOf } from '../../endorsees/renewal-schedule.js';
import { loadRenewalFeeLines } from '../../fees/renewal-fees.js';
import { readBody } from './read-body.js';
import { UUID } from '../../http/uuid.js';
import { reinstatementsOf } from '../../endorsees/reinstatement-view.js';
import { startReinstatement } from '../../endorsees/reinstatement.js';
import { setRegistryChoices } from '../../endorsees/registry-consent.js';

// An association's whole list: a thousand endorsees is about 100 KB of CSV.
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const bodies = {
  import: z.strictObject({
    program: z.string(),
    csv: z.string().min(1),
    checkOnly: z.optional(z.boolean()),
  }) satisfies z.ZodType<EndorseeImportBody>,
  hidden: z.strictObject({ hidden: z.boolean() }) satisfies z.ZodType<EndorseeHiddenBody>,
  empty: z.strictObject({}),
  moreInformation: z.strictObject({ note: z.string().trim().min(1).max(2000) }),
  registry: z.strictObject({
    displayName: z.nullable(z.string().trim().min(1).max(200)),
    fields: z.strictObject({
      region: z.optional(z.string().trim().min(1).max(100)),
      employer: z.optional(z.string().trim().min(1).max(200)),
      languages: z.optional(z.array(z.string().trim().min(1).max(40)).max(10)),
      providesRsc: z.optional(z.boolean()),
      endorsedSince: z.optional(z.boolean()),
    }),
  }) satisfies z.ZodType<EndorseeRegistryBody>,
};

/**
 * Endorsees for the coordinator, under `/admin/api/endorsees`: the list (per program, with each
 * category's cycle), the CSV import (or its check), hiding a person from the registry, and a
 * category's renewal approved, inactive status, or archive; the registry's name and consented
 * fields (docs/renewal.md, docs/registry.md).
 */
export function endorseeRoutes({ db, programs, publicUrl, signedIn, onMailQueued, clock = () => new Date() }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);
  const actor = (c: Context<AdminEnv>) => `coordinator:${c.get('coordinator').email}`;

  async function view(row: EndorseeRow): Promise<EndorseeView> {
    const today = dayOf(clock());
    const reinstatements = await reinstatementsOf(db, row.id);
    return {
      id: row.id,
      program: row.program,
      fullName: row.full_name,
      displayName: row.display_name,
      email: row.email,
      hidden: row.hidden,
      registryFields: row.registry_fields ?? {},
      registrySetBy: row.registry_set_by,
      registrySetAt: row.registry_set_at ? new Date(row.registry_set_at).toISOString() : null,
      source: row.source,
      categories: await Promise.all(
        (await categoriesOf(db, row.id)).map(async (category) => ({
          ...(reinstatements.get(category.id) ?? { reinstatement: null }),
          inactiveRequestedOn: category.inactive_requested_at ? dayOf(new Date(category.inactive_requested_at)) : null,
          code: category.category,
          status: category.status,
          phase: ['current', 'submitted'].includes(category.status) ? renewalPhase(cycleOf(category), today) : null,
          endorsedOn: category.endorsed_on,
          lastRenewedOn: category.last_renewed_on,
          windowOpensOn: category.window_opens_on,
          dueOn: category.due_on,
          lateUntil: category.late_until,
          removalOn: category.removal_on,
          inactiveUntil: category.inactive_until,
          ...(['current', 'submitted'].includes(category.status)
            ? { fees: await loadRenewalFeeLines(db, byId.get(row.program)!.program, category, 'en', clock()) }
            : {}),
        })),
      ),
    };
  }

  async function endorsee(c: Context<AdminEnv>): Promise<EndorseeRow | Response> {
    const id = c.req.param('id') ?? '';
    const row = UUID.test(id) ? await loadEndorsee(db, id) : undefined;
    if (!row || !c.get('coordinator').programs.includes(row.program))
      return apiError(c, 404, 'not_found', 'No endorsee with this id in your programs.');
    return row;
  }

  routes.get('/endorsees', async (c) => {
    const wanted = c.req.query('program');
    const mine = c.get('coordinator').programs.filter((id) => !wanted || id === wanted);
    const { rows } = await db.query<EndorseeRow>('select * from endorsees where program = any($1) order by full_name, id', [mine]);
    const body: EndorseeList = { endorsees: await Promise.all(rows.map(async (row) => view((await loadEndorsee(db, row.id))!))) };
    return c.json(body);
  });

  routes.post('/endorsees/import', async (c) => {
    const raw = await readJsonBody(c.req.raw, MAX_IMPORT_BYTES);
    if (!raw.ok) return apiError(c, raw.status, raw.error, raw.message);
    const parsed = bodies.import.safeParse(raw.value);
    if (!parsed.success)
      return c.json({ issues: parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) }, 422);
    const entry = byId.get(parsed.data.program);
    if (!entry || !c.get('coordinator').programs.includes(parsed.data.program))
      return c.json({ issues: [{ path: ['program'], code: 'unknown_program', message: 'Not one of your programs.' }] }, 422);
    const report = await importEndorsees(db, entry.program, parsed.data.csv, {
      now: clock(),
      checkOnly: parsed.data.checkOnly ?? false,
      actor: actor(c),
      linkBase: publicUrl ?? new URL(c.req.url).origin,
    });
    if (!report.checkOnly) onMailQueued();
    return c.json(report);
  });

  routes.post('/endorsees/:id/hidden', async (c) => {
    const row = await endorsee(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.hidden);
    if (!body.ok) return body.response;
    await db.transaction(async (tx) => {
      await tx.query('update endorsees set hidden = $2 where id = $1', [row.id, body.value.hidden]);
      await auditEndorsee(
        tx,
        { endorsee_id: row.id, program: row.program },
        actor(c),
        body.value.hidden ? 'hidden' : 'shown',
        undefined,
        clock(),
      );
    });
    return c.json(await view((await loadEndorsee(db, row.id))!));
  });

  // What the registry shows of a person: the name they chose, and only the fields they consented to.
  routes.post('/endorsees/:id/registry', async (c) => {
    const row = await endorsee(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.registry);
    if (!body.ok) return body.response;
    await db.transaction((tx) => setRegistryChoices(tx, row, body.value, actor(c), clock()));
    return c.json(await view((await loadEndorsee(db, row.id))!));
  });

  // A submitted renewal sent back: the endorsee is mailed the note and a new link.
  routes.post('/endorsees/:id/categories/:code/more-information', async (c) => {
    const row = await endorsee(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.moreInformation);
    if (!body.ok) return body.response;
    const category = (await categoriesOf(db, row.id)).find((entry) => entry.category === c.req.param('code'));
    if (!category) return apiError(c, 404, 'not_found', 'This endorsee has no such category.');
    const entry = byId.get(row.program)!;
    const result = await db.transaction((tx) =>
      askMoreInformation(tx, entry, category.id, body.value.note, actor(c), clock(), publicUrl ?? new URL(c.req.url).origin),
    );
    if (typeof result === 'string') return apiError(c, 409, result, 'Only a submitted renewal can be sent back.');
    onMailQueued();
    return c.json(await view((await loadEndorsee(db, row.id))!));
  });

  // A lapsed category's reinstatement, started by the coordinator (the endorsee starts it from the removal mail).
  routes.post('/endorsees/:id/categories/:code/reinstatement', async (c) => {
    const row = await endorsee(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.empty);
    if (!body.ok) return body.response;
    const category = (await categoriesOf(db, row.id)).find((entry) => entry.category === c.req.param('code'));
    if (!category) return apiError(c, 404, 'not_found', 'This endorsee has no such category.');
    const program = byId.get(row.program)!.program;
    const result = await db.transaction((tx) => startReinstatement(tx, program, category.id, actor(c), clock()));
    if (typeof result === 'string') return apiError(c, 409, result, 'This category cannot be reinstated now.');
    if (result.started) onMailQueued();
    return c.json(await view((await loadEndorsee(db, row.id))!));
  });

  const actions = { renewed: approveRenewal, inactive: placeInactive, archive: archiveCategory } as const;
  routes.post('/endorsees/:id/categories/:code/:action{renewed|inactive|archive}', async (c) => {
    const row = await endorsee(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.empty);
    if (!body.ok) return body.response;
    const code = c.req.param('code');
    const category = isCode(code) ? (await categoriesOf(db, row.id)).find((entry) => entry.category === code) : undefined;
    if (!category) return apiError(c, 404, 'not_found', 'This endorsee has no such category.');
    const action = c.req.param('action') as keyof typeof actions;
    const program = byId.get(row.program)!.program;
    const result = await db.transaction((tx) =>
      action === 'archive'
        ? archiveCategory(tx, category.id, actor(c), clock())
        : actions[action](tx, program, category.id, actor(c), clock()),
    );
    if (typeof result === 'string') return apiError(c, 409, result, 'This category is not in a state that allows this.');
    onMailQueued();
    return c.json(await view((await loadEndorsee(db, row.id))!));
  });

  return routes;
}
