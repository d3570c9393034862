import { describe, expect, it } from 'vitest';
import {
  crossValidate, scoreLogistic, thresholdForPrecision, trainLogistic, verifierFeatures, type Example,
} from '../../../utils/analysis/verifier';

describe('verifierFeatures', () => {
  it('gives stems, stem bigrams, kind and length, and crosses cue words with the rule', () => {
    const f = verifierFeatures({ text: 'De subsidie wordt geweigerd, tenzij het college anders besluit.', kind: 'wet', rule: 'weigering' });
    expect(f).toContain('w:subsid');
    expect(f).toContain('b:wordt geweig');
    expect(f).toContain('kind:wet');
    expect(f).toContain('len:3');
    expect(f).toContain('rule:weigering');
    expect(f).toContain('rule:weigering|kind:wet');
    expect(f).toContain('rule:weigering|cue:tenzij');
    expect(f).not.toContain('rule:weigering|cue:kan');
  });

  it('has no rule features for the label-only baseline, and phrase features only with a phrase', () => {
    const f = verifierFeatures({ text: 'De vergunning wordt ingetrokken.', kind: 'amvb' });
    expect(f.some((x) => x.startsWith('rule:') || x.startsWith('p:'))).toBe(false);
    expect(verifierFeatures({ text: 'x', kind: 'wet', phrase: 'wordt ingetrokken' })).toContain('p:ingetr');
  });

  it('lists each feature once', () => {
    const f = verifierFeatures({ text: 'kan kan kan', kind: 'wet' });
    expect(f.filter((x) => x === 'w:kan')).toHaveLength(1);
  });
});

// A written toy problem: a finding is right unless "kan" (a power, not an obligation) is present.
const toy: Example[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ features: ['w:wordt', `w:noise${i % 3}`], label: true })),
  ...Array.from({ length: 8 }, (_, i) => ({ features: ['w:wordt', 'w:kan', `w:noise${i % 3}`], label: false })),
];

describe('trainLogistic', () => {
  it('learns a separating word and scores unseen combinations by it', () => {
    const model = trainLogistic(toy);
    expect(model.weights.get('w:kan')!).toBeLessThan(-1);
    expect(scoreLogistic(model, ['w:wordt'])).toBeGreaterThan(0.7);
    expect(scoreLogistic(model, ['w:wordt', 'w:kan'])).toBeLessThan(0.3);
  });

  it('is deterministic', () => {
    expect([...trainLogistic(toy).weights]).toEqual([...trainLogistic(toy).weights]);
  });

  it('drops features seen in fewer examples than minCount', () => {
    const model = trainLogistic([...toy, { features: ['w:once'], label: true }], {
      iterations: 50, learningRate: 0.3, l2: 0.001, minCount: 2,
    });
    expect(model.weights.has('w:once')).toBe(false);
  });

  it('scores the base rate when there are no features', () => {
    const model = trainLogistic([
      { features: [], label: true }, { features: [], label: true }, { features: [], label: true }, { features: [], label: false },
    ], { iterations: 2000, learningRate: 0.5, l2: 0, minCount: 1 });
    expect(scoreLogistic(model, [])).toBeCloseTo(0.75, 2);
  });
});

describe('thresholdForPrecision', () => {
  const scored = [
    { score: 0.9, label: true }, { score: 0.8, label: true }, { score: 0.7, label: false },
    { score: 0.6, label: true }, { score: 0.5, label: false }, { score: 0.4, label: false },
  ];

  it('keeps the most examples that still reach the target', () => {
    expect(thresholdForPrecision(scored, 0.75)).toBe(0.6); // 3 of 4
    expect(thresholdForPrecision(scored, 0.9)).toBe(0.8); // 2 of 2
    expect(thresholdForPrecision(scored, 0.5)).toBe(0.4); // 3 of 6
  });

  it('keeps nothing when no threshold reaches the target', () => {
    expect(thresholdForPrecision([{ score: 0.9, label: false }], 0.9)).toBe(Infinity);
  });

  it('does not split tied scores', () => {
    expect(thresholdForPrecision([{ score: 0.9, label: true }, { score: 0.9, label: false }], 0.9)).toBe(Infinity);
  });
});

describe('crossValidate', () => {
  it('scores each group with what was fitted on the other groups only, minus the excluded', () => {
    const items = [
      { group: 'a', id: 'r1', y: 1 }, { group: 'a', id: 'r2', y: 1 },
      { group: 'b', id: 'r3', y: 0 }, { group: 'c', id: 'r1', y: 5 },
    ];
    // The "model" is the mean of the training ys; r1 is one regulation, so group c's r1 may not train group a.
    const scores = crossValidate(
      items,
      (x) => x.group,
      (x, heldOut) => items.some((h) => h.group === heldOut && h.id === x.id),
      (train) => () => train.reduce((s, x) => s + x.y, 0) / train.length,
    );
    expect(scores).toEqual([0, 0, 7 / 3, 1 / 2]);
  });
});
