// Picks the engine: a PostgreSQL server when a connection string is given, embedded PGlite otherwise.
import type { LockRole } from './dir-lock';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

export type OpenOptions = {
  databaseUrl?: string | null;
  dataDir?: string | null;
  memory?: boolean;
  /** Who takes the PGlite directory's lock (shown to a second opener). */
  role?: LockRole;
};

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.memory ? null : (opts.dataDir ?? './data'), opts.role);
}
