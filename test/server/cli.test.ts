// `npm run moderate` as a real process on a PGlite data directory: exit codes and messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'wetsignaal-cli-'));

function moderate(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/moderate.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('moderation CLI process', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates and seeds an empty data directory, then lists an empty queue', () => {
    const run = moderate('list');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('No open submissions.');
  });

  it('exits with 2 and the usage text for a bad command or missing option', () => {
    for (const args of [[], ['nonsense'], ['reject', 'sub-000000000000'], ['list', '--colour']]) {
      const run = moderate(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: npm run moderate');
    }
  });

  it('exits with 1 and a plain message for a submission that does not exist', () => {
    const run = moderate('reject', 'sub-000000000000', '--reason', 'Dubbel.');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('submission sub-000000000000 does not exist');
  });
});
