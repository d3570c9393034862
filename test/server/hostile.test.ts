// Hostile input against the real API: a smaller, seeded version of bench/hostile.ts. Whatever the
// request, the server answers with a 4xx or a success, never a 5xx, never hangs, and stays healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start';
import { FAMILY_NAMES, fireAll, hostileRequests, type Tally } from '../../bench/lib/hostile-requests';

const PER_FAMILY = 60;

describe('hostile requests', () => {
  let api: Awaited<ReturnType<typeof startServer>>;
  let tally: Tally;

  beforeAll(async () => {
    api = await startServer({ port: 0, memory: true, log: false, adminToken: 'test-admin-token-0123456789', rateLimitPerMinute: 10_000_000 });
    tally = await fireAll(api.url, hostileRequests(7, PER_FAMILY * FAMILY_NAMES.length), { concurrency: 8 });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('never answers with a 5xx', () => {
    const failures = tally.serverErrors.map((f) => `${f.request.kind}: ${f.request.method} ${f.request.path.slice(0, 80)} → ${f.status} ${f.body}`);
    expect(failures).toEqual([]);
  });

  it('answers every request in time', () => {
    expect(tally.byStatus.get('timeout') ?? 0).toBe(0);
  });

  it('accepts no oversized or deeply nested submission', () => {
    for (const kind of ['huge body', 'deep nesting']) {
      const accepted = [...(tally.byKindStatus.get(kind) ?? new Map<string, number>())].filter(([s]) => /^2\d\d$/.test(s));
      expect(accepted, kind).toEqual([]);
    }
  });

  it('rejects every request without a valid moderation token', () => {
    const statuses = [...(tally.byKindStatus.get('bad moderation auth') ?? new Map<string, number>()).keys()];
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => ['401', '403', '404', '405'].includes(s))).toBe(true);
  });

  it('is still healthy afterwards', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
