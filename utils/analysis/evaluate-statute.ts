// Precision/recall on the labels drawn from the statute book as text (test/analysis-labels/, built by
// scripts/label-laws.ts): clause `general`, rigid provisions and Awb hooks. Each label file carries the
// laws-markdown commit and, per item, the regulation's path and the article, so every label can be checked.
import { detectClause } from './clause';
import { classifyHooks } from './hooks';
import { analyseArticle } from './analyse';
import { score, type Score } from './evaluate';

export interface StatuteLabel {
  split: 'dev' | 'heldout';
  /** How the regulation was drawn: "random", "onbillijk", "teruggevorderd", "onbillijk-late". */
  drawn: string;
  kind: string;
  path: string;
  bwbId: string;
  label: string;
  /** The hand label: "general" | "specific" | "none" | "not-general" (clauses), "rigid:<outcome>" | "none", or hooks. */
  value: string;
  note?: string;
  text: string;
}

/** The Awb articles a hook label names ("-" is none). */
export function labelledHooks(item: Pick<StatuteLabel, 'value'>): string[] {
  return item.value === '-' ? [] : item.value.split(',');
}

/** Awb articles labelled at least `min` times in `items`: those a classifier has enough examples of to learn. */
export function learnableHooks(items: readonly StatuteLabel[], min: number): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const awb of labelledHooks(item)) counts.set(awb, (counts.get(awb) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= min).map(([awb]) => awb).sort();
}

export interface StatuteLabelFile {
  repo: string;
  commit: string;
  task: string;
  items: StatuteLabel[];
}

export interface LabelMistake {
  bwbId: string;
  label: string;
  expected: string;
  got: string;
}

export interface LabelScore {
  n: number;
  score: Score;
  mistakes: LabelMistake[];
}

/** Scores a yes/no finding: `expected` reads the hand label, `predicted` runs the analysis. */
export function scoreBinary(
  items: readonly StatuteLabel[],
  expected: (item: StatuteLabel) => boolean,
  predicted: (item: StatuteLabel) => boolean,
): LabelScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: LabelMistake[] = [];
  for (const item of items) {
    const e = expected(item);
    const p = predicted(item);
    if (e && p) tp++;
    else if (p) fp++;
    else if (e) fn++;
    if (e !== p) mistakes.push({ bwbId: item.bwbId, label: item.label, expected: item.value, got: p ? 'yes' : 'no' });
  }
  return { n: items.length, score: score(tp, fp, fn), mistakes };
}

/**
 * The `general` class against the hand labels, as the extension and `npm run analyse` report it (analyseArticle:
 * private-law codes are skipped). `bare` scores detectClause alone, as the first rounds of issue #23 did.
 */
export function scoreGeneral(items: readonly StatuteLabel[], bare = false): LabelScore {
  return scoreBinary(items, (i) => i.value === 'general', (i) => (bare ? detectClause(i.text)?.clause : analyseArticle(i).clause) === 'general');
}

/** Rigid provisions: an article is a hit when the detector finds any rigid outcome where one was labelled. */
export function scoreRigid(items: readonly StatuteLabel[]): LabelScore {
  return scoreBinary(items, (i) => i.value.startsWith('rigid'), (i) => analyseArticle(i).rigid.length > 0);
}

export interface HookLabelScore {
  n: number;
  /** Over all (article, Awb article) pairs: predicted and labelled. */
  score: Score;
  /** Articles that get at least one hook, and that were labelled with one. */
  withHook: number;
  labelledWithHook: number;
  mistakes: LabelMistake[];
}

/** Hooks: the labelled value is "-" or a comma-separated list of Awb articles. */
export function scoreHooks(items: readonly StatuteLabel[]): HookLabelScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let withHook = 0;
  let labelledWithHook = 0;
  const mistakes: LabelMistake[] = [];
  for (const item of items) {
    const expected = new Set(labelledHooks(item));
    const got = new Set(classifyHooks({ bwbId: item.bwbId, text: item.text, kind: item.kind }).map((h) => h.awb));
    if (got.size > 0) withHook++;
    if (expected.size > 0) labelledWithHook++;
    for (const awb of got) expected.has(awb) ? tp++ : fp++;
    for (const awb of expected) if (!got.has(awb)) fn++;
    const same = got.size === expected.size && [...got].every((a) => expected.has(a));
    if (!same) mistakes.push({ bwbId: item.bwbId, label: item.label, expected: item.value, got: [...got].join(',') || '-' });
  }
  return { n: items.length, score: score(tp, fp, fn), withHook, labelledWithHook, mistakes };
}

/** A judged hook list for one article of a corpus law: `expected` are the hooks that are right there. */
export interface JudgedHooks {
  label: string;
  expected: string[];
}

/** Parses the judged hooks file (label, comma-separated Awb articles or "-", note). */
export function parseJudgedHooks(tsv: string): JudgedHooks[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [label = '', value = '-'] = l.split('\t');
      return { label, expected: labelledHooks({ value }) };
    });
}

/** Precision of the hooks given to a law's articles, against the judged list; every hooked article must be judged. */
export function hookPrecision(
  bwbId: string,
  articles: ReadonlyArray<{ label: string; text: string }>,
  judged: readonly JudgedHooks[],
  kind?: string,
): { articles: number; withHook: number; hooks: number; correct: number; precision: number; unjudged: string[] } {
  const byLabel = new Map(judged.map((j) => [j.label, new Set(j.expected)]));
  let withHook = 0;
  let hooks = 0;
  let correct = 0;
  const unjudged: string[] = [];
  for (const a of articles) {
    const got = classifyHooks({ bwbId, text: a.text, kind });
    if (got.length === 0) continue;
    withHook++;
    const expected = byLabel.get(a.label);
    if (!expected) unjudged.push(a.label);
    for (const h of got) {
      hooks++;
      if (expected?.has(h.awb)) correct++;
    }
  }
  return { articles: articles.length, withHook, hooks, correct, precision: hooks === 0 ? 1 : correct / hooks, unjudged };
}
