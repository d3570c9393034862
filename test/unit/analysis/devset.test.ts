// Behavioural threshold: the analysis must meet the clause targets on the hand-labelled articles.
import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledArticle } from '../../../utils/analysis/evaluate';
import devset from '../../analysis/devset.json';

const items = devset.items as LabelledArticle[];

describe('dev-set metrics', () => {
  it('has a labelled set with both classes and negatives', () => {
    const dev = items.filter((i) => i.split === 'dev');
    expect(dev.filter((i) => i.clause === 'general').length).toBeGreaterThanOrEqual(4);
    expect(dev.filter((i) => i.clause === 'specific').length).toBeGreaterThanOrEqual(30);
    expect(dev.filter((i) => i.clause === null).length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['dev', items.filter((i) => i.split === 'dev')],
    ['dev + held-out', items],
  ])('meets clause precision >= 0.95 and recall >= 0.9 on %s', (_name, subset) => {
    const e = evaluate(subset);
    expect(e.anyClause.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.anyClause.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.general.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.general.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.specific.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.specific.recall).toBeGreaterThanOrEqual(0.9);
  });
});
