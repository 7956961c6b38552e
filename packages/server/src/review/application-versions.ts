import type { Application } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';

/** One kept version of an amended application. */
export interface ApplicationVersion {
  version: number;
  receivedAt: string;
  payload: Application;
}

/** An application's kept versions, oldest first; empty when it was never amended. */
export async function applicationVersions(db: Sql, recordId: string): Promise<ApplicationVersion[]> {
  const { rows } = await db.query<{ version: number; payload: unknown; received_at: Date | string }>(
    'select version, payload, received_at from application_versions where record_id = $1 order by version',
    [recordId],
  );
  return rows.map((row) => ({
    version: row.version,
    receivedAt: new Date(row.received_at).toISOString(),
    payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Application,
  }));
}
