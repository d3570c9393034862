// The one data-access interface. Both engines (embedded PGlite and a PostgreSQL server) implement it,
// so repositories, migrations and the seed loader never know which one they talk to.

import type { DirLock } from './dir-lock';

export type Row = Record<string, unknown>;

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** One parameterised statement ($1, $2, …). */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migration files). */
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** PGlite on disk: this process's lock on the data directory (server/db/dir-lock.ts). */
  readonly dirLock?: DirLock;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
