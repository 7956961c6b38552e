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

/** What a record's page says of the reinstatement it belongs to. */
export interface RecordReinstatement {
  /** `YYYY-MM-DD` (UTC). */
  startedOn: string;
  startedBy: string;
  state: 'started' | 'endorsed';
  /** How many new ratings it needs (the program's rule when it started). */
  ratings: number;
}

/**
 * The reinstatement a registration or application belongs to: the registration it linked, or an
 * application that continues it (its registration, or the one its endorsed decision ended).
 */
export async function reinstatementOfRecord(
  db: Sql,
  row: { id: string; kind: string; registration_id: string | null },
  ratings: (startedOn: string) => number,
): Promise<RecordReinstatement | undefined> {
  const registration = row.kind === 'registration' ? row.id : row.registration_id;
  const { rows } = await db.query<{ started_at: Date | string; started_by: string; state: 'started' | 'endorsed' }>(
    'select started_at, started_by, state from reinstatements where registration_id = $1 or application_id = $2 order by started_at desc limit 1',
    [registration, row.id],
  );
  const found = rows[0];
  if (!found) return undefined;
  const startedOn = new Date(found.started_at).toISOString().slice(0, 10);
  return { startedOn, startedBy: found.started_by, state: found.state, ratings: ratings(startedOn) };
}
