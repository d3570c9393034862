// Does a small learned verifier on top of the rules raise held-out precision? (issue #23, round 39.)
// Each held-out set's findings are the rules of its own freeze (scripts/lib/freezes.ts), never tuned on that set;
// they are labelled right or wrong by today's labels. Leave-one-set-out: the verifier that scores a set is trained on
// the findings of all other sets (minus any article of a regulation in the scored set), so no score has seen its own
// set. Reported pooled over the sets, at fixed thresholds and at a threshold chosen inside the training sets only
// (inner 3-fold by set, the lowest reaching precision 0.9). A label-only baseline (the same learner on every candidate
// article, no rules) shows what the rules add. With --forward a set is scored only by what was trained on the sets
// measured before it (as the rules were written), and the first set, with nothing before it, is left out of the pool.
// Usage: npm run eval:verifier [-- --forward]  (needs the git history)
import { wilson } from '../utils/analysis/evaluate';
import { labelledHooks, learnableHooks, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import {
  crossValidate, MIN_HOOK_LABELS, scoreLogistic, thresholdForPrecision, trainLogistic, verifierFeatures, type VerifierInput,
} from '../utils/analysis/verifier';
import { FREEZES, forEachFreeze, labelItems } from './lib/freezes';

/** One thing to score: a rule's finding or a candidate article (label-only baseline). */
interface Case {
  set: string;
  bwbId: string;
  /** The labelled article it belongs to (set, regulation, article label). */
  article: string;
  features: string[];
  right: boolean;
}

const TARGET = 0.9;
const THRESHOLDS = [0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9];
const INNER_FOLDS = 3;
const setOrder = new Map(FREEZES.map(([set], i) => [set, i]));
const FORWARD = process.argv.includes('--forward');
/** Whether a case counts in the pooled numbers: in forward mode the first set has no earlier set to learn from. */
const counted = (c: { set: string }) => !FORWARD || c.set !== FREEZES[0]![0];

/** A labelled article of a held-out set with what the rules of the set's freeze found in it. */
interface Article {
  set: string;
  /** Set and position in the label file: two articles of one regulation may share a label. */
  key: string;
  item: StatuteLabel;
  rigid: Array<{ outcome: string; phrase: string }>;
  hooks: Array<{ awb: string; source: string }>;
}

const caseOf = (a: Article, input: Omit<VerifierInput, 'text' | 'kind'>, right: boolean, extra: string[] = []): Case => ({
  set: a.set,
  bwbId: a.item.bwbId,
  article: a.key,
  features: [...verifierFeatures({ text: a.item.text, kind: a.item.kind, ...input }), ...extra],
  right,
});
const isRigid = (item: StatuteLabel) => item.value.startsWith('rigid');

const rigidLabelled: Article[] = [];
const hookLabelled: Article[] = [];
await forEachFreeze((set, frozen) => {
  const articles = (task: string, into: Article[]) =>
    labelItems(`${task}-${set}`).forEach((item, i) => {
      into.push({ set, key: `${set}|${i}`, item, rigid: frozen.rigidFound(item), hooks: frozen.hooksWithSource(item) });
    });
  articles('rigid', rigidLabelled);
  articles('hooks', hookLabelled);
});
const rigidArticles = rigidLabelled.map((a) => caseOf(a, {}, isRigid(a.item)));
const rigidFindings = rigidLabelled.flatMap((a) =>
  a.rigid.map((f) => caseOf(a, { rule: f.outcome, phrase: f.phrase }, isRigid(a.item))),
);
const hookFindings = hookLabelled.flatMap((a) =>
  a.hooks.map((h) => caseOf(a, { rule: `${h.source} → ${h.awb}` }, labelledHooks(a.item).includes(h.awb))),
);

// A regulation drawn into two sets must not train the verifier that scores the other.
const regulationsOf = new Map<string, Set<string>>();
for (const a of [...rigidLabelled, ...hookLabelled]) (regulationsOf.get(a.set) ?? regulationsOf.set(a.set, new Set()).get(a.set)!).add(a.item.bwbId);
const sameRegulation = (c: Case, heldOut: string) => regulationsOf.get(heldOut)?.has(c.bwbId) ?? false;
/** What may not train the model that scores a set: its regulations, and in forward mode every later set. */
const notBefore = (c: Case, heldOut: string) => sameRegulation(c, heldOut) || (FORWARD && setOrder.get(c.set)! > setOrder.get(heldOut)!);
const toExamples = (cases: readonly Case[]) => cases.map((c) => ({ features: c.features, label: c.right }));

function fitScores(train: readonly Case[]): (c: Case) => number {
  const model = trainLogistic(toExamples(train));
  return (c) => scoreLogistic(model, c.features);
}

/** Trained on `train` only: the threshold from inner cross-validation by set, then the model on all of `train`. */
function fitKeep(train: readonly Case[]): (c: Case) => number {
  const inner = crossValidate(train, (c) => String(setOrder.get(c.set)! % INNER_FOLDS), sameRegulation, fitScores);
  const threshold = thresholdForPrecision(train.map((c, i) => ({ score: inner[i]!, label: c.right })), TARGET);
  const score = fitScores(train);
  return (c) => (score(c) >= threshold ? 1 : 0);
}

const bySet = (c: Case) => c.set;
const pct = (x: number) => x.toFixed(3);
const interval = (hits: number, n: number) => wilson(hits, n).map(pct).join(', ');

/** One row: precision of the kept findings with its interval, the share of true findings kept, and recall. */
function row(name: string, cases: readonly Case[], kept: (c: Case, i: number) => boolean, recall: (keptCases: Case[]) => string) {
  const k = cases.filter((c, i) => counted(c) && kept(c, i));
  const right = k.filter((c) => c.right).length;
  const allRight = cases.filter((c) => counted(c) && c.right).length;
  console.log(
    `  ${name.padEnd(26)} P ${pct(right / Math.max(1, k.length))} (${right}/${k.length}) [${interval(right, k.length)}]` +
      `  true kept ${right}/${allRight}  ${recall(k)}`,
  );
}

function verifierTable(title: string, cases: readonly Case[], recall: (keptCases: Case[]) => string) {
  const scores = crossValidate(cases, bySet, notBefore, fitScores);
  const keep = crossValidate(cases, bySet, notBefore, fitKeep);
  console.log(title);
  row('rules at freeze', cases, () => true, recall);
  for (const t of THRESHOLDS) row(`+ verifier ≥ ${t}`, cases, (_, i) => scores[i]! >= t, recall);
  row(`+ verifier, nested P≥${TARGET}`, cases, (_, i) => keep[i] === 1, recall);
}

const rigidCount = rigidArticles.filter((c) => counted(c) && c.right).length;
const rigidRecall = (kept: Case[]) => {
  const found = new Set(kept.filter((c) => c.right).map((c) => c.article)).size;
  return `R ${pct(found / rigidCount)} (${found}/${rigidCount} rigid articles)`;
};
const hookArticleCount = hookLabelled.filter(counted).length;
const hookCount = hookLabelled.filter(counted).reduce((n, a) => n + labelledHooks(a.item).length, 0);
const hookRecall = (kept: Case[]) => {
  const right = kept.filter((c) => c.right).length;
  const articles = new Set(kept.map((c) => c.article)).size;
  return `R ${pct(right / hookCount)} (of ${hookCount} labelled hooks)  articles with a hook ${articles}/${hookArticleCount}`;
};

console.log(
  FORWARD
    ? `== ${FREEZES.length - 1} held-out sets (all but the first), each with the rules of its own freeze; each scored by what was trained on the sets before it`
    : `== ${FREEZES.length} held-out sets, each with the rules of its own freeze; verifier by leave-one-set-out`,
);
verifierTable(`rigid findings (right: the article is labelled rigid), ${rigidFindings.filter(counted).length} findings`, rigidFindings, rigidRecall);
verifierTable(`Awb hook findings (right: the article is labelled with that hook), ${hookFindings.filter(counted).length} findings`, hookFindings, hookRecall);

// Label-only baseline: the learner alone on every candidate article, no rule; and a hybrid that sees the rules'
// findings of the article as features (does a classifier gain from the rules?).
const firedRigid = (a: Article) => [a.rigid.length > 0 ? 'fired' : 'fired:none', ...a.rigid.map((f) => `fired:${f.outcome}`)];
const rigidHybrid = rigidLabelled.map((a) => caseOf(a, { phrase: a.rigid.map((f) => f.phrase).join(' ') }, isRigid(a.item), firedRigid(a)));
const rulesRigidArticles = new Set(rigidFindings.map((c) => c.article));
console.log(`label-only baseline, rigid: every candidate article (${rigidArticles.length}) scored`);
row('rules at freeze (articles)', rigidArticles, (c) => rulesRigidArticles.has(c.article), rigidRecall);
const articleScores = crossValidate(rigidArticles, bySet, notBefore, fitScores);
for (const t of THRESHOLDS) row(`classifier ≥ ${t}`, rigidArticles, (_, i) => articleScores[i]! >= t, rigidRecall);
const articleKeep = crossValidate(rigidArticles, bySet, notBefore, fitKeep);
row(`classifier, nested P≥${TARGET}`, rigidArticles, (_, i) => articleKeep[i] === 1, rigidRecall);
const hybridScores = crossValidate(rigidHybrid, bySet, notBefore, fitScores);
for (const t of THRESHOLDS) row(`hybrid ≥ ${t}`, rigidHybrid, (_, i) => hybridScores[i]! >= t, rigidRecall);

// Hooks without rules: one classifier per Awb article that is labelled often enough to learn from.
const learnable = learnableHooks(hookLabelled.map((a) => a.item), MIN_HOOK_LABELS);
const firedHooks = (a: Article, awb: string) => [
  a.hooks.some((h) => h.awb === awb) ? 'fired:this' : 'fired:not-this',
  ...a.hooks.map((h) => `fired:${h.source} → ${h.awb}`),
];
const pairs: Case[] = [];
const hybridPairs: Case[] = [];
const pairScores: number[] = [];
const pairKeep: number[] = [];
const hybridPairScores: number[] = [];
for (const awb of learnable) {
  const cases = hookLabelled.map((a) => caseOf(a, {}, labelledHooks(a.item).includes(awb)));
  pairs.push(...cases);
  pairScores.push(...crossValidate(cases, bySet, notBefore, fitScores));
  pairKeep.push(...crossValidate(cases, bySet, notBefore, fitKeep));
  const hybrid = hookLabelled.map((a) => caseOf(a, {}, labelledHooks(a.item).includes(awb), firedHooks(a, awb)));
  hybridPairs.push(...hybrid);
  hybridPairScores.push(...crossValidate(hybrid, bySet, notBefore, fitScores));
}
console.log(`label-only baseline, hooks: one classifier per Awb article labelled ≥ 20 times (${learnable.join(' ')})`);
for (const t of THRESHOLDS) row(`classifier ≥ ${t}`, pairs, (_, i) => pairScores[i]! >= t, hookRecall);
row(`classifier, nested P≥${TARGET}`, pairs, (_, i) => pairKeep[i] === 1, hookRecall);
console.log(`  per Awb article, nested P≥${TARGET}:`);
learnable.forEach((awb, a) => {
  const from = a * hookLabelled.length;
  row(awb, pairs.slice(from, from + hookLabelled.length), (_, i) => pairKeep[from + i] === 1, () => '');
});
for (const t of THRESHOLDS) row(`hybrid ≥ ${t}`, hybridPairs, (_, i) => hybridPairScores[i]! >= t, hookRecall);
