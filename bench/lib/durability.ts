// Kill-and-restart durability run: the API runs as a child process (`server/main.ts`), concurrent
// clients post submissions with idempotency keys and retry until acknowledged, and the server is
// killed with SIGKILL at random points of the run and restarted. Afterwards the database itself is
// asked which acknowledged submissions are missing and which were stored twice.
import type { ChildProcess } from 'node:child_process';
import { openDatabase } from '../../server/db/open';
import { seededRandom } from './prng';
import { TAG_PREFIX, validSubmission } from './submissions';
import { freePort } from '../../scripts/lib/free-port';
import { exited, spawnApi, waitReady, type Engine } from './api-process';

export interface DurabilityOptions {
  engine: Engine;
  submissions: number;
  clients: number;
  kills: number;
  seed: number;
  log?: (message: string) => void;
}

export interface DurabilityResult {
  acknowledged: number;
  /** Acknowledged to a client but not in the database afterwards. */
  missing: number;
  /** Submissions stored more than once (same tag in several rows). */
  duplicated: number;
  /** Requests refused with a 4xx other than 409/429: would mean a valid submission was rejected. */
  rejected: number;
  /** The same idempotency key acknowledged with two different ids. */
  ackMismatches: number;
  kills: number;
  retries: number;
  rowsFound: number;
  seconds: number;
}

const REQUEST_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function runDurability(opts: DurabilityOptions): Promise<DurabilityResult> {
  const log = opts.log ?? (() => undefined);
  const random = seededRandom(opts.seed);
  const runId = `dur-${opts.seed}-${Date.now().toString(36)}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  let stderr = '';
  let child = spawnApi(opts.engine, port);
  const capture = (c: ChildProcess) => c.stderr?.on('data', (d: Buffer) => void (stderr = (stderr + d).slice(-4000)));
  capture(child);
  await waitReady(url, child);

  // Kill points: random fractions of the run, measured in acknowledged submissions.
  const killAt = Array.from({ length: opts.kills }, () => Math.floor((0.05 + random.next() * 0.85) * opts.submissions)).sort((a, b) => a - b);
  const acks = new Map<number, string>();
  let next = 0;
  let retries = 0;
  let rejected = 0;
  let ackMismatches = 0;
  let kills = 0;
  let restarting: Promise<void> | null = null;

  async function killAndRestart(): Promise<void> {
    kills++;
    log(`kill ${kills} after ${acks.size} acknowledged`);
    child.kill('SIGKILL');
    await exited(child);
    child = spawnApi(opts.engine, port);
    capture(child);
    await waitReady(url, child);
  }

  async function submitUntilAcknowledged(n: number): Promise<void> {
    const key = `${runId}-${n}`;
    const body = JSON.stringify(validSubmission(n));
    for (;;) {
      try {
        const response = await fetch(`${url}/v1/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        if (response.ok) {
          const { id } = (await response.json()) as { id: string };
          const earlier = acks.get(n);
          if (earlier !== undefined && earlier !== id) ackMismatches++;
          acks.set(n, id);
          return;
        }
        await response.body?.cancel();
        if (response.status < 500 && response.status !== 409 && response.status !== 429) {
          rejected++;
          return;
        }
      } catch {
        // Connection refused or reset while the server is down: retry below.
      }
      retries++;
      await sleep(20 + Math.random() * 100);
    }
  }

  async function client(): Promise<void> {
    while (next < opts.submissions) {
      const n = next++;
      await submitUntilAcknowledged(n);
      if (killAt.length > 0 && acks.size >= killAt[0]! && !restarting) {
        killAt.shift();
        restarting = killAndRestart().finally(() => void (restarting = null));
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: opts.clients }, client));
    if (restarting) await restarting;
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited(child), sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const db = await openDatabase(opts.engine.kind === 'pglite' ? { dataDir: opts.engine.dataDir } : { databaseUrl: opts.engine.databaseUrl });
  let rows: Array<{ id: string; idempotency_key: string; description: string }>;
  try {
    rows = await db.query('SELECT id, idempotency_key, description FROM submissions WHERE idempotency_key LIKE $1', [`${runId}-%`]);
  } finally {
    await db.close();
  }
  const ids = new Set(rows.map((r) => r.id));
  const missing = [...acks.values()].filter((id) => !ids.has(id)).length;
  const perTag = new Map<string, number>();
  for (const row of rows) {
    const tag = row.description.match(new RegExp(`${TAG_PREFIX}([a-z]+)`))?.[1] ?? row.id;
    perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
  }
  const duplicated = [...perTag.values()].filter((c) => c > 1).length;
  if (missing > 0 || duplicated > 0) log(`server stderr (tail): ${stderr}`);
  return { acknowledged: acks.size, missing, duplicated, rejected, ackMismatches, kills, retries, rowsFound: rows.length, seconds };
}
