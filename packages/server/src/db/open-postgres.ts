import pg from 'pg';
import type { Database, Sql } from './database.js';

/** A pool of connections to a Postgres server (`postgres://user:pass@host:5432/db`). */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle connection the server drops (restart, failover) must not take the process down.
  pool.on('error', () => {});
  const client = await pool.connect();
  client.release();
  const asSql = (target: pg.Pool | pg.PoolClient): Sql => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) => ({ rows: (await target.query(text, [...params])).rows as Row[] }),
    // Without parameters pg uses the simple protocol, which takes several statements at once.
    exec: async (text: string) => void (await target.query(text)),
  });
  return {
    kind: 'postgres',
    ...asSql(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work(asSql(connection));
        await connection.query('commit');
        return result;
      } catch (error) {
        await connection.query('rollback').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
