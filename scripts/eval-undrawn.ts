// Issue #23, the undrawn sets: the test fixed in docs/analysis.md before their labels existed. Awb hooks by today's
// rules and by round 39's label-only classifier (one model per Awb article labelled at least 20 times in the 43
// held-out sets, trained on all of them, a hook where it scores at least 0.7), and rigid provisions by today's rules,
// against the blind labels of each set, then pooled. Usage: npm run eval:undrawn
import { readdirSync, readFileSync } from 'node:fs';
import { score, wilson, type Score } from '../utils/analysis/score';
import { labelledHooks, learnableHooks, scoreHooks, scoreRigid, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import { DEFAULT_TRAIN, MIN_HOOK_LABELS, scoreLogistic, trainLogistic, verifierFeatures, type Model } from '../utils/analysis/verifier';
import { parseReaderLabels } from '../utils/analysis/agreement';
import { pooledScore } from '../utils/analysis/held-out-record';
import { FREEZES, labelItems } from './lib/freezes';

/** Fixed before the labels existed (docs/analysis.md, "Undrawn 1"). */
const THRESHOLD = 0.7;

const LABELS = new URL('../test/analysis-labels/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, LABELS), 'utf8');
const key = (i: { bwbId: string; label: string }) => `${i.bwbId}#${i.label}`;
const features = (i: StatuteLabel) => verifierFeatures({ text: i.text, kind: i.kind });

/** A set's articles with their blind labels, as rigid and as hook items. */
function labelledSet(set: string): { rigid: StatuteLabel[]; hooks: StatuteLabel[] } {
  const draw = JSON.parse(read(`${set}-draw.json`)) as { items: Array<Omit<StatuteLabel, 'split' | 'drawn' | 'value'>> };
  const labels = parseReaderLabels(read(`labels-${set}.tsv`));
  const labelOf = (i: { bwbId: string; label: string }) => {
    const l = labels.get(key(i));
    if (!l) throw new Error(`${set} ${key(i)}: not labelled`);
    return l;
  };
  const base = draw.items.map((i) => ({ ...i, split: 'heldout' as const, drawn: set }));
  return {
    rigid: base.map((i) => ({ ...i, value: labelOf(i).rigid })),
    hooks: base.map((i) => ({ ...i, value: [...labelOf(i).hooks].join(',') || '-' })),
  };
}

/** The label-only classifier: one model per Awb article labelled often enough in the 43 held-out sets. */
function trainClassifier(): Map<string, Model> {
  const training = FREEZES.flatMap(([set]) => labelItems(`hooks-${set}`));
  const trainingFeatures = training.map(features);
  const models = new Map<string, Model>();
  for (const awb of learnableHooks(training, MIN_HOOK_LABELS)) {
    models.set(awb, trainLogistic(training.map((i, j) => ({ features: trainingFeatures[j]!, label: labelledHooks(i).includes(awb) })), DEFAULT_TRAIN));
  }
  return models;
}

/** The classifier's hooks against the labels; labelled hooks of Awb articles it does not learn count as missed. */
function classifierScore(models: Map<string, Model>, items: readonly StatuteLabel[]): { score: Score; withHook: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const withHook = new Set<string>();
  for (const item of items) {
    const labelled = labelledHooks(item);
    const f = features(item);
    for (const [awb, model] of models) {
      const shown = scoreLogistic(model, f) >= THRESHOLD;
      if (shown) withHook.add(key(item));
      if (shown && labelled.includes(awb)) tp++;
      else if (shown) fp++;
      else if (labelled.includes(awb)) fn++;
    }
    fn += labelled.filter((awb) => !models.has(awb)).length;
  }
  return { score: score(tp, fp, fn), withHook: withHook.size };
}

const fmt = (s: Score) => {
  const [lo, hi] = wilson(s.tp, s.tp + s.fp);
  return `P ${s.precision.toFixed(3)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]  R ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};

const sets = readdirSync(LABELS)
  .flatMap((f) => /^labels-(undrawn\d+)\.tsv$/.exec(f)?.slice(1, 2) ?? [])
  .sort();
const models = trainClassifier();
const totals = { rigid: [] as Score[], rules: [] as Score[], classifier: [] as Score[], rulesWith: 0, classifierWith: 0 };
for (const set of sets) {
  const { rigid, hooks } = labelledSet(set);
  const r = scoreRigid(rigid).score;
  const rules = scoreHooks(hooks);
  const learned = classifierScore(models, hooks);
  totals.rigid.push(r);
  totals.rules.push(rules.score);
  totals.classifier.push(learned.score);
  totals.rulesWith += rules.withHook;
  totals.classifierWith += learned.withHook;
  console.log(`== ${set}: ${hooks.length} articles, labelled blind; ${hooks.filter((i) => i.value !== '-').length} with a labelled hook, ${rigid.filter((i) => i.value !== 'none').length} labelled rigid`);
  console.log(`rigid provisions, today's rules        ${fmt(r)}`);
  console.log(`Awb hooks, today's rules               ${fmt(rules.score)}  articles with a hook ${rules.withHook}`);
  console.log(`Awb hooks, label-only classifier ≥ ${THRESHOLD} ${fmt(learned.score)}  articles with a hook ${learned.withHook}`);
}
if (sets.length > 1) {
  console.log(`== pooled, ${sets.join(', ')}`);
  console.log(`rigid provisions, today's rules        ${fmt(pooledScore(totals.rigid))}`);
  console.log(`Awb hooks, today's rules               ${fmt(pooledScore(totals.rules))}  articles with a hook ${totals.rulesWith}`);
  console.log(`Awb hooks, label-only classifier ≥ ${THRESHOLD} ${fmt(pooledScore(totals.classifier))}  articles with a hook ${totals.classifierWith}`);
}
console.log(`(classifier learned for ${[...models.keys()].join(' ')})`);
