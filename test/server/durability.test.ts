// A small version of bench/durability.ts inside `npm test`: a few hundred idempotent submissions
// while the server process is killed with SIGKILL twice; nothing acknowledged may be lost or doubled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDurability, type Engine } from '../../bench/lib/durability';

const SUBMISSIONS = 300;
const databaseUrl = process.env.TEST_DATABASE_URL;

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

  it.skipIf(!databaseUrl)('on PostgreSQL', async () => {
    await check({ kind: 'postgres', databaseUrl: databaseUrl! });
  }, 120_000);
});
