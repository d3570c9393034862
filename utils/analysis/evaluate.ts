// Precision/recall of the analysis against hand-labelled articles (test/analysis/devset.json).
import { analyseArticle } from './analyse';
import type { ClauseKind } from './clause';
import { score, type Score } from './score';

// Re-exported: the evaluation scripts and tests take all of it from here.
export { score, wilson, type Score } from './score';

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
