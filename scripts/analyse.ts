// Prints one JSON line per article of a corpus file: clause class, span, covered provisions, Awb hooks and
// rigid provisions (with the own clause or Awb article that covers them, read over the whole regulation).
// Usage: npm run -s analyse -- <corpus.json>
import { readFileSync } from 'node:fs';
import { analyseRegulation } from '../utils/analysis/analyse';
import { liveArticles, parseCorpus, type CorpusFile } from '../utils/analysis/corpus';
import { regulationOptions } from '../utils/analysis/inventory';

function fail(message: string): never {
  process.stderr.write(`analyse: ${message}\n`);
  process.exit(2);
}

// `| head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

const path = process.argv[2];
if (!path) fail('usage: npm run -s analyse -- <corpus.json>');

let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (e) {
  fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}

let file: CorpusFile;
try {
  file = parseCorpus(text);
} catch (e) {
  fail(`${path}: ${(e as Error).message}`);
}

for (const r of analyseRegulation(file.bwbId, liveArticles(file), regulationOptions(file)).articles) {
  process.stdout.write(
    `${JSON.stringify({ bwbId: r.bwbId, label: r.label, clause: r.clause, span: r.span, covers: r.covers, hooks: r.hooks, rigid: r.rigid })}\n`,
  );
}
