// 10,000 submissions from concurrent clients with idempotency keys while the API (a child process)
// is killed with SIGKILL 5 times and restarted; then the database is counted. Targets: 0 acknowledged
// submissions missing, 0 stored twice, on PGlite and (when TEST_DATABASE_URL/DATABASE_URL is set) PostgreSQL.
// Run: npx tsx bench/durability.ts [--count N] [--kills K]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDurability } from './lib/durability';
import type { Engine } from './lib/api-process';
import { emit, note } from './lib/report';

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const COUNT = arg('--count', 10_000);
const KILLS = arg('--kills', 5);
const CLIENTS = 32;
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const engines: Array<{ name: string; engine: Engine; cleanup: () => void }> = [];
const dataDir = mkdtempSync(join(tmpdir(), 'wetsignaal-durability-'));
engines.push({ name: 'PGlite', engine: { kind: 'pglite', dataDir }, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) });
if (databaseUrl) engines.push({ name: 'PostgreSQL', engine: { kind: 'postgres', databaseUrl }, cleanup: () => undefined });
else note('PostgreSQL skipped: set TEST_DATABASE_URL (or DATABASE_URL) to include it');

for (const { name, engine, cleanup } of engines) {
  const area = `durability ${name}`;
  note(`${name}: ${COUNT} submissions, ${CLIENTS} clients, ${KILLS} × SIGKILL`);
  try {
    const r = await runDurability({ engine, submissions: COUNT, clients: CLIENTS, kills: KILLS, seed: 42, log: (m) => note(`${name}: ${m}`) });
    emit({ area, metric: `submissions acknowledged (of ${COUNT})`, value: r.acknowledged });
    emit({ area, metric: 'SIGKILLs during the run', value: r.kills, target: String(KILLS), met: r.kills === KILLS });
    emit({ area, metric: 'client retries (refused, reset, timed out)', value: r.retries });
    emit({ area, metric: 'acknowledged but missing', value: r.missing, target: '0', met: r.missing === 0 });
    emit({ area, metric: 'stored more than once', value: r.duplicated, target: '0', met: r.duplicated === 0 });
    emit({ area, metric: 'same key acknowledged with two ids', value: r.ackMismatches, target: '0', met: r.ackMismatches === 0 });
    emit({ area, metric: 'valid submissions refused (4xx)', value: r.rejected, target: '0', met: r.rejected === 0 });
    emit({ area, metric: 'throughput incl. restarts', value: r.acknowledged / r.seconds, unit: 'submissions/s' });
  } finally {
    cleanup();
  }
}
