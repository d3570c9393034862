// One result line of a benchmark. Benchmarks only print numbers; `bench/run.ts` collects the rows
// of every benchmark (run as child processes with BENCH_JSON=1) into one table.
export interface BenchRow {
  area: string;
  metric: string;
  value: number | string;
  unit?: string;
  /** The target the number is reported against, in words ("≤ 20 ms"). */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  met?: boolean;
}

export const ROW_PREFIX = 'BENCH-ROW ';

export function formatValue(row: BenchRow): string {
  const value = typeof row.value === 'number' ? roundForDisplay(row.value) : row.value;
  return row.unit ? `${value} ${row.unit}` : String(value);
}

function roundForDisplay(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  const abs = Math.abs(n);
  if (abs < 1) return n.toPrecision(2);
  return n.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

export function emit(row: BenchRow): void {
  if (process.env.BENCH_JSON === '1') {
    console.log(ROW_PREFIX + JSON.stringify(row));
    return;
  }
  const verdict = row.met === undefined ? '' : row.met ? '  ok' : '  MISSED';
  const target = row.target ? `  (target ${row.target})` : '';
  console.log(`${row.area.padEnd(22)} ${row.metric.padEnd(52)} ${formatValue(row).padStart(14)}${target}${verdict}`);
}

/** Progress and context lines go to stderr so they never mix with the rows. */
export function note(message: string): void {
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}
