// The real HTTP server (startServer on a random port) spoken to with fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexResponse, RegulationResponse, SubmissionAck, SubmissionStatusResponse } from '../../utils/contract/api';
import { createApiClient } from '../../utils/api/client';
import { startServer, type RunningServer } from '../../server/start';
import { ADMIN_TOKEN, ENGINES, validSubmission } from './support';

const postgres = ENGINES.find((e) => e.name === 'postgres')!;

describe('startServer (PGlite in memory) over HTTP', () => {
  let server: RunningServer;
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  beforeAll(async () => {
    // Capture the request log to check it carries no ids, receipts or tokens.
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    server = await startServer({ port: 0, memory: true, adminToken: ADMIN_TOKEN });
  });
  afterAll(async () => {
    await server.close();
    process.stdout.write = write;
  });

  it('listens on 127.0.0.1 at a free port, migrated and seeded', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const index = IndexResponse.parse(await (await fetch(`${server.url}/v1/index`)).json());
    expect(index.regulations.length).toBeGreaterThan(20);
  });

  it('serves the extension client end to end: regulation with ETag, submit, status', async () => {
    const client = createApiClient(server.url);
    expect(await client.health()).toBe(true);
    const first = await client.regulation('BWBR0018472', '2025-01-01', null);
    expect(first.notModified).toBe(false);
    if (first.notModified) return;
    expect(RegulationResponse.parse(first.body).clause.status).toBe('algemeen_eigen');
    expect(await client.regulation('BWBR0018472', '2025-01-01', first.etag)).toEqual({ notModified: true });
    const ack = SubmissionAck.parse(await client.submit(clientSubmission(), 'http-test-key-0001'));
    const status = SubmissionStatusResponse.parse(await client.submissionStatus(ack.id, ack.receipt));
    expect(status.state).toBe('ontvangen');
  });

  it('logs one JSON line per request with the route pattern, never ids, receipts or the token', async () => {
    const res = await fetch(`${server.url}/v1/moderation/queue`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.status).toBe(200);
    await fetch(`${server.url}/v1/signals/sig-01-wia-35-minners`);
    // Other writers (the test runner) may share stdout: keep only the server's JSON lines.
    const entries = lines
      .flatMap((l) => l.split('\n'))
      .filter((l) => l.startsWith('{"t":'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.some((e) => e.route === '/v1/signals/:id' && e.status === 200 && typeof e.ms === 'number')).toBe(true);
    const all = lines.join('');
    expect(all).not.toContain(ADMIN_TOKEN);
    expect(all).not.toContain('sig-01-wia-35-minners');
    expect(all).not.toContain('melder@example.org');
  });
});

function clientSubmission() {
  return validSubmission() as Parameters<ReturnType<typeof createApiClient>['submit']>[0];
}

describe('startServer on PostgreSQL', () => {
  it('migrates, seeds and serves from a PostgreSQL database; two instances share it', async () => {
    const opened = await postgres.open();
    const [a, b] = await Promise.all([
      startServer({ port: 0, databaseUrl: opened.url!, log: false }),
      startServer({ port: 0, databaseUrl: opened.url!, log: false }),
    ]);
    try {
      const res = await fetch(`${a.url}/v1/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'shared-key-000001' },
        body: JSON.stringify(validSubmission()),
      });
      const ack = SubmissionAck.parse(await res.json());
      const status = await fetch(`${b.url}/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } });
      expect(status.status).toBe(200);
      const signals = await a.db.query<{ n: number }>('SELECT count(*)::int AS n FROM signals');
      expect(signals[0]?.n).toBe(33);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await opened.drop();
    }
  });
});

describe('read cache', () => {
  it('shows a moderation decision at once on the instance that made it', async () => {
    const server = await startServer({ port: 0, memory: true, log: false, adminToken: 'read-cache-admin-token-123' });
    try {
      const before = (await (await fetch(`${server.url}/v1/regulations/BWBR0015703`)).json()) as { signals: Array<{ id: string; title: string }> };
      const first = before.signals[0]!;
      const patch = await fetch(`${server.url}/v1/moderation/signals/${first.id}`, {
        method: 'PATCH',
        headers: { Authorization: 'Bearer read-cache-admin-token-123', 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `${first.title} (bijgewerkt)` }),
      });
      expect(patch.status).toBe(200);
      const after = (await (await fetch(`${server.url}/v1/regulations/BWBR0015703`)).json()) as { signals: Array<{ id: string; title: string }> };
      expect(after.signals.find((s) => s.id === first.id)?.title).toBe(`${first.title} (bijgewerkt)`);
    } finally {
      await server.close();
    }
  });
});
