// The statute book's inventory (issue #24): runs the clause and rigid-provision analysis over every
// regulation and writes the register (JSON, optionally gzipped), one CSV row per finding, and a summary.
// Usage: npm run -s inventory -- (--laws-markdown <dir or git dir> | --bwb-xml <dir>) --out <dir>
//        [--gzip] [--workers 2] [--limit N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { Register, type RegisterRegulation } from '../utils/contract/register';
import { registerToCsv } from '../server/register/csv';
import { summarise, summaryMarkdown } from '../server/register/summary';
import { bwbXmlSource, lawsMarkdownSource, type Source } from './lib/inventory-sources';
import type { SourceFile, WorkerResult } from './lib/inventory-worker';

const BATCH = 40;

function fail(message: string): never {
  process.stderr.write(`inventory: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    'laws-markdown': { type: 'string' },
    'bwb-xml': { type: 'string' },
    out: { type: 'string' },
    gzip: { type: 'boolean', default: false },
    workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    limit: { type: 'string' },
  },
});
if (!values.out || !!values['laws-markdown'] === !!values['bwb-xml']) {
  fail('usage: npm run -s inventory -- (--laws-markdown <dir> | --bwb-xml <dir>) --out <dir> [--gzip] [--workers N] [--limit N]');
}
const workerCount = Math.max(1, Number(values.workers) || 1);
const limit = values.limit ? Number(values.limit) : Infinity;

/** Progress on stderr: a bar on a terminal, a line every 10% otherwise. */
function progress(total: number): (done: number) => void {
  const started = performance.now();
  let lastTenth = -1;
  return (done) => {
    const share = total === 0 ? 1 : done / total;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (process.stderr.isTTY) {
      const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '-');
      process.stderr.write(`\r[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${seconds} s`);
      if (done === total) process.stderr.write('\n');
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`inventory: ${done}/${total} (${(share * 100).toFixed(0)}%) ${seconds} s\n`);
    }
  };
}

/** Sends batches round-robin to the workers, at most two outstanding each, and gathers the entries. */
async function analyseAll(source: Source): Promise<{ entries: RegisterRegulation[]; failures: WorkerResult['failures'] }> {
  // Node 20 does not pass tsx's loader to worker threads: each worker registers it, then loads the module.
  const script = new URL('./lib/inventory-worker.ts', import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(script)});`;
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`)));
  const results: WorkerResult[] = [];
  const tick = progress(source.count);
  let done = 0;
  let outstanding = 0;
  let wake: (() => void) | null = null;
  let crashed: Error | null = null;
  for (const w of workers) {
    w.on('message', (r: WorkerResult) => {
      results.push(r);
      done += r.entries.length + r.failures.length;
      outstanding--;
      tick(done);
      wake?.();
    });
    w.on('error', (e) => {
      crashed = e;
      wake?.();
    });
  }
  const waitBelow = async (n: number) => {
    while (outstanding >= n && !crashed) await new Promise<void>((r) => (wake = r));
    if (crashed) throw crashed;
  };
  let batch: SourceFile[] = [];
  let index = 0;
  const send = async () => {
    await waitBelow(workerCount * 2);
    workers[index % workerCount]!.postMessage({ batch: index, files: batch });
    index++;
    outstanding++;
    batch = [];
  };
  for await (const file of source.files) {
    batch.push(file);
    if (batch.length === BATCH) await send();
  }
  if (batch.length) await send();
  await waitBelow(1);
  await Promise.all(workers.map((w) => w.terminate()));
  tick(done);
  results.sort((a, b) => a.batch - b.batch);
  return { entries: results.flatMap((r) => r.entries), failures: results.flatMap((r) => r.failures) };
}

/** One entry per BWB id: a regulation filed twice in the source keeps the text with more articles. */
function oneEach(entries: RegisterRegulation[]): RegisterRegulation[] {
  const byId = new Map<string, RegisterRegulation>();
  for (const e of entries) {
    const seen = byId.get(e.bwbId);
    if (!seen || e.articleCount > seen.articleCount) byId.set(e.bwbId, e);
  }
  return [...byId.values()].sort((a, b) => a.bwbId.localeCompare(b.bwbId));
}

/** CPU time of the whole process, worker threads included. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
const started = performance.now();

let source: Source;
try {
  source = values['laws-markdown'] ? lawsMarkdownSource(values['laws-markdown'], limit) : bwbXmlSource(values['bwb-xml']!, limit);
} catch (e) {
  fail((e as Error).message);
}
const { entries, failures } = await analyseAll(source);
const register: Register = Register.parse({ source: source.info, generated: new Date().toISOString(), regulations: oneEach(entries) });

mkdirSync(values.out, { recursive: true });
const json = JSON.stringify(register);
const registerFile = join(values.out, values.gzip ? 'register.json.gz' : 'register.json');
writeFileSync(registerFile, values.gzip ? gzipSync(json, { level: 9 }) : json);
writeFileSync(join(values.out, 'register.csv'), registerToCsv(register));
writeFileSync(join(values.out, 'summary.md'), summaryMarkdown(register));
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const s = summarise(register);
for (const f of failures) process.stderr.write(`inventory: skipped ${f.path}: ${f.message}\n`);
process.stderr.write(
  `inventory: ${s.regulations} regulations (${source.count} files, ${failures.length} skipped), ${s.withGeneral} with a general clause, ` +
    `${s.rigid} rigid provisions, ${s.uncovered} not covered; ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
    `cpu ${cpuSeconds().toFixed(1)} s, peak ${(peakRss / 1e6).toFixed(0)} MB (main process incl. ${workerCount} worker threads); wrote ${registerFile}\n`,
);
