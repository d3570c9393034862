// Precision/recall of the analysis against hand-labelled articles (test/analysis/devset.json).
import { analyseArticle } from './analyse';
import type { ClauseKind } from './clause';

export interface LabelledArticle {
  split: 'dev' | 'heldout';
  bwbId: string;
  label: string;
  clause: ClauseKind | null;
  text: string;
  /** Expected Awb articles, where labelled. */
  hooks?: string[];
  note?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mistake {
  bwbId: string;
  label: string;
  expected: ClauseKind | null;
  got: ClauseKind | null;
}

export interface Evaluation {
  n: number;
  general: Score;
  specific: Score;
  /** Either class counts as a hit: "is there a clause here at all". */
  anyClause: Score;
  mistakes: Mistake[];
  /** Per Awb article, over the articles with labelled hooks. */
  hooks: Record<string, Score>;
  hookArticles: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  // An empty denominator means nothing was claimed or nothing was there: count it as perfect.
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/**
 * 95% Wilson score interval for a proportion of `hits` out of `n`: with the small counts of hand-labelled sets,
 * the interval says more than the point value.
 */
export function wilson(hits: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = hits / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator)];
}

function classScore(pairs: ReadonlyArray<[ClauseKind | null, ClauseKind | null]>, hit: (c: ClauseKind | null) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [expected, got] of pairs) {
    if (hit(got) && hit(expected)) tp++;
    else if (hit(got)) fp++;
    else if (hit(expected)) fn++;
  }
  return score(tp, fp, fn);
}

export function evaluate(items: readonly LabelledArticle[]): Evaluation {
  const results = items.map((item) => ({ item, got: analyseArticle(item) }));
  const pairs = results.map(({ item, got }): [ClauseKind | null, ClauseKind | null] => [item.clause, got.clause]);

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (awb: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(awb) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(awb, c);
  };
  let hookArticles = 0;
  for (const { item, got } of results) {
    if (!item.hooks) continue;
    hookArticles++;
    const expected = new Set(item.hooks);
    const predicted = new Set(got.hooks.map((h) => h.awb));
    for (const awb of predicted) bump(awb, expected.has(awb) ? 'tp' : 'fp');
    for (const awb of expected) if (!predicted.has(awb)) bump(awb, 'fn');
  }
  const hooks = Object.fromEntries(
    [...counts].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([awb, c]) => [awb, score(c.tp, c.fp, c.fn)]),
  );

  return {
    n: items.length,
    general: classScore(pairs, (c) => c === 'general'),
    specific: classScore(pairs, (c) => c === 'specific'),
    anyClause: classScore(pairs, (c) => c !== null),
    mistakes: results
      .filter(({ item, got }) => item.clause !== got.clause)
      .map(({ item, got }) => ({ bwbId: item.bwbId, label: item.label, expected: item.clause, got: got.clause })),
    hooks,
    hookArticles,
  };
}
