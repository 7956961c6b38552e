import type { Sql } from '../db/database.js';
import type { EndorseeCategoryView } from './endorsee-api-types.js';

/** The reinstatements under way of one endorsee, by category id, as the workspace shows them. */
export async function reinstatementsOf(db: Sql, endorseeId: string): Promise<Map<string, Pick<EndorseeCategoryView, 'reinstatement'>>> {
  const { rows } = await db.query<{ category_id: string; started_at: Date | string; started_by: string; reference: string | null }>(
    `select i.category_id, i.started_at, i.started_by, r.reference from reinstatements i
       left join records r on r.id = i.registration_id
      where i.endorsee_id = $1 and i.state = 'started'`,
    [endorseeId],
  );
  return new Map(
    rows.map((row) => [
      row.category_id,
      {
        reinstatement: {
          startedOn: new Date(row.started_at).toISOString().slice(0, 10),
          startedBy: row.started_by,
          registration: row.reference,
        },
      },
    ]),
  );
}
