// The API as `npm run server` runs it, in a process of its own: for the benchmarks that kill it
// (durability) or measure it from outside (throughput), so the measuring process never hosts it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export type Engine = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; databaseUrl: string };

const ROOT = resolve(import.meta.dirname, '../..');

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Starts `server/main.ts` on 127.0.0.1:`port` with the engine's settings, and `env` on top. */
export function spawnApi(engine: Engine, port: number, env: NodeJS.ProcessEnv = {}): ChildProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000000', ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.DATA_DIR;
  if (engine.kind === 'pglite') childEnv.DATA_DIR = engine.dataDir;
  else childEnv.DATABASE_URL = engine.databaseUrl;
  // node --import tsx (not npx) so the pid is the server itself: signals and CPU pinning reach it directly.
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Resolves once the API answers /readyz; fails when it exits first or takes longer than `timeoutMs`. */
export async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(50);
  }
  throw new Error('server not ready in time');
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((ok) => child.once('exit', () => ok()));
}
