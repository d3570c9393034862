// Precision/recall on the labels drawn from the statute book as text (test/analysis-labels/, built by
// scripts/label-laws.ts): clause `general`, rigid provisions and Awb hooks. Each label file carries the
// laws-markdown commit and, per item, the regulation's path and the article, so every label can be checked.
import { detectClause } from './clause';
import { detectRigid } from './rigid';
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

/** The detector's `general` class against the hand labels. */
export function scoreGeneral(items: readonly StatuteLabel[]): LabelScore {
  return scoreBinary(items, (i) => i.value === 'general', (i) => detectClause(i.text)?.clause === 'general');
}

/** Rigid provisions: an article is a hit when the detector finds any rigid outcome where one was labelled. */
export function scoreRigid(items: readonly StatuteLabel[]): LabelScore {
  return scoreBinary(items, (i) => i.value.startsWith('rigid'), (i) => detectRigid(i.text).length > 0);
}
