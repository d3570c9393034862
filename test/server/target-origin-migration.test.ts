// Migration 006 on a database that already holds moderated data: targets a merge added (known from the
// audited "attach" and the merged report) get the merge date; every other target counts as from the sources.
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate';
import { allSignals } from '../../server/repo/signals';
import { ENGINES, type Engine } from './support';

describe.each(ENGINES)('migration 006 on $name', (engine: Engine) => {
  let opened: Awaited<ReturnType<Engine['open']>>;
  afterAll(() => opened.drop());

  it('dates the targets an audited merge added and leaves the rest from the sources', async () => {
    opened = await engine.open();
    const { db } = opened;
    await migrate(db, listMigrations().filter((m) => m.version < '006'));
    await db.query(`INSERT INTO regulations (bwb_id, title) VALUES ('BWBR0015703', 'Participatiewet')`);
    await db.query(`INSERT INTO signals (id, title, summary, status, evidence, source_type, origin)
      VALUES ('sig-seed', 'Seed', 'Uit de bronnen', '3_analyse', 'geverifieerd', 'kamerbrief', 'seed'),
        ('sig-m-abc', 'Melding', 'Gepubliceerde melding', '2_binnengekomen', 'onbevestigd', 'melding', 'melding')`);
    await db.query(`INSERT INTO signal_sources (signal_id, position, kind, citation) VALUES ('sig-seed', 0, 'kamerstuk', 'Kamerstuk 31 066, nr. 1242'),
      ('sig-m-abc', 0, 'melding', 'Melding van een burger, gepubliceerd op 4 maart 2026')`);
    const report = (id: string, label: string, state: string, signal: string) =>
      db.query(
        `INSERT INTO submissions (id, idempotency_key, request_hash, target, regulation_title, description, affected, impact_areas, role,
           consent_to_publish, state, signal_id)
         VALUES ($1, $1, 'h', $2::jsonb, 'Participatiewet', 'x', '', '[]', 'burger', true, $3, $4)`,
        [id, JSON.stringify({ bwbId: 'BWBR0015703', label, versionDate: null }), state, signal],
      );
    await report('sub-published', '58', 'gepubliceerd', 'sig-m-abc');
    await report('sub-merged', '11', 'samengevoegd', 'sig-seed');
    await report('sub-merged-known', '31', 'samengevoegd', 'sig-seed');
    await db.query(`INSERT INTO signal_targets (signal_id, position, bwb_id, label, origin) VALUES ('sig-seed', 0, 'BWBR0015703', '31', 'seed'),
      ('sig-seed', 1, 'BWBR0015703', '11', 'melding'), ('sig-m-abc', 0, 'BWBR0015703', '58', 'melding')`);
    // 23:30 UTC on 4 March is 5 March in Amsterdam, the date the moderator saw.
    await db.query(`INSERT INTO moderation_audit (at, actor, action, submission_id, signal_id, detail) VALUES
      ('2026-03-02T09:00:00Z', 'api', 'publish', 'sub-published', 'sig-m-abc', '{}'),
      ('2026-03-04T23:30:00Z', 'api', 'attach', 'sub-merged', 'sig-seed', '{"targetAdded": true}'),
      ('2026-03-06T09:00:00Z', 'api', 'attach', 'sub-merged-known', 'sig-seed', '{"targetAdded": false}')`);

    expect(await migrate(db)).toEqual(['006']);
    const byId = new Map((await allSignals(db)).map((s) => [s.id, s.targets.map((t) => [t.label, t.origin])]));
    expect(byId.get('sig-seed')).toEqual([
      ['31', { kind: 'bronnen' }],
      ['11', { kind: 'melding', mergedOn: '2026-03-05' }],
    ]);
    expect(byId.get('sig-m-abc')).toEqual([['58', { kind: 'bronnen' }]]);
  });
});
