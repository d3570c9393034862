// A small learned verifier for the rules' findings (issue #23, round 39): sparse binary features of an article (stem
// n-grams, the rule that fired, the regulation kind, its length) and an L2-regularised logistic regression trained by
// full-batch AdaGrad, so the result depends only on the data and the options (no randomness, no dependencies).
// Used by scripts/eval-verifier.ts to judge, by cross-validation over the held-out sets, whether such a verifier
// raises held-out precision. The product's Awb hooks use its features and scoring (hook-model.ts, the label-only
// classifier tested on the undrawn sets); the training runs only in scripts (scripts/lib/hook-training.ts).

/** What the verifier may see of one finding (or, without rule, of one candidate article) at runtime. */
export interface VerifierInput {
  text: string;
  /** Regulation kind as the labels spell it ("wet", "amvb", "ministeriele-regeling", …). */
  kind: string;
  /** The rule or outcome that fired ("weigering", "evenredigheid → 3:4"); absent for the label-only baseline. */
  rule?: string;
  /** The phrase the rule matched, when it reports one. */
  phrase?: string;
}

/** Words whose presence the rules themselves weigh: crossed with the rule, so their meaning may differ per rule. */
const CUES: readonly string[] = [
  'kan', 'kunnen', 'bevoegd', 'tenzij', 'indien', 'minister', 'college', 'wordt', 'worden', 'dringende', 'afzien',
  'gedeeltelijk', 'onverminderd', 'vervalt', 'verstaan', 'aanvrager', 'subsidie', 'vergunning',
];

/** A crude stem: the first six letters; Dutch inflections mostly change the end of a word. */
const stem = (word: string) => word.slice(0, 6);

const wordsOf = (text: string) => text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];

/** The distinct feature names of one input. */
export function verifierFeatures({ text, kind, rule, phrase }: VerifierInput): string[] {
  const words = wordsOf(text);
  const stems = words.map(stem);
  const out = new Set<string>([`kind:${kind}`, `len:${Math.min(10, Math.floor(Math.log2(words.length + 1)))}`]);
  stems.forEach((s, i) => {
    out.add(`w:${s}`);
    if (i > 0) out.add(`b:${stems[i - 1]} ${s}`);
  });
  if (rule !== undefined) {
    out.add(`rule:${rule}`);
    out.add(`rule:${rule}|kind:${kind}`);
    const present = new Set(words);
    for (const cue of CUES) if (present.has(cue)) out.add(`rule:${rule}|cue:${cue}`);
  }
  for (const word of wordsOf(phrase ?? '')) out.add(`p:${stem(word)}`);
  return [...out];
}

export interface Example {
  features: readonly string[];
  label: boolean;
}

export interface TrainOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty per weight, on the mean log loss. */
  l2: number;
  /** Features seen in fewer training examples than this are dropped (noise from one article). */
  minCount: number;
}

/** A hook classifier is trained only for Awb articles labelled at least this often (round 39, undrawn 1 and 2). */
export const MIN_HOOK_LABELS = 20;

export const DEFAULT_TRAIN: TrainOptions = { iterations: 150, learningRate: 0.3, l2: 0.001, minCount: 2 };

export interface Model {
  weights: ReadonlyMap<string, number>;
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression by full-batch AdaGrad; deterministic for given examples and options. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= options.minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const sumSq = new Float64Array(names.length + 1);
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gradBias = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const j of row) z += w[j]!;
      const err = sigmoid(z) - (examples[k]!.label ? 1 : 0);
      gradBias += err;
      for (const j of row) grad[j]! += err;
    });
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / n + options.l2 * w[j]!;
      sumSq[j]! += g * g;
      if (g !== 0) w[j]! -= (options.learningRate * g) / Math.sqrt(sumSq[j]!);
    }
    const gb = gradBias / n;
    sumSq[names.length]! += gb * gb;
    if (gb !== 0) bias -= (options.learningRate * gb) / Math.sqrt(sumSq[names.length]!);
  }
  return { weights: new Map(names.map((f, i) => [f, w[i]!]).filter(([, x]) => x !== 0) as Array<[string, number]>), bias };
}

/** The model's probability that a finding with these features is right. */
export function scoreLogistic(model: Model, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}

/**
 * The lowest threshold whose kept examples (score ≥ threshold) reach the target precision, i.e. the one that keeps
 * the most while reaching it; Infinity (keep nothing) when no threshold does.
 */
export function thresholdForPrecision(scored: ReadonlyArray<{ score: number; label: boolean }>, target: number): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let right = 0;
  let best = Infinity;
  sorted.forEach((s, i) => {
    if (s.label) right++;
    const tiesFollow = i + 1 < sorted.length && sorted[i + 1]!.score === s.score;
    if (!tiesFollow && right / (i + 1) >= target) best = s.score;
  });
  return best;
}

/**
 * Cross-validation over groups: each group's items are scored by a model trained on the items of the other groups
 * that are not excluded for it (e.g. another set's article of the same regulation). Returns scores in input order.
 */
export function crossValidate<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  excluded: (trainItem: T, heldOutGroup: string) => boolean,
  fit: (train: readonly T[]) => (item: T) => number,
): number[] {
  const scores = new Array<number>(items.length).fill(NaN);
  for (const group of [...new Set(items.map(groupOf))]) {
    const score = fit(items.filter((x) => groupOf(x) !== group && !excluded(x, group)));
    items.forEach((x, i) => {
      if (groupOf(x) === group) scores[i] = score(x);
    });
  }
  return scores;
}
