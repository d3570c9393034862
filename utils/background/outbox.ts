// Submissions are written to IndexedDB before anything is sent, then delivered with an
// Idempotency-Key and retried with exponential backoff, so nothing is lost and nothing is doubled.
import type { SubmissionRequest } from '../contract/api';
import { ApiError, type ApiClient } from '../api/client';
import type { Database, OutboxItem } from '../storage/database';
import type { OutboxView } from '../extension/messages';

export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;

export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export interface OutboxDeps {
  db: () => Promise<Database>;
  client: () => Promise<ApiClient>;
  /** Ask to be woken at this time (an alarm in the extension). */
  schedule: (when: number) => void;
  now?: () => number;
  newId?: () => string;
}

export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let flushing: Promise<void> | null = null;

  async function enqueue(request: SubmissionRequest): Promise<OutboxItem> {
    const id = newId();
    const item: OutboxItem = {
      localId: id,
      idempotencyKey: id,
      request,
      createdAt: new Date(now()).toISOString(),
      attempts: 0,
      nextAttemptAt: now(),
      ack: null,
      state: 'wacht',
      reason: null,
      lastError: null,
    };
    const db = await deps.db();
    await db.put('outbox', item); // resolves only once the transaction has committed
    return item;
  }

  async function deliver(item: OutboxItem, client: ApiClient): Promise<OutboxItem> {
    try {
      const ack = await client.submit(item.request, item.idempotencyKey);
      return { ...item, ack, state: 'verzonden', lastError: null, attempts: item.attempts + 1 };
    } catch (error) {
      const attempts = item.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && !error.transient) {
        // The service refused this report for good (e.g. it still holds personal data): keep it, stop retrying.
        return { ...item, attempts, state: 'afgewezen', reason: message, lastError: message };
      }
      return { ...item, attempts, nextAttemptAt: now() + retryDelay(attempts), lastError: message };
    }
  }

  async function flushOnce(): Promise<void> {
    const db = await deps.db();
    const client = await deps.client();
    const due = (await db.getAll('outbox')).filter((i) => i.state === 'wacht' && i.nextAttemptAt <= now());
    for (const item of due) await db.put('outbox', await deliver(item, client));
    const waiting = (await db.getAll('outbox')).filter((i) => i.state === 'wacht');
    if (waiting.length > 0) deps.schedule(Math.min(...waiting.map((i) => i.nextAttemptAt)));
  }

  /** Sends what is due; concurrent calls share one run. */
  function flush(): Promise<void> {
    flushing ??= flushOnce().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  /** Asks the API, with each receipt, how moderation is going. */
  async function refreshStatuses(): Promise<void> {
    const db = await deps.db();
    const client = await deps.client();
    for (const item of await db.getAll('outbox')) {
      if (!item.ack) continue;
      try {
        const status = await client.submissionStatus(item.ack.id, item.ack.receipt);
        await db.put('outbox', { ...item, state: status.state, reason: status.reason, signalId: status.signalId });
      } catch {
        // Offline or unknown: keep the last known state.
      }
    }
  }

  async function list(): Promise<OutboxView[]> {
    const items = await (await deps.db()).getAll('outbox');
    return items
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((i) => ({
        localId: i.localId,
        createdAt: i.createdAt,
        regulationTitle: i.request.regulationTitle,
        label: i.request.target.label,
        state: i.state,
        reason: i.reason,
        signalId: i.signalId ?? null,
        lastError: i.lastError,
        bwbId: i.request.target.bwbId,
        versionDate: i.request.target.versionDate,
        description: i.request.description,
        quote: i.request.target.quote?.exact ?? null,
      }));
  }

  async function waitingCount(): Promise<number> {
    return (await (await deps.db()).getAll('outbox')).filter((i) => i.state === 'wacht').length;
  }

  return { enqueue, flush, refreshStatuses, list, waitingCount };
}

export type Outbox = ReturnType<typeof createOutbox>;
