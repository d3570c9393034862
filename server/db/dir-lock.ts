// Who holds a PGlite data directory. PGlite has one writer per directory and no lock of its own: a second
// process that opens the same directory works on a private copy whose writes the first one never sees and
// later overwrites (decisions lost). So whoever opens the directory writes `wetsignaal.lock` (pid, role and,
// for a server, its address) with an exclusive create, and removes it on close. A lock whose process is gone
// is stale and taken over.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'wetsignaal.lock';

const LockHolder = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  role: z.enum(['server', 'cli', 'other']),
  /** The server's base URL, once it listens. */
  url: z.string().optional(),
  since: z.string(),
});
export type LockHolder = z.infer<typeof LockHolder>;
export type LockRole = LockHolder['role'];

export class DataDirBusy extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dir} is in use by process ${holder.pid} (${holder.role}${holder.url ? ` on ${holder.url}` : ''}). ` +
        'Opening it a second time would lose data.',
    );
  }
}

function alive(holder: LockHolder): boolean {
  // A pid on another machine (a shared disk) cannot be checked: assume it is alive.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = LockHolder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The live process that holds `dir`, or null when it is free (no lock, or a stale one). */
export function liveHolder(dir: string): LockHolder | null {
  const holder = readHolder(join(dir, LOCK_FILE));
  return holder && alive(holder) ? holder : null;
}

export type DirLock = { update(fields: { url: string }): void; release(): void };

/** Takes `dir` for this process or throws DataDirBusy naming the process that has it. */
export function acquireDirLock(dir: string, role: LockRole): DirLock {
  const path = join(dir, LOCK_FILE);
  let holder: LockHolder = { pid: process.pid, host: hostname(), role, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeFileSync(fd, JSON.stringify(holder));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const current = readHolder(path);
      // A lock that is still being written reads as null: give its writer a moment.
      if (current === null && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (current && alive(current)) throw new DataDirBusy(dir, current);
      rmSync(path, { force: true });
    }
  }
  let held = true;
  return {
    update(fields) {
      if (!held) return;
      holder = { ...holder, ...fields };
      const tmp = `${path}.${process.pid}`;
      writeFileSync(tmp, JSON.stringify(holder), { mode: 0o600 });
      renameSync(tmp, path);
    },
    release() {
      if (!held) return;
      held = false;
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}
