import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Signal } from '../../utils/contract/api';
import { migrate } from '../../server/db/migrate';
import type { Database } from '../../server/db/types';
import { corpusHash, DEFAULT_CORPUS_DIR, readCorpusLaw } from '../../server/seed/corpus-hash';
import { loadSeed } from '../../server/seed/load';
import { FILE_NAME, parseSeed, readSeedText } from '../../server/seed/schema';
import { kamerstukUrlOf } from '../../utils/citation/official';
import { allSignals } from '../../server/repo/signals';
import { ENGINES, type Engine } from './support';

const seed = parseSeed(readSeedText());

describe('seed file', () => {
  it('holds all 33 signals of seed-signals.md, numbered 1 to 33 once each', () => {
    expect(seed.signals).toHaveLength(33);
    expect(seed.signals.map((s) => s.seedNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(new Set(seed.signals.map((s) => s.id)).size).toBe(33);
  });

  it('cites every source officially: no file name, and each Kamerstuk with its address on officiële bekendmakingen', () => {
    let kamerstukken = 0;
    for (const s of seed.signals) {
      for (const source of s.sources) {
        expect(`${source.citation} ${source.detail ?? ''}`, s.id).not.toMatch(FILE_NAME);
        if (source.kind !== 'kamerstuk') continue;
        kamerstukken += 1;
        // The one joint Kamerstuk of two dossiers has no single address; every other one has exactly its own.
        const expected = kamerstukUrlOf(source.citation);
        expect(source.url, `${s.id}: ${source.citation}`).toBe(expected);
        if (!source.citation.includes(' en ')) expect(expected, source.citation).not.toBeNull();
      }
    }
    expect(kamerstukken).toBeGreaterThan(50);
    const wia = seed.signals.find((s) => s.seedNumber === 1)!;
    expect(wia.sources[0]).toEqual({
      kind: 'kamerstuk',
      citation: 'Kamerstukken II 2020/21, 26 448, nr. 650',
      detail: 'vragen 17–18 van de CDA-fractie',
      date: null,
      url: 'https://zoek.officielebekendmakingen.nl/kst-26448-650.html',
    });
  });

  it('refuses a signal whose source lacks a citation or cites a file name', () => {
    const file = JSON.parse(readSeedText()) as { signals: Array<{ sources: unknown[] }> };
    const withSources = (sources: unknown[]) =>
      JSON.stringify({ ...file, signals: file.signals.map((s, i) => (i === 0 ? { ...s, sources } : s)) });
    expect(() => parseSeed(withSources([]))).toThrow(/at least one source with an official citation/);
    expect(() => parseSeed(withSources([{ kind: 'kamerstuk', citation: '', detail: null, date: null, url: null }]))).toThrow();
    expect(() =>
      parseSeed(withSources([{ kind: 'rapport', citation: 'seed 001_af7e2a7a2207062c.txt', detail: null, date: null, url: null }])),
    ).toThrow(/not by a file name/);
    expect(() => parseSeed(withSources([{ kind: 'rapport', citation: 'Kamerstuk 1, nr. 2', detail: null, date: null, url: 'http://x.nl' }]))).toThrow();
  });

  it('keeps the two signals without an identified law (#15, #29) without targets, and every other with one', () => {
    const empty = seed.signals.filter((s) => s.targets.length === 0).map((s) => s.seedNumber);
    expect(empty.sort()).toEqual([15, 29]);
  });

  it('has a regulation row for every targeted law', () => {
    const laws = new Set(seed.regulations.map((r) => r.bwbId));
    for (const s of seed.signals) for (const t of s.targets) expect(laws.has(t.bwbId), `${s.id} → ${t.bwbId}`).toBe(true);
    for (const c of [...seed.articleClauses, ...seed.hooks]) expect(laws.has(c.bwbId), c.bwbId).toBe(true);
  });

  it('records the verified hardheidsclausule statuses (domain.md §4)', () => {
    const reg = (id: string) => seed.regulations.find((r) => r.bwbId === id)?.clause;
    const art = (id: string, label: string) => seed.articleClauses.find((a) => a.bwbId === id && a.label === label);
    expect(reg('BWBR0011453')?.status).toBe('algemeen_eigen');
    expect(art('BWBR0011453', '11.5')?.status).toBe('is_hardheidsclausule');
    expect(art('BWBR0018472', '47')?.status).toBe('is_hardheidsclausule');
    expect(reg('BWBR0008659')).toMatchObject({ status: 'algemeen_extern', clauseBwbId: 'BWBR0018472', clauseLabel: '47' });
    expect(art('BWBR0008659', '13')).toMatchObject({ status: 'gedekt_extern', clauseBwbId: 'BWBR0018472', clauseLabel: '47' });
    expect(reg('BWBR0015703')?.status).toBe('alleen_specifiek');
    for (const label of ['9', '16', '18', '18a', '58']) expect(art('BWBR0015703', label)?.status).toBe('is_specifieke_afwijkingsbevoegdheid');
    expect(reg('BWBR0004770')?.status).toBe('voorgesteld');
  });

  it('uses only article labels that exist in the corpus text of that law', () => {
    let checked = 0;
    const labelled = [
      ...seed.signals.flatMap((s) => s.targets.filter((t) => t.label !== null).map((t) => ({ bwbId: t.bwbId, label: t.label!, from: s.id }))),
      ...seed.articleClauses.map((a) => ({ ...a, from: 'articleClauses' })),
      ...seed.hooks.map((h) => ({ ...h, from: 'hooks' })),
    ];
    for (const { bwbId, label, from } of labelled) {
      const law = readCorpusLaw(DEFAULT_CORPUS_DIR, bwbId);
      if (!law) continue;
      expect(law.has(label), `${from}: ${bwbId} art. ${label}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('stores the text hash of the corpus article on every target whose law is in the corpus', () => {
    for (const s of seed.signals) {
      for (const t of s.targets) {
        const expected = existsSync(join(DEFAULT_CORPUS_DIR, `${t.bwbId}.json`)) ? corpusHash(DEFAULT_CORPUS_DIR, t.bwbId, t.label) : null;
        expect(t.textHash, `${s.id} ${t.bwbId} ${t.label}`).toBe(expected);
      }
    }
  });
});

describe.each(ENGINES)('seed loader on $name', (engine: Engine) => {
  let opened: Awaited<ReturnType<Engine['open']>>;
  let db: Database;
  beforeAll(async () => {
    opened = await engine.open();
    db = opened.db;
    await migrate(db);
  });
  afterAll(() => opened.drop());

  const snapshot = async () => ({
    regulations: await db.query('SELECT * FROM regulations ORDER BY bwb_id'),
    clauses: await db.query('SELECT * FROM article_clauses ORDER BY bwb_id, label'),
    hooks: await db.query('SELECT * FROM article_hooks ORDER BY bwb_id, label, awb'),
    signals: await db.query('SELECT * FROM signals ORDER BY id'),
    targets: await db.query(
      'SELECT signal_id, position, bwb_id, label, lid, path, jci, version_date::text, text_hash, quote, origin FROM signal_targets ORDER BY signal_id, position',
    ),
  });

  it('loads the file on first start, skips an unchanged file, and a forced reload leaves the same rows', async () => {
    expect((await loadSeed(db)).loaded).toBe(true);
    const first = await snapshot();
    expect(first.signals).toHaveLength(33);
    expect((await loadSeed(db)).loaded).toBe(false);
    expect((await loadSeed(db, { force: true })).loaded).toBe(true);
    expect(await snapshot()).toEqual(first);
  });

  it('reads back every seeded signal as a valid contract Signal', async () => {
    const signals = await allSignals(db);
    expect(signals).toHaveLength(33);
    for (const s of signals) expect(Signal.safeParse(s).success, s.id).toBe(true);
    // The seed's targets are what its official sources name.
    expect(new Set(signals.flatMap((s) => s.targets.map((t) => t.origin?.kind)))).toEqual(new Set(['bronnen']));
    const wia = signals.find((s) => s.id === 'sig-01-wia-35-minners');
    expect(wia?.targets.map((t) => t.label)).toEqual(['5', '54']);
  });
});
