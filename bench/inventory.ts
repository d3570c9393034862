// The statute book's inventory over the whole laws-markdown snapshot (issue #24): wall time, CPU time and
// peak memory of `npm run inventory` with two worker threads, against the targets (≤ 10 minutes,
// ≤ 1.5 GB). Needs the mirror (LAWS_MARKDOWN_MIRROR); without it, it says so and reports nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LAWS_MARKDOWN_MIRROR } from '../scripts/lib/laws-markdown';
import { emit, note } from './lib/report';

const ROOT = resolve(import.meta.dirname, '..');
const AREA = 'inventory';

/** The summary line the inventory prints last: counts, seconds, CPU seconds and peak memory. */
const SUMMARY = /inventory: (\d+) regulations .*?; ([\d.]+) s, cpu ([\d.]+) s, peak (\d+) MB/;

async function run(): Promise<void> {
  if (!existsSync(LAWS_MARKDOWN_MIRROR)) {
    note(`no laws-markdown mirror at ${LAWS_MARKDOWN_MIRROR}: inventory not measured`);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'bench-inventory-'));
  const started = performance.now();
  const stderr = await new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/inventory.ts', '--laws-markdown', LAWS_MARKDOWN_MIRROR, '--out', out, '--gzip', '--workers', '2'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let text = '';
    child.stderr.on('data', (d: Buffer) => void (text += d));
    child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`inventory exited with ${code}: ${text.slice(-500)}`))));
  });
  const wall = (performance.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  const m = SUMMARY.exec(stderr);
  if (!m) throw new Error(`no summary line in the inventory's output: ${stderr.slice(-500)}`);
  const [, regulations, , cpu, peak] = m;
  emit({ area: AREA, metric: 'whole laws-markdown snapshot: regulations', value: Number(regulations) });
  emit({ area: AREA, metric: 'wall time, 2 worker threads (process start to files written)', value: wall, unit: 's', target: '≤ 600 s', met: wall <= 600 });
  emit({ area: AREA, metric: '  CPU time (all threads)', value: Number(cpu), unit: 's' });
  emit({ area: AREA, metric: 'peak memory (RSS of the process, worker threads included)', value: Number(peak), unit: 'MB', target: '≤ 1,536 MB', met: Number(peak) <= 1536 });
}

await run();
