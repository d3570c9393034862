// The label-only Awb hook classifier of round 39, trained exactly as the undrawn test fixed it: one logistic model per
// Awb article labelled at least MIN_HOOK_LABELS times in the 43 held-out sets, on all their labelled candidate
// articles, with DEFAULT_TRAIN. Shared by `npm run eval:undrawn` (which measured it) and `npm run train:hooks` (which
// ships it), so the shipped model cannot drift from the tested one.
import { labelledHooks, learnableHooks, type StatuteLabel } from '../../utils/analysis/evaluate-statute';
import { DEFAULT_TRAIN, MIN_HOOK_LABELS, scoreLogistic, trainLogistic, verifierFeatures, type Model } from '../../utils/analysis/verifier';
import { HOOK_THRESHOLD } from '../../utils/analysis/hook-model';
import { FREEZES, labelItems } from './freezes';
import { labelledSet, undrawnSets } from './undrawn';

/** The label files the classifier is trained on, in order. */
export const HOOK_TRAINING_FILES: readonly string[] = FREEZES.map(([set]) => `hooks-${set}`);

export const hookTrainingItems = (): StatuteLabel[] => HOOK_TRAINING_FILES.flatMap(labelItems);

export const hookFeatures = (i: Pick<StatuteLabel, 'text' | 'kind'>) => verifierFeatures({ text: i.text, kind: i.kind });

/** One full-precision model per learnable Awb article. */
export function trainHookClassifier(training: readonly StatuteLabel[] = hookTrainingItems()): Map<string, Model> {
  const trainingFeatures = training.map(hookFeatures);
  const models = new Map<string, Model>();
  for (const awb of learnableHooks(training, MIN_HOOK_LABELS)) {
    models.set(awb, trainLogistic(training.map((i, j) => ({ features: trainingFeatures[j]!, label: labelledHooks(i).includes(awb) })), DEFAULT_TRAIN));
  }
  return models;
}

export interface CompactOptions {
  threshold: number;
  /** Decimals each weight is rounded to. */
  decimals: number;
  /** No weight larger than this (in size) is dropped, so only negligible ones go. */
  maxDropped: number;
}

/** Chosen once (docs/analysis.md, "Hooks from the tested classifier"): 3 decimals, weights up to 0.02 may go. */
export const HOOK_COMPACTION: CompactOptions = { threshold: HOOK_THRESHOLD, decimals: 3, maxDropped: 0.02 };

/**
 * The model with its weights rounded to `decimals` and, smallest first up to `maxDropped`, each weight dropped whose
 * loss leaves the decision (score ≥ threshold) of every one of `features` as the full model's; a weight that would flip
 * one is kept. Throws when rounding alone changes a decision.
 */
export function compactModel(model: Model, features: ReadonlyArray<readonly string[]>, { threshold, decimals, maxDropped }: CompactOptions): Model {
  const round = (x: number) => Number(x.toFixed(decimals));
  const cut = Math.log(threshold / (1 - threshold));
  const full = features.map((f) => scoreLogistic(model, f) >= threshold);
  const weights = new Map([...model.weights].map(([f, w]) => [f, round(w)] as [string, number]).filter(([, w]) => w !== 0));
  const rounded = { bias: round(model.bias), weights };
  // z - cut per article under the weights kept so far; a decision holds while its sign does.
  const margin = features.map((f) => Math.log(scoreLogistic(rounded, f) / (1 - scoreLogistic(rounded, f))) - cut);
  if (margin.some((m, i) => m >= 0 !== full[i])) throw new Error(`rounding to ${decimals} decimals changes a decision`);
  const holding = new Map<string, number[]>();
  features.forEach((fs, i) => {
    for (const f of fs) {
      if (!weights.has(f)) continue;
      const items = holding.get(f);
      if (items) items.push(i);
      else holding.set(f, [i]);
    }
  });
  const smallestFirst = [...weights].sort((a, b) => Math.abs(a[1]) - Math.abs(b[1]) || (a[0] < b[0] ? -1 : 1));
  for (const [f, w] of smallestFirst) {
    if (Math.abs(w) > maxDropped) break;
    const items = holding.get(f) ?? [];
    if (items.some((i) => margin[i]! - w >= 0 !== full[i])) continue;
    for (const i of items) margin[i] = margin[i]! - w;
    weights.delete(f);
  }
  const changed = features.filter((f, i) => scoreLogistic(rounded, f) >= threshold !== full[i]).length;
  if (changed > 0) throw new Error(`compaction changed ${changed} decisions`);
  return rounded;
}

/** Every labelled candidate article there is for hooks: the 43 held-out sets' and the undrawn sets'. */
export const allLabelledHookItems = (): StatuteLabel[] => [...hookTrainingItems(), ...undrawnSets().flatMap((set) => labelledSet(set).hooks)];

/** The shipped models: each full model compacted against the decisions on `checked` (features of labelled articles). */
export function shippedHookModels(full: ReadonlyMap<string, Model>, checked: ReadonlyArray<readonly string[]>): Map<string, Model> {
  return new Map([...full].map(([awb, m]) => [awb, compactModel(m, checked, HOOK_COMPACTION)]));
}
