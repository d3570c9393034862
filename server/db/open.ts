// Picks the engine: a PostgreSQL server when a connection string is given, embedded PGlite otherwise.
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

export type OpenOptions = { databaseUrl?: string | null; dataDir?: string | null; memory?: boolean };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.memory ? null : (opts.dataDir ?? './data'));
}
