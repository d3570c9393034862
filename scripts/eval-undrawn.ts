// Issue #23, undrawn 1: the test fixed in docs/analysis.md before its labels existed. Awb hooks by today's rules and
// by round 39's label-only classifier (one model per Awb article labelled at least 20 times in the 43 held-out sets,
// trained on all of them, a hook where it scores at least 0.7), and rigid provisions by today's rules, against the
// blind labels of the set. Usage: npm run eval:undrawn
import { readFileSync } from 'node:fs';
import { score, wilson, type Score } from '../utils/analysis/score';
import { scoreHooks, scoreRigid, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import { DEFAULT_TRAIN, scoreLogistic, trainLogistic, verifierFeatures } from '../utils/analysis/verifier';
import { parseReaderLabels } from '../utils/analysis/agreement';
import { FREEZES, labelItems } from './lib/freezes';

/** Fixed before the labels existed (docs/analysis.md, "Undrawn 1"). */
const THRESHOLD = 0.7;
const MIN_LABELS = 20;
const SET = 'undrawn1';

const LABELS = new URL('../test/analysis-labels/', import.meta.url);
const draw = JSON.parse(readFileSync(new URL(`${SET}-draw.json`, LABELS), 'utf8')) as { items: Array<Omit<StatuteLabel, 'split' | 'drawn' | 'value'>> };
const labels = parseReaderLabels(readFileSync(new URL(`labels-${SET}.tsv`, LABELS), 'utf8'));
const key = (i: { bwbId: string; label: string }) => `${i.bwbId}#${i.label}`;
const labelOf = (i: { bwbId: string; label: string }) => {
  const l = labels.get(key(i));
  if (!l) throw new Error(`${key(i)}: not labelled`);
  return l;
};
const base = draw.items.map((i) => ({ ...i, split: 'heldout' as const, drawn: SET }));
const rigidItems: StatuteLabel[] = base.map((i) => ({ ...i, value: labelOf(i).rigid }));
const hookItems: StatuteLabel[] = base.map((i) => ({ ...i, value: [...labelOf(i).hooks].join(',') || '-' }));

const fmt = (s: Score) => {
  const [lo, hi] = wilson(s.tp, s.tp + s.fp);
  return `P ${s.precision.toFixed(3)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]  R ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};

console.log(`== ${SET}: ${base.length} articles, labelled blind; ${hookItems.filter((i) => i.value !== '-').length} with a labelled hook, ${rigidItems.filter((i) => i.value !== 'none').length} labelled rigid`);
const rigid = scoreRigid(rigidItems);
console.log(`rigid provisions, today's rules        ${fmt(rigid.score)}`);
const rules = scoreHooks(hookItems);
console.log(`Awb hooks, today's rules               ${fmt(rules.score)}  articles with a hook ${rules.withHook}`);

// The label-only classifier, trained on the 43 held-out sets' hook labels.
const training = FREEZES.flatMap(([set]) => labelItems(`hooks-${set}`));
const hooksOf = (i: StatuteLabel) => (i.value === '-' ? [] : i.value.split(','));
const counts = new Map<string, number>();
for (const i of training) for (const awb of hooksOf(i)) counts.set(awb, (counts.get(awb) ?? 0) + 1);
const learnable = [...counts].filter(([, n]) => n >= MIN_LABELS).map(([awb]) => awb).sort();
const features = (i: StatuteLabel) => verifierFeatures({ text: i.text, kind: i.kind });
const trainingFeatures = training.map(features);
let tp = 0;
let fp = 0;
let fn = 0;
const withHook = new Set<string>();
for (const awb of learnable) {
  const model = trainLogistic(training.map((i, n) => ({ features: trainingFeatures[n]!, label: hooksOf(i).includes(awb) })), DEFAULT_TRAIN);
  for (const item of hookItems) {
    const shown = scoreLogistic(model, features(item)) >= THRESHOLD;
    const labelled = hooksOf(item).includes(awb);
    if (shown) withHook.add(key(item));
    if (shown && labelled) tp++;
    else if (shown) fp++;
    else if (labelled) fn++;
  }
}
// Labelled hooks of Awb articles the classifier does not learn count as missed.
for (const item of hookItems) fn += hooksOf(item).filter((awb) => !learnable.includes(awb)).length;
console.log(`Awb hooks, label-only classifier ≥ ${THRESHOLD} ${fmt(score(tp, fp, fn))}  articles with a hook ${withHook.size}  (learned: ${learnable.join(' ')})`);
