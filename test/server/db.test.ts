import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/types';
import { ENGINES, type Engine } from './support';

describe.each(ENGINES)('database layer on $name', (engine: Engine) => {
  let opened: Awaited<ReturnType<Engine['open']>>;
  let db: Database;
  beforeAll(async () => {
    opened = await engine.open();
    db = opened.db;
  });
  afterAll(() => opened.drop());

  it('applies every migration once and records it; a second run applies nothing', async () => {
    const first = await migrate(db);
    expect(first).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(first);
  });

  it('rolls a failed transaction back and commits a good one', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO regulations (bwb_id, title) VALUES ('BWBR9999991', 'rolled back')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query(`SELECT 1 FROM regulations WHERE bwb_id = 'BWBR9999991'`)).toHaveLength(0);
    await db.transaction((tx) => tx.query(`INSERT INTO regulations (bwb_id, title) VALUES ('BWBR9999992', 'kept')`));
    expect(await db.query(`SELECT 1 FROM regulations WHERE bwb_id = 'BWBR9999992'`)).toHaveLength(1);
  });

  it('refuses a malformed BWB id at the database level', async () => {
    await expect(db.query(`INSERT INTO regulations (bwb_id, title) VALUES ('nope', 'x')`)).rejects.toThrow();
  });

  it('searches signal text with the Dutch stemmer (plural finds singular)', async () => {
    await db.query(`INSERT INTO signals (id, title, summary, status, evidence, source_type)
      VALUES ('sig-fts', 'Terugvorderingen stapelen', 'Boetes lopen op', '3_analyse', 'onbevestigd', 'melding')`);
    const hits = await db.query(`SELECT id FROM signals WHERE search @@ websearch_to_tsquery('dutch', 'terugvordering')`);
    expect(hits).toEqual([{ id: 'sig-fts' }]);
  });
});

describe('migrations started by several processes at once', () => {
  it('apply each migration exactly once (advisory lock)', async () => {
    const engine = ENGINES.find((e) => e.name === 'postgres')!;
    const opened = await engine.open();
    const others = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: opened.url })));
    try {
      const results = await Promise.all([opened.db, ...others].map((d) => migrate(d)));
      const applied = results.flat();
      expect(applied.sort()).toEqual(listMigrations().map((m) => m.version));
      const rows = await opened.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]?.n).toBe(listMigrations().length);
    } finally {
      await Promise.all(others.map((d) => d.close()));
      await opened.drop();
    }
  });
});
