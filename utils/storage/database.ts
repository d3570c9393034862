// IndexedDB in the extension's own origin (background only): response cache and submission outbox.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SubmissionAck, SubmissionRequest } from '../contract/api';
import type { SubmissionState } from '../contract/vocabulary';

export interface CachedResponse<T> {
  key: string;
  body: T;
  etag: string | null;
  fetchedAt: number;
}

export interface OutboxItem {
  localId: string;
  idempotencyKey: string;
  request: SubmissionRequest;
  createdAt: string;
  attempts: number;
  nextAttemptAt: number;
  ack: SubmissionAck | null;
  state: 'wacht' | 'verzonden' | SubmissionState;
  reason: string | null;
  /** The signal it was published as or merged into, once moderated. */
  signalId?: string | null;
  lastError: string | null;
}

interface WetsignaalDB extends DBSchema {
  cache: { key: string; value: CachedResponse<unknown> };
  outbox: { key: string; value: OutboxItem; indexes: { byNextAttempt: number } };
}

export type Database = IDBPDatabase<WetsignaalDB>;

const connections = new Map<string, Promise<Database>>();

/** One shared connection per database name (tests use their own names). */
export function openDatabase(name = 'wetsignaal'): Promise<Database> {
  let connection = connections.get(name);
  if (!connection) {
    connection = openDB<WetsignaalDB>(name, 1, {
      upgrade(db) {
        db.createObjectStore('cache', { keyPath: 'key' });
        db.createObjectStore('outbox', { keyPath: 'localId' }).createIndex('byNextAttempt', 'nextAttemptAt');
      },
    });
    connections.set(name, connection);
  }
  return connection;
}
