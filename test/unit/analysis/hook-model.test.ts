// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HookModelFile } from '../../../utils/analysis/hook-model';
import { shippedHookModel } from '../../../utils/analysis/shipped-hook-model';
import { DEFAULT_TRAIN, MIN_HOOK_LABELS, scoreLogistic, type Model } from '../../../utils/analysis/verifier';
import { allLabelledHookItems, HOOK_COMPACTION, HOOK_TRAINING_FILES, hookFeatures, shippedHookModels, trainHookClassifier } from '../../../scripts/lib/hook-training';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../../utils/analysis/hook-model.json'), 'utf8')) as HookModelFile;

// The shipped model must be the one eval:undrawn tested: retrained here exactly as `npm run train:hooks` does (a few
// seconds), its decisions compared on every labelled article there is.
describe('hook-model.json: the tested classifier, compacted without changing a decision', () => {
  let full: Map<string, Model>;
  let checked: string[][];
  beforeAll(() => {
    full = trainHookClassifier();
    checked = allLabelledHookItems().map(hookFeatures);
  }, 60_000);

  it('records how it was trained: the 43 held-out sets, DEFAULT_TRAIN, MIN_HOOK_LABELS, threshold 0.7', () => {
    expect(file.provenance).toMatchObject({
      labelFiles: [...HOOK_TRAINING_FILES],
      options: DEFAULT_TRAIN,
      minHookLabels: MIN_HOOK_LABELS,
      threshold: 0.7,
      decimals: HOOK_COMPACTION.decimals,
      maxDropped: HOOK_COMPACTION.maxDropped,
      checkedOn: checked.length,
    });
    expect(file.provenance.labelFiles).toHaveLength(43);
    expect(file.provenance.gitCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(file.models).sort()).toEqual([...full.keys()].sort());
  });

  it('is what `npm run train:hooks` writes from the labels as they are', () => {
    const shipped = shippedHookModels(full, checked);
    for (const [awb, m] of shipped) {
      expect(file.models[awb]!.bias).toBe(m.bias);
      expect(file.models[awb]!.weights).toEqual(Object.fromEntries(m.weights));
      expect(file.provenance.kept[awb]).toEqual({ features: m.weights.size, of: full.get(awb)!.weights.size });
    }
  }, 60_000);

  it('decides as the full-precision model on every labelled article (43 held-out sets, undrawn 1 and 2)', () => {
    expect(checked.length).toBeGreaterThan(4800);
    const shipped = new Map(shippedHookModel().models.map((m) => [m.awb, m]));
    for (const [awb, model] of full) {
      const differ = checked.filter((f) => scoreLogistic(model, f) >= 0.7 !== scoreLogistic(shipped.get(awb)!, f) >= 0.7);
      expect(differ, awb).toEqual([]);
    }
  });
});
