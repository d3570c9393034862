// Issue #23, the undrawn sets: the test fixed in docs/analysis.md before their labels existed. Awb hooks by round 39's
// label-only classifier (one model per Awb article labelled at least 20 times in the 43 held-out sets, trained on all of
// them, a hook where it scores at least 0.7) and by the product (classifyHooks, which ships that classifier as
// hook-model.json, with the law's own Awb exclusions and the cap on top), and rigid provisions by today's rules, against
// the blind labels of each set, then pooled. The rules' hooks as measured before the classifier shipped: docs/analysis.md,
// "Undrawn 2". Usage: npm run eval:undrawn
import { score, wilson, type Score } from '../utils/analysis/score';
import { labelledHooks, scoreHooks, scoreRigid, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import { HOOK_THRESHOLD } from '../utils/analysis/hook-model';
import { scoreLogistic, type Model } from '../utils/analysis/verifier';
import { pooledScore } from '../utils/analysis/held-out-record';
import { hookFeatures as features, trainHookClassifier } from './lib/hook-training';
import { labelledSet, undrawnSets } from './lib/undrawn';

/** Fixed before the labels existed (docs/analysis.md, "Undrawn 1"). */
const THRESHOLD = HOOK_THRESHOLD;

const key = (i: { bwbId: string; label: string }) => `${i.bwbId}#${i.label}`;

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

const sets = undrawnSets();
const models = trainHookClassifier();
const totals = { rigid: [] as Score[], product: [] as Score[], classifier: [] as Score[], productWith: 0, classifierWith: 0 };
for (const set of sets) {
  const { rigid, hooks } = labelledSet(set);
  const r = scoreRigid(rigid).score;
  const product = scoreHooks(hooks);
  const learned = classifierScore(models, hooks);
  totals.rigid.push(r);
  totals.product.push(product.score);
  totals.classifier.push(learned.score);
  totals.productWith += product.withHook;
  totals.classifierWith += learned.withHook;
  console.log(`== ${set}: ${hooks.length} articles, labelled blind; ${hooks.filter((i) => i.value !== '-').length} with a labelled hook, ${rigid.filter((i) => i.value !== 'none').length} labelled rigid`);
  console.log(`rigid provisions, today's rules        ${fmt(r)}`);
  console.log(`Awb hooks, the product (classifyHooks) ${fmt(product.score)}  articles with a hook ${product.withHook}`);
  console.log(`Awb hooks, label-only classifier ≥ ${THRESHOLD} ${fmt(learned.score)}  articles with a hook ${learned.withHook}`);
}
if (sets.length > 1) {
  console.log(`== pooled, ${sets.join(', ')}`);
  console.log(`rigid provisions, today's rules        ${fmt(pooledScore(totals.rigid))}`);
  console.log(`Awb hooks, the product (classifyHooks) ${fmt(pooledScore(totals.product))}  articles with a hook ${totals.productWith}`);
  console.log(`Awb hooks, label-only classifier ≥ ${THRESHOLD} ${fmt(pooledScore(totals.classifier))}  articles with a hook ${totals.classifierWith}`);
}
console.log(`(classifier learned for ${[...models.keys()].join(' ')})`);
