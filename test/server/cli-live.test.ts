// `npm run moderate` next to a running server on the same PGlite directory (the demo's situation): the CLI
// process moderates through the server over HTTP with the token, or refuses and changes nothing; every
// decision is still there after a restart.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModerationQueueResponse } from '../../utils/contract/admin';
import { Signal, SubmissionAck, SubmissionStatusResponse } from '../../utils/contract/api';
import { DataDirBusy, LOCK_FILE } from '../../server/db/dir-lock';
import { startServer, type RunningServer } from '../../server/start';
import { ADMIN_TOKEN, freshKey, validSubmission } from './support';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'wetsignaal-cli-live-'));

function moderate(env: Record<string, string>, ...args: string[]) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...env };
  delete childEnv.DATABASE_URL;
  if (!env.ADMIN_TOKEN) delete childEnv.ADMIN_TOKEN;
  delete childEnv.API_URL;
  // Not spawnSync: the server runs in this process and must keep answering while the CLI talks to it.
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/moderate.ts', ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function submit(server: RunningServer, description: string) {
  const res = await fetch(`${server.url}/v1/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
    body: JSON.stringify(validSubmission({ description })),
  });
  expect(res.status).toBe(202);
  return SubmissionAck.parse(await res.json());
}

const statusOf = async (server: RunningServer, ack: { id: string; receipt: string }) =>
  SubmissionStatusResponse.parse(await (await fetch(`${server.url}/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } })).json());

describe('moderation CLI next to a running server', () => {
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses without a token, moderates through the server with one, and every decision survives a restart', async () => {
    server = await startServer({ port: 0, dataDir, adminToken: ADMIN_TOKEN, log: false });
    const toPublish = await submit(server, 'De toeslag werd volledig teruggevorderd na een kleine fout in het formulier.');
    const toAttach = await submit(server, 'Mijn uitkering stopte omdat ik bij mijn moeder introk om voor haar te zorgen.');
    const toReject = await submit(server, 'Dit gaat eigenlijk over een gemeentelijke parkeervergunning, niet over deze wet.');

    const refused = await moderate({}, 'reject', toReject.id, '--reason', 'Buiten de wet.');
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('Een draaiende server');
    expect(refused.stderr).toContain(server.url);
    expect(refused.stderr).toContain('ADMIN_TOKEN');
    expect((await statusOf(server, toReject)).state).toBe('ontvangen');

    const token = { ADMIN_TOKEN };
    const listed = await moderate(token, 'list');
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toContain(toPublish.id);
    const published = await moderate(token, 'publish', toPublish.id, '--title', 'Terugvordering na formulierfout', '--summary', 'Neutrale samenvatting.');
    expect(published.stderr).toBe('');
    expect(published.status).toBe(0);
    const signalId = /signal (sig-[a-z0-9-]+)/.exec(published.stdout)?.[1];
    expect(signalId).toBeDefined();
    expect((await moderate(token, 'attach', toAttach.id, 'sig-18-participatiewet-algemeen')).status).toBe(0);
    expect((await moderate(token, 'reject', toReject.id, '--reason', 'Buiten de wet.')).status).toBe(0);
    const missing = await moderate(token, 'reject', 'sub-000000000000', '--reason', 'Dubbel.');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('submission sub-000000000000 does not exist');

    // The running server sees the decisions at once.
    expect((await fetch(`${server.url}/v1/signals/${signalId}`)).status).toBe(200);
    expect((await statusOf(server, toReject)).state).toBe('afgewezen');

    // A second server on the same directory is refused instead of forking the data.
    await expect(startServer({ port: 0, dataDir, log: false })).rejects.toThrow(DataDirBusy);

    await server.close();
    server = await startServer({ port: 0, dataDir, adminToken: ADMIN_TOKEN, log: false });
    const signal = Signal.parse(await (await fetch(`${server.url}/v1/signals/${signalId}`)).json());
    expect(signal.title).toBe('Terugvordering na formulierfout');
    expect((await statusOf(server, toPublish)).state).toBe('gepubliceerd');
    expect((await statusOf(server, toAttach)).state).toBe('samengevoegd');
    expect((await statusOf(server, toReject)).state).toBe('afgewezen');
    const queue = ModerationQueueResponse.parse(
      await (await fetch(`${server.url}/v1/moderation/queue`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).json(),
    );
    expect(queue.items.map((i) => i.id)).not.toContain(toPublish.id);
    const audit = await server.db.query<{ action: string }>('SELECT action FROM moderation_audit ORDER BY id');
    expect(audit.map((a) => a.action)).toEqual(['publish', 'attach', 'reject']);
  }, 300_000);

  it('works directly on the directory once the server has stopped, also after a crash left a stale lock', async () => {
    await server?.close();
    server = null;
    // A lock from a process that no longer exists (a server killed with SIGKILL).
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), role: 'server', url: 'http://127.0.0.1:1', since: new Date().toISOString() }));
    const run = await moderate({}, 'list');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('No open submissions.');
  }, 120_000);
});
