// The Awb hook classifier as shipped (issue #23, "Hooks from the tested classifier"): round 39's label-only logistic
// models, one per learnable Awb article, trained by `npm run train:hooks` exactly as the undrawn sets tested them and
// written to hook-model.json with negligible weights dropped and the rest rounded, only as far as every labelled
// article keeps the full model's decision. Pure: the caller hands in the parsed file.
import { scoreLogistic, type Model, type TrainOptions } from './verifier';

/** Fixed before the undrawn sets' labels existed (docs/analysis.md, "Undrawn 1"); not tuned since. */
export const HOOK_THRESHOLD = 0.7;

export interface HookModelFile {
  provenance: {
    /** The label files trained on (test/analysis-labels/<name>.json) and the sha-256 of their contents together. */
    labelFiles: string[];
    labelsSha256: string;
    options: TrainOptions;
    minHookLabels: number;
    threshold: number;
    /** Weights rounded to `decimals`; none larger than `maxDropped` dropped; kept per Awb article, of those trained. */
    decimals: number;
    maxDropped: number;
    kept: Record<string, { features: number; of: number }>;
    /** Labelled articles on which the shipped decisions were checked equal to the full model's. */
    checkedOn: number;
    trainedAt: string;
    gitCommit: string;
  };
  /** Per Awb article: bias and the weight of each kept feature (features as verifierFeatures names them). */
  models: Record<string, { bias: number; weights: Record<string, number> }>;
}

export interface HookModel {
  threshold: number;
  models: ReadonlyArray<Model & { awb: string }>;
}

export function hookModelOf(file: HookModelFile): HookModel {
  return {
    threshold: file.provenance.threshold,
    models: Object.entries(file.models).map(([awb, m]) => ({ awb, bias: m.bias, weights: new Map(Object.entries(m.weights)) })),
  };
}

/** Each learnable Awb article with the model's probability that the article's hook is right. */
export function hookScores(model: HookModel, features: readonly string[]): Array<{ awb: string; score: number }> {
  return model.models.map((m) => ({ awb: m.awb, score: scoreLogistic(m, features) }));
}
