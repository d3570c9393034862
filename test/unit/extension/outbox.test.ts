import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createOutbox, retryDelay, FIRST_RETRY_MS, MAX_RETRY_MS } from '../../../utils/background/outbox';
import { ApiError, type ApiClient } from '../../../utils/api/client';
import { openDatabase } from '../../../utils/storage/database';
import { SubmissionRequest } from '../../../utils/contract/api';

const request = SubmissionRequest.parse({
  target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01' },
  regulationTitle: 'Participatiewet',
  description: 'De gemeente vorderde alles terug, ook het deel dat ik niet kon missen.',
  role: 'burger',
  consentToPublish: true,
});

function fakeClient(behaviour: Array<'ok' | 'down' | 'reject'>) {
  const calls: string[] = [];
  const client = {
    submit: async (_body: unknown, key: string) => {
      calls.push(key);
      const next = behaviour.shift() ?? 'ok';
      if (next === 'down') throw new ApiError('signals service unreachable (network error)', null);
      if (next === 'reject') throw new ApiError('description contains personal data', 422);
      return { id: `sub-${key.slice(0, 12)}`, receipt: 'r'.repeat(32) };
    },
    submissionStatus: async (id: string) => ({
      id,
      state: 'in_behandeling' as const,
      reason: null,
      signalId: null,
      receivedAt: new Date().toISOString(),
      decidedAt: null,
    }),
  } as unknown as ApiClient;
  return { client, calls };
}

let dbCounter = 0;
function setup(behaviour: Array<'ok' | 'down' | 'reject'>) {
  let clock = 1_000_000;
  const scheduled: number[] = [];
  const name = `outbox-test-${++dbCounter}`;
  const fake = fakeClient(behaviour);
  const outbox = createOutbox({
    db: () => openDatabase(name),
    client: async () => fake.client,
    schedule: (when) => scheduled.push(when),
    now: () => clock,
  });
  return { outbox, scheduled, calls: fake.calls, advance: (ms: number) => (clock += ms), db: () => openDatabase(name) };
}

describe('outbox', () => {
  it('stores the submission before sending it', async () => {
    const { outbox, db, calls } = setup(['down']);
    const item = await outbox.enqueue(request);
    expect(calls).toHaveLength(0);
    expect((await (await db()).get('outbox', item.localId))?.request.description).toBe(request.description);
  });

  it('retries with the same idempotency key and backs off while the API is down', async () => {
    const { outbox, scheduled, calls, advance } = setup(['down', 'down', 'ok']);
    const item = await outbox.enqueue(request);
    await outbox.flush();
    expect(scheduled.at(-1)).toBe(1_000_000 + FIRST_RETRY_MS);
    await outbox.flush(); // not due yet: nothing sent
    expect(calls).toHaveLength(1);
    advance(FIRST_RETRY_MS);
    await outbox.flush();
    expect(scheduled.at(-1)).toBe(1_000_000 + FIRST_RETRY_MS + 2 * FIRST_RETRY_MS);
    advance(2 * FIRST_RETRY_MS);
    await outbox.flush();
    expect(calls).toEqual([item.idempotencyKey, item.idempotencyKey, item.idempotencyKey]);
    const [view] = await outbox.list();
    expect(view?.state).toBe('verzonden');
    expect(await outbox.waitingCount()).toBe(0);
  });

  it('does not send twice when flushes overlap', async () => {
    const { outbox, calls } = setup(['ok', 'ok']);
    await outbox.enqueue(request);
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(calls).toHaveLength(1);
  });

  it('stops retrying a report the service refuses for good, and keeps the reason', async () => {
    const { outbox, scheduled } = setup(['reject']);
    await outbox.enqueue(request);
    await outbox.flush();
    const [view] = await outbox.list();
    expect(view?.state).toBe('afgewezen');
    expect(view?.reason).toMatch(/personal data/);
    expect(scheduled).toHaveLength(0);
  });

  it('fetches moderation status with the receipt', async () => {
    const { outbox } = setup(['ok']);
    await outbox.enqueue(request);
    await outbox.flush();
    await outbox.refreshStatuses();
    expect((await outbox.list())[0]).toMatchObject({ state: 'in_behandeling', signalId: null });
  });

  it('caps the backoff', () => {
    expect(retryDelay(1)).toBe(FIRST_RETRY_MS);
    expect(retryDelay(3)).toBe(4 * FIRST_RETRY_MS);
    expect(retryDelay(50)).toBe(MAX_RETRY_MS);
  });
});
