// `npm run bench`: runs every benchmark as a child process, each bounded in time, prints one table
// with the machine it ran on and writes docs/benchmarks.md. Benchmarks print numbers; nothing here
// asserts a timing. `npm run bench -- --only hostile,durability` runs a subset.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeMachine, type Machine } from './lib/machine';
import { formatValue, note, ROW_PREFIX, type BenchRow } from './lib/report';

interface Bench {
  name: string;
  script: string;
  args?: string[];
  limitMs: number;
  /** Emits BENCH-ROW lines; otherwise its plain output is kept as is. */
  rows: boolean;
  what: string;
}

const ROOT = resolve(import.meta.dirname, '..');

const BENCHES: Bench[] = [
  { name: 'content-script', script: 'bench/content-script.ts', limitMs: 20 * 60_000, rows: true, what: 'content script in Chromium on BW 7, Wet IB 2001 and Awb; bundle sizes' },
  { name: 'api-throughput', script: 'bench/api-throughput.ts', limitMs: 4 * 60_000, rows: true, what: 'GET /v1/regulations/{bwbId} with wrk, against nginx serving the same bytes; the /regeling HTML page beside its JSON' },
  { name: 'durability', script: 'bench/durability.ts', limitMs: 10 * 60_000, rows: true, what: '10,000 idempotent submissions while the server is killed (SIGKILL) 5 times' },
  { name: 'hostile', script: 'bench/hostile.ts', limitMs: 5 * 60_000, rows: true, what: '≥ 10,000 malformed and hostile requests (seeded PRNG), then the labelled personal-data corpora through every public text field' },
  { name: 'recognise', script: 'bench/recognise.ts', limitMs: 3 * 60_000, rows: false, what: 'page recognition in Node (linkedom) and on the main thread of Chromium' },
  { name: 'inventory', script: 'bench/inventory.ts', limitMs: 15 * 60_000, rows: true, what: "the statute book's inventory over the whole laws-markdown snapshot (19,681 regulations)" },
  { name: 'anchoring', script: 'bench/anchoring.ts', limitMs: 3 * 60_000, rows: false, what: 're-anchoring quotes in a 10,000-character article' },
];

interface Outcome {
  bench: Bench;
  rows: BenchRow[];
  output: string;
  status: string;
  seconds: number;
}

function runBench(bench: Bench): Promise<Outcome> {
  const started = Date.now();
  return new Promise((done) => {
    // Its own process group, so a timeout also ends the browsers and servers it started.
    const child = spawn(process.execPath, ['--import', 'tsx', bench.script, ...(bench.args ?? [])], {
      cwd: ROOT,
      env: { ...process.env, BENCH_JSON: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      process.stderr.write(d);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, bench.limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = stdout.split('\n');
      const rows = lines.filter((l) => l.startsWith(ROW_PREFIX)).map((l) => JSON.parse(l.slice(ROW_PREFIX.length)) as BenchRow);
      const output = bench.rows ? stderr : stdout;
      const status = timedOut ? `stopped after its limit of ${bench.limitMs / 60_000} min` : code === 0 ? 'ok' : `failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`;
      done({ bench, rows, output, status, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function table(rows: BenchRow[]): string[] {
  const cells = rows.map((r) => [
    r.area,
    r.metric,
    formatValue(r),
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const header = ['area', 'measure', 'value', 'target', ''];
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, c) => (c === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...cells.map(line)];
}

/** A short verdict first: which targets were met and which were missed. */
function targetLines(rows: BenchRow[]): string[] {
  const judged = rows.filter((r) => r.met !== undefined);
  const missed = judged.filter((r) => !r.met);
  return [
    `${judged.length - missed.length} of ${judged.length} targets met.`,
    ...(missed.length ? ['', 'Missed:', '', ...missed.map((r) => `- ${r.area}, ${r.metric.trim()}: ${formatValue(r)} (target ${r.target})`)] : []),
  ];
}

function machineLines(m: Machine, date: string): string[] {
  return [
    `- date: ${date}`,
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB} GiB; ${m.os}`,
    `- Node ${m.node}; ${m.chromium}`,
  ];
}

function documentation(machine: Machine, outcomes: Outcome[], allRows: BenchRow[], date: string): string {
  const plain = outcomes.filter((o) => !o.bench.rows && o.output.trim());
  return [
    '# Benchmarks',
    '',
    'Latest figures from `npm run bench` (written by `bench/run.ts`; do not edit by hand). Benchmarks print',
    'numbers and never fail on a timing; the targets are what the figures are reported against. What was changed or',
    'tried against a target, with before/after runs and traces, is written up by hand in',
    '[`docs/performance-notes.md`](performance-notes.md).',
    '',
    '## Machine',
    '',
    ...machineLines(machine, date),
    '',
    '## Targets',
    '',
    ...targetLines(allRows),
    '',
    '## Results',
    '',
    ...table(allRows),
    '',
    '## Runs',
    '',
    '| benchmark | what it measures | status | seconds |',
    '|---|---|---|---:|',
    ...outcomes.map((o) => `| \`${o.bench.script}\` | ${o.bench.what} | ${o.status.replace(/\|/g, '\\|')} | ${o.seconds.toFixed(0)} |`),
    '',
    ...plain.flatMap((o) => [`### Output of \`${o.bench.script}\``, '', '```', o.output.trim(), '```', '']),
    '## How to reproduce',
    '',
    '```sh',
    'npm ci && npm run fixtures && npm run build',
    'apt-get install -y chromium wrk nginx    # Chromium for the content script, wrk + nginx for throughput',
    'npm run bench                            # everything (about 15 minutes on 2 cores), writes this file',
    'npm run bench -- --only hostile,api-throughput',
    'npx tsx bench/content-script.ts --reps 5 # one benchmark alone, readable output',
    'npx tsx bench/content-script.ts --mode seeded --law "BW 7" --before /path/to/other/chrome-mv3',
    '                                         # one mode and law, this build against another in the same run',
    'npx tsx bench/content-script.ts --mode seeded --portal-styles DIR',
    "                                         # pages styled with the portal's own stylesheets found in DIR",
    'TEST_DATABASE_URL=postgres://… npm run bench  # also PostgreSQL for throughput and durability',
    '```',
    '',
    '## How each figure is measured',
    '',
    '- **Content script** (`bench/content-script.ts`): each fixture page is loaded in Chromium with the built',
    '  extension and in a second Chromium without it, alternately, with a DevTools trace over the load and the',
    '  next 3 s, during which nothing is asked of the page (a Playwright locator runs JavaScript over the whole',
    '  2 MB document, which the trace would count as ours; badges are counted afterwards through the DevTools DOM',
    '  domain). The fixture pages carry no scripts, so every main-thread task that runs JavaScript is the content',
    '  script\'s (loading it, recognition, messaging, mounting, the analysis of articles near the viewport).',
    '  A frame (layout, pre-paint, paint) after it started counts as the extension\'s only when its own scripts',
    '  alone changed the page since the frame before (the trace\'s `ScheduleStyleRecalculation` and',
    '  `InvalidateLayout` events, each inside a script or not): the content script is injected before the page\'s',
    '  `load`, and the page\'s last frames of its own load often come after it. A task can hold both: an',
    '  observer callback runs inside the frame it observes. Its script time is then the task less the frame\'s',
    '  own layout, pre-paint, paint and commit (layout a script forces inside its own call stays script time).',
    '  Figures are medians over the visits. "Longest task" is the longest whole task (script or rendering) over',
    '  all visits (target: none over 50 ms), also shown for the median visit; next to it, the page\'s floor: the',
    '  render task after inserting one plain `<span>` into an article heading without the extension, at three',
    '  headings per visit, median and max (any insertion costs a 2–3 MB page a relayout and pre-paint, and this',
    '  machine\'s noise shows in the max). Then the reader scrolls',
    '  through the whole law with the mouse wheel, two screens per step (the overlay looks two screens ahead),',
    '  in a second trace: the script time and longest script task on the way are what recognising and reading',
    '  articles near the viewport and mounting *toon alles* badges cost. The frames of scrolling are the page\'s',
    '  own, so a callback\'s task counts without the frame it ran in; the longest such frame is shown beside it.',
    '  Extra heap is `JSHeapUsedSize` after a',
    '  forced GC, with minus without extension. API requests are counted by a pass-through proxy in front of the',
    '  API, so they are the service worker\'s real requests; the first visit of each law is the browser\'s first,',
    '  later visits are repeats within the cache\'s freshness window. Tracing itself slows the page somewhat; both',
    '  runs pay that cost. "Seeded data" is what a user sees with the seed signals; "badge on every article" (the',
    '  *toon alles* setting) is the worst case for mounting. "Forced style/layout" is layout the script triggered',
    '  synchronously inside its own tasks. The content script sets the trace time stamp `wetsignaal:mounted`,',
    '  so its script time is also split into the work at load (evaluating the script, the setup message,',
    '  recognition and mounting, mostly in one task after the setup answer) and later work (recognising and',
    '  analysing the articles near the viewport). Thread (CPU) time is given next to wall time: on this shared',
    '  machine the same visits take up to a third longer in one run than in another (compare the page\'s floor).',
    '- **Inventory** (`bench/inventory.ts`): `npm run inventory` over the whole laws-markdown mirror (bare git, read',
    '  with `git cat-file --batch`, two worker threads), as its own process; wall time from its start to the register,',
    '  CSV and summary written; CPU time and peak resident memory as the process measures them (sampled every',
    '  100 ms, worker threads included; the `git` child that streams the files is not counted).',
    '- **Bundle sizes**: gzip (level 9) of every built script, from `scripts/bundle-sizes.ts`.',
    '- **API throughput** (`bench/api-throughput.ts`): `wrk` on 127.0.0.1 against the API and against nginx serving',
    '  the same response bytes from a file, same threads/connections/duration, in the same run; and against a bare',
    '  Node http server answering with those bytes, the most any single Node process reaches on the machine. The API',
    '  runs as `npm run server` runs it, in a process of its own (`server/main.ts`, with `REQUEST_LOG=0` as nginx has',
    '  `access_log off`); until 2026-11-30 it ran inside the benchmark\'s own process, which cost it about a fifth of',
    '  its requests/s. Each server\'s request loop runs on a core of its own and wrk on the other(s) (`taskset`: nginx\'s worker whole, of',
    '  a Node server its event loop, as V8\'s garbage collector has threads of its own), so no server loses CPU to wrk. On an',
    '  AMD EPYC machine (earlier runs) the API itself reached 0.74 of nginx; on an Intel Xeon even the bare server',
    '  stays below half. In the same run, `/regeling/BWBR0015703` (the Participatiewet\'s public page, HTML rendered',
    '  with Preact from the cached read, through Hono) is measured right after the JSON lookup of the same law.',
    '- **Durability** (`bench/durability.ts`): the server runs as a child process (`server/main.ts`); concurrent',
    '  clients post submissions with idempotency keys and retry until acknowledged while the server is killed with',
    '  SIGKILL at random moments and restarted; afterwards the database is counted for missing and duplicate rows.',
    '  What this proves and what not: SIGKILL ends the process, not the machine, so data the server had handed to the',
    '  operating system survives even without fsync. On PostgreSQL a 202 is sent only after COMMIT, and PostgreSQL',
    '  (fsync on) also survives power loss. PGlite runs PostgreSQL in WebAssembly inside the API process and writes its',
    '  data directory through Node\'s file system; the run shows it loses nothing when the process is killed, but a',
    '  real fsync to disk is not guaranteed (PGlite also has an open report that `transaction()` does not sync after',
    '  COMMIT: electric-sql/pglite#1065). For data you cannot lose on a power cut, run the API on PostgreSQL.',
    '- **Hostile input** (`bench/hostile.ts`): requests generated from a seeded PRNG (same seed, same requests),',
    '  counted by status; then `/healthz` must still answer.',
    '- **Hostile input: personal data** (`bench/lib/personal-data-requests.ts`): every text of the labelled',
    '  development and held-out corpora (`test/unit/privacy/*-corpus.json`) is sent over HTTP as the',
    '  description, the quoted sentence and the regulation title. A certain kind (BSN, IBAN, e-mail, phone,',
    '  birth date, postcode + house number) counts as caught when the API refuses it (422); a person name or',
    '  street address when it is accepted and the moderation view flags it on that field. Law-like text',
    '  refused or flagged counts as a false positive.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;
  const selected = BENCHES.filter((b) => !only || only.has(b.name));
  const machine = describeMachine();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const outcomes: Outcome[] = [];
  for (const bench of selected) {
    note(`running ${bench.script} (limit ${bench.limitMs / 60_000} min)`);
    const outcome = await runBench(bench);
    if (!bench.rows) process.stderr.write(outcome.output);
    outcomes.push(outcome);
  }
  const rows = outcomes.flatMap((o) => [
    ...o.rows,
    ...(o.status === 'ok' ? [] : [{ area: o.bench.name, metric: 'run', value: o.status }]),
    ...(!o.bench.rows && o.status === 'ok' ? [{ area: o.bench.name, metric: 'see its output in docs/benchmarks.md', value: `${o.seconds.toFixed(0)} s` }] : []),
  ]);
  console.log(['Wetsignaal benchmarks', ...machineLines(machine, date), '', ...table(rows)].join('\n'));
  if (!only) {
    writeFileSync(resolve(ROOT, 'docs/benchmarks.md'), documentation(machine, outcomes, rows, date));
    note('wrote docs/benchmarks.md');
  } else {
    note('a subset ran: docs/benchmarks.md is left as it was');
  }
}

await main();
