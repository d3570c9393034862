// Maintenance script: fills textHash of every seeded article target from the corpus.
// Run after editing signals.json:  npx tsx server/seed/fill-hashes.ts [corpusDir]
import { writeFileSync } from 'node:fs';
import { DEFAULT_CORPUS_DIR, corpusHash } from './corpus-hash';
import { SEED_FILE, parseSeed, readSeedText } from './schema';

function main(): void {
  const corpusDir = process.argv[2] ?? DEFAULT_CORPUS_DIR;
  const raw = JSON.parse(readSeedText()) as { signals: Array<{ targets: Array<Record<string, unknown>> }> };
  const seed = parseSeed(readSeedText());
  let filled = 0;
  seed.signals.forEach((signal, i) => {
    signal.targets.forEach((target, j) => {
      const hash = corpusHash(corpusDir, target.bwbId, target.label);
      const rawTarget = raw.signals[i]?.targets[j];
      if (!rawTarget) return;
      rawTarget['textHash'] = hash;
      if (hash) filled += 1;
    });
  });
  writeFileSync(SEED_FILE, JSON.stringify(raw, null, 2) + '\n');
  console.log(`textHash set on ${filled} targets`);
}

main();
