/** Rows and parameters of one SQL statement, the same on PGlite and on a Postgres server. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs one or more statements without parameters (a migration). */
  exec(text: string): Promise<void>;
}

/**
 * The server's database: PGlite in a data folder, or a Postgres server. Both speak the same SQL;
 * `transaction` runs `work` in one transaction (committed when it resolves, rolled back when it
 * throws).
 * @example
 * const db = await openDatabase({ dataDir: './data' });
 * const { rows } = await db.query<{ n: number }>('select count(*)::int as n from records');
 */
export interface Database extends Sql {
  /** `pglite` (embedded, one process per data folder) or `postgres` (shared by several processes). */
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
