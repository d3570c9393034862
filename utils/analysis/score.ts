// A precision/recall score and its interval: what the evaluations and the held-out record count in. Kept apart
// from evaluate.ts, which runs the analysis, so that the extension's panel can quote the record without it.

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  // An empty denominator means nothing was claimed or nothing was there: count it as perfect.
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/**
 * 95% Wilson score interval for a proportion of `hits` out of `n`: with the small counts of hand-labelled sets,
 * the interval says more than the point value.
 */
export function wilson(hits: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = hits / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator)];
}
