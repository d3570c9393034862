// A small version of bench/durability.ts inside `npm test`: a few hundred idempotent submissions
// while the server process is killed with SIGKILL twice; nothing acknowledged may be lost or doubled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDurability } from '../../bench/lib/durability';
import type { Engine } from '../../bench/lib/api-process';
import { freshPostgres } from './support';

const SUBMISSIONS = 300;

async function check(engine: Engine): Promise<void> {
  const result = await runDurability({ engine, submissions: SUBMISSIONS, clients: 8, kills: 2, seed: 7 });
  expect(result.kills).toBe(2);
  expect(result.rejected).toBe(0);
  expect(result.acknowledged).toBe(SUBMISSIONS);
  expect(result.missing).toBe(0);
  expect(result.duplicated).toBe(0);
  expect(result.ackMismatches).toBe(0);
  expect(result.rowsFound).toBe(SUBMISSIONS);
}

describe('submissions survive SIGKILL', () => {
  it('on PGlite', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wetsignaal-durability-'));
    try {
      await check({ kind: 'pglite', dataDir });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('on PostgreSQL', async () => {
    const database = await freshPostgres();
    try {
      await check({ kind: 'postgres', databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  }, 120_000);
});
