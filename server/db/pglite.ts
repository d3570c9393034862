// Embedded PostgreSQL (PGlite, WebAssembly): no server to install. One connection per process, so
// transactions are serialised by PGlite itself.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { acquireDirLock, type LockRole } from './dir-lock';
import type { Database, Queryable, Row } from './types';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * `dataDir` null = in memory (tests); otherwise the directory is created when missing and locked for this
 * process (server/db/dir-lock.ts) until close: a second opener gets DataDirBusy instead of losing writes.
 */
export async function openPglite(dataDir: string | null, role: LockRole = 'other'): Promise<Database> {
  if (dataDir !== null) mkdirSync(dataDir, { recursive: true });
  const dirLock = dataDir === null ? undefined : acquireDirLock(dataDir, role);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ?? undefined);
  } catch (error) {
    dirLock?.release();
    throw error;
  }
  const base = wrap(pg);
  return {
    engine: 'pglite',
    dirLock,
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await pg.close();
      } finally {
        dirLock?.release();
      }
    },
  };
}
