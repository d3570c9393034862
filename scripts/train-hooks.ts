// Trains the shipped Awb hook classifier exactly as `npm run eval:undrawn` tested it (scripts/lib/hook-training.ts)
// and writes utils/analysis/hook-model.json: each model rounded and cut to the weights that matter (HOOK_COMPACTION),
// only as far as its decisions on every labelled article stay the full model's. Usage: npm run train:hooks
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_TRAIN, MIN_HOOK_LABELS, scoreLogistic, verifierFeatures } from '../utils/analysis/verifier';
import { liveArticles, parseCorpus } from '../utils/analysis/corpus';
import { CORPUS_DIR } from './lib/shared-dir';
import type { HookModelFile } from '../utils/analysis/hook-model';
import { allLabelledHookItems, HOOK_COMPACTION, HOOK_TRAINING_FILES, hookFeatures, shippedHookModels, trainHookClassifier } from './lib/hook-training';

const OUT = new URL('../utils/analysis/hook-model.json', import.meta.url);
const LABELS = new URL('../test/analysis-labels/', import.meta.url);

const labelsSha256 = createHash('sha256');
for (const file of HOOK_TRAINING_FILES) labelsSha256.update(readFileSync(new URL(`${file}.json`, LABELS)));
const full = trainHookClassifier();
const checked = allLabelledHookItems().map(hookFeatures);
const shipped = shippedHookModels(full, checked);
const file: HookModelFile = {
  provenance: {
    labelFiles: [...HOOK_TRAINING_FILES],
    labelsSha256: labelsSha256.digest('hex'),
    options: DEFAULT_TRAIN,
    minHookLabels: MIN_HOOK_LABELS,
    threshold: HOOK_COMPACTION.threshold,
    decimals: HOOK_COMPACTION.decimals,
    maxDropped: HOOK_COMPACTION.maxDropped,
    kept: Object.fromEntries([...shipped].map(([awb, m]) => [awb, { features: m.weights.size, of: full.get(awb)!.weights.size }])),
    checkedOn: checked.length,
    trainedAt: new Date().toISOString(),
    gitCommit: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
  },
  models: Object.fromEntries([...shipped].map(([awb, m]) => [awb, { bias: m.bias, weights: Object.fromEntries([...m.weights].sort(([a], [b]) => (a < b ? -1 : 1))) }])),
};
// One line per model keeps the file small and its provenance readable.
const text = `{\n"provenance": ${JSON.stringify(file.provenance, null, 1)},\n"models": {\n${Object.entries(file.models)
  .map(([awb, m]) => `${JSON.stringify(awb)}: ${JSON.stringify(m)}`)
  .join(',\n')}\n}\n}\n`;
writeFileSync(OUT, text);
const features = Object.values(file.models).reduce((n, m) => n + Object.keys(m.weights).length, 0);
console.log(`hook-model.json: ${features} weights in ${shipped.size} models (${[...shipped.keys()].join(' ')}), decisions equal on ${checked.length} labelled articles`);
console.log(`${(text.length / 1024).toFixed(1)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);

// How far the compaction reaches beyond what it was checked on: the corpus laws' articles (no labels, not checked), all
// read as a wet (their files name no kind).
if (existsSync(CORPUS_DIR)) {
  const corpus = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => liveArticles(parseCorpus(readFileSync(join(CORPUS_DIR, f), 'utf8'))).map((a) => verifierFeatures({ text: a.text, kind: 'wet' })));
  let shown = 0;
  let differ = 0;
  for (const [awb, model] of full) {
    for (const f of corpus) {
      const decision = scoreLogistic(model, f) >= HOOK_COMPACTION.threshold;
      if (decision) shown++;
      if (decision !== scoreLogistic(shipped.get(awb)!, f) >= HOOK_COMPACTION.threshold) differ++;
    }
  }
  console.log(`corpus laws (not checked on): ${corpus.length} articles, ${shown} hooks by the full model; ${differ} of ${corpus.length * full.size} decisions differ`);
}
