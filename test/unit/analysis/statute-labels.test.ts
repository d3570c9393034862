// Behavioural threshold on the labels drawn from the statute book (test/analysis-labels/, issue #23):
// the held-out split was never used to write rules.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveArticles, parseCorpus } from '../../../utils/analysis/corpus';
import { hookPrecision, parseJudgedHooks, scoreGeneral, scoreRigid, type StatuteLabelFile } from '../../../utils/analysis/evaluate-statute';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';
import rigidFile from '../../analysis-labels/rigid.json';
import clauseFile from '../../analysis-labels/clause.json';
import spotFile from '../../analysis-labels/spot.json';
import sample from '../../analysis-labels/sample.json';

const clauses = [...(clauseFile as StatuteLabelFile).items, ...(spotFile as StatuteLabelFile).items];

describe('statute-book labels', () => {
  it('come from at least 100 regulations across the five kinds, with provenance', () => {
    expect(sample.regulations.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['wet', 'AMvB', 'ministeriele-regeling', 'beleidsregel', 'zbo']) {
      expect(sample.regulations.filter((r) => r.kind === kind && r.drawn === 'random').length).toBeGreaterThanOrEqual(20);
    }
    expect((clauseFile as StatuteLabelFile).commit).toMatch(/^[0-9a-f]{40}$/);
    for (const item of clauses) expect(item.path).toContain(`/${item.bwbId}/`);
  });

  it.each(['dev', 'heldout'] as const)('general clauses: precision >= 0.95 and recall >= 0.9 on %s', (split) => {
    const r = scoreGeneral(clauses.filter((i) => i.split === split));
    expect(r.score.tp + r.score.fn).toBeGreaterThanOrEqual(20);
    expect(r.score.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('statute-book labels: rigid provisions', () => {
  it('meets precision >= 0.9 and recall >= 0.8 on the dev split', () => {
    const r = scoreRigid((rigidFile as StatuteLabelFile).items.filter((i) => i.split === 'dev'));
    expect(r.score.tp + r.score.fn).toBeGreaterThanOrEqual(8);
    expect(r.score.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.score.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('Participatiewet hooks (judged list)', () => {
  it('gives hooks to few articles, with precision >= 0.9, every hooked article judged', () => {
    const pw = parseCorpus(readFileSync(join(CORPUS_DIR, 'BWBR0015703.json'), 'utf8'));
    const judged = parseJudgedHooks(readFileSync(join(import.meta.dirname, '../../analysis-labels/labels-hooks-participatiewet.tsv'), 'utf8'));
    const p = hookPrecision(pw.bwbId, liveArticles(pw), judged);
    expect(p.unjudged).toEqual([]);
    expect(p.withHook).toBeLessThan(40);
    expect(p.precision).toBeGreaterThanOrEqual(0.9);
  });
});
