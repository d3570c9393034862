// Issue 19: every signal the API shows cites official sources, and no answer shows an internal file
// name or an English fragment. Also: migration 003 moves the old one-reference sources over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJson } from '../../utils/contract/admin';
import { RegulationResponse, SignalListResponse, type Signal } from '../../utils/contract/api';
import { kamerstukUrlOf } from '../../utils/citation/official';
import { listMigrations, migrate } from '../../server/db/migrate';
import { allSignals } from '../../server/repo/signals';
import { shownStrings, unciteable } from '../shown-text';
import { ENGINES, seededApp, type Engine } from './support';

function expectOfficialSources(signals: Signal[]) {
  expect(signals.length).toBeGreaterThanOrEqual(33);
  for (const s of signals) {
    expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const source of s.sources) {
      expect(source.citation.trim().length, s.id).toBeGreaterThan(2);
      if (source.kind === 'kamerstuk' && kamerstukUrlOf(source.citation)) {
        expect(source.url, `${s.id}: ${source.citation}`).toBe(kamerstukUrlOf(source.citation));
        expect(source.url).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-\d+-[0-9A-Z]+\.html$/);
      }
    }
  }
  expect(unciteable(shownStrings(signals))).toEqual([]);
}

describe.each(ENGINES)('official sources on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  beforeAll(async () => {
    ctx = await seededApp(engine);
  });
  afterAll(() => ctx.drop());

  it('GET /v1/signals shows every seeded signal with cited sources, Kamerstukken with their official URL', async () => {
    const items: Signal[] = [];
    let cursor: string | null = null;
    do {
      const res = await ctx.app.request(`/v1/signals?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      const page = SignalListResponse.parse(await res.json());
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(items).toHaveLength(33);
    expectOfficialSources(items);
    const wia = items.find((s) => s.id === 'sig-01-wia-35-minners')!;
    expect(wia.sources.map((s) => s.citation)).toContain('Kamerstukken II 2020/21, 26 448, nr. 650');
    expect(wia.sources[0]?.url).toBe('https://zoek.officielebekendmakingen.nl/kst-26448-650.html');
    expect(wia.statusDate).toBe('2022-09-07');
  });

  it('GET /v1/export?format=json does the same', async () => {
    const body = ExportJson.parse(await (await ctx.app.request('/v1/export?format=json')).json());
    expectOfficialSources(body.signals);
    const huur = body.signals.find((s) => s.id === 'sig-07-huurtoeslag-verblijfsstatus')!;
    expect(huur.sources[0]).toEqual({
      kind: 'kamerstuk',
      citation: 'Kamerstukken I 2021/22, 35 295, AF',
      detail: 'bijlage BZK, voetnoot 55 onder 1',
      date: '2022-09-07',
      url: 'https://zoek.officielebekendmakingen.nl/kst-35295-AF.html',
    });
  });

  it('no regulation answer shows a file name or English, and a clause in another law is named', async () => {
    const laws = (await ctx.db.query<{ bwb_id: string }>('SELECT bwb_id FROM regulations ORDER BY bwb_id')).map((r) => r.bwb_id);
    const texts: string[] = [];
    for (const bwbId of laws) {
      const body = RegulationResponse.parse(await (await ctx.app.request(`/v1/regulations/${bwbId}`)).json());
      texts.push(...shownStrings(body));
    }
    expect(texts.length).toBeGreaterThan(200);
    expect(unciteable(texts)).toEqual([]);
    const wht = RegulationResponse.parse(await (await ctx.app.request('/v1/regulations/BWBR0008659')).json());
    expect(wht.clause).toMatchObject({ clauseBwbId: 'BWBR0018472', clauseLabel: '47', clauseLaw: 'Awir' });
    expect(wht.articles.find((a) => a.label === '13')?.clause).toMatchObject({ clauseLaw: 'Awir', clauseLabel: '47' });
  });
});

describe.each(ENGINES)('migration 003 on $name', (engine: Engine) => {
  let opened: Awaited<ReturnType<Engine['open']>>;
  afterAll(() => opened.drop());

  it('moves the old reference of every signal into its sources; a published report cites its role and date', async () => {
    opened = await engine.open();
    const { db } = opened;
    await migrate(db, listMigrations().filter((m) => m.version < '003'));
    await db.query(`INSERT INTO regulations (bwb_id, title) VALUES ('BWBR0015703', 'Participatiewet')`);
    await db.query(`INSERT INTO signals (id, title, summary, status, evidence, source_type, source_reference, source_url, origin, created_at)
      VALUES ('sig-old', 'Oud', 'Oud signaal', '3_analyse', 'onbevestigd', 'kamerbrief', 'Kamerstuk 31 066, nr. 1242',
        'https://zoek.officielebekendmakingen.nl/kst-31066-1242.html', 'seed', now()),
      ('sig-m-abc', 'Melding', 'Gepubliceerde melding', '2_binnengekomen', 'onbevestigd', 'melding', 'Melding sub-984f0000',
        NULL, 'melding', '2026-03-04T10:00:00Z')`);
    await db.query(`INSERT INTO submissions (id, idempotency_key, request_hash, target, regulation_title, description, affected,
        impact_areas, role, consent_to_publish, state, signal_id)
      VALUES ('sub-984f0000', 'k-1', 'h', '{}', 'Participatiewet', 'x', '', '[]', 'burger', true, 'gepubliceerd', 'sig-m-abc')`);
    await db.query(`INSERT INTO signal_targets (signal_id, position, bwb_id, label) VALUES ('sig-old', 0, 'BWBR0015703', '58'),
      ('sig-m-abc', 0, 'BWBR0015703', '58')`);

    expect(await migrate(db)).toContain('003');
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'signals' AND column_name LIKE 'source%'`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['source_type']);
    const byId = new Map((await allSignals(db)).map((s) => [s.id, s]));
    expect(byId.get('sig-old')?.sources).toEqual([
      { kind: 'kamerstuk', citation: 'Kamerstuk 31 066, nr. 1242', detail: null, date: null, url: 'https://zoek.officielebekendmakingen.nl/kst-31066-1242.html' },
    ]);
    expect(byId.get('sig-m-abc')?.sources).toEqual([
      { kind: 'melding', citation: 'Melding van een burger, gepubliceerd op 4 maart 2026', detail: null, date: '2026-03-04', url: null },
    ]);
    expect(byId.get('sig-m-abc')?.statusDate).toBe('2026-03-04');
  });
});
