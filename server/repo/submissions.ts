// Storing citizen submissions. The row is committed before the id is returned; the Idempotency-Key is
// unique, so concurrent replays of one request end up on the same row. Receipts are stored only as
// sha-256 hashes; a replay gets a fresh receipt (added next to the first) because the first is not kept.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SubmissionRequest, SubmissionStatusResponse } from '../../utils/contract/api';
import type { SubmissionState } from '../../utils/contract/vocabulary';
import type { Database, Queryable } from '../db/types';
import { iso, isoOrNull } from './rows';

export class IdempotencyConflict extends Error {
  constructor() {
    super('Idempotency-Key was already used for a different submission');
    this.name = 'IdempotencyConflict';
  }
}

export const newSubmissionId = () => `sub-${randomBytes(12).toString('hex')}`;
export const newReceipt = () => randomBytes(24).toString('base64url');
export const hashReceipt = (receipt: string) => createHash('sha256').update(receipt, 'utf8').digest('hex');

/** Same content → same hash; key order follows the contract schema, so it is stable. */
function requestHash(req: SubmissionRequest): string {
  return createHash('sha256').update(JSON.stringify(req)).digest('hex');
}

export type Stored = { id: string; receipt: string; replay: boolean };

export async function storeSubmission(db: Database, req: SubmissionRequest, idempotencyKey: string): Promise<Stored> {
  const hash = requestHash(req);
  const receipt = newReceipt();
  return db.transaction(async (tx) => {
    const [inserted] = await tx.query<{ id: string }>(
      `INSERT INTO submissions (id, idempotency_key, request_hash, target, regulation_title, description, affected,
         impact_areas, cause, other_law, role, consent_to_publish)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::jsonb, $9, $10, $11, $12)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        newSubmissionId(),
        idempotencyKey,
        hash,
        JSON.stringify(req.target),
        req.regulationTitle,
        req.description,
        req.affected,
        JSON.stringify(req.impactAreas),
        req.cause,
        req.otherLaw,
        req.role,
        req.consentToPublish,
      ],
    );
    let id: string;
    if (inserted) {
      id = inserted.id;
      if (req.contactEmail !== null) {
        await tx.query('INSERT INTO submission_contacts (submission_id, email) VALUES ($1, $2)', [id, req.contactEmail]);
      }
    } else {
      const [existing] = await tx.query<{ id: string; request_hash: string }>(
        'SELECT id, request_hash FROM submissions WHERE idempotency_key = $1',
        [idempotencyKey],
      );
      if (!existing) throw new Error('submission vanished during replay');
      if (existing.request_hash !== hash) throw new IdempotencyConflict();
      id = existing.id;
    }
    await tx.query('INSERT INTO submission_receipts (submission_id, receipt_hash) VALUES ($1, $2)', [
      id,
      hashReceipt(receipt),
    ]);
    return { id, receipt, replay: !inserted };
  });
}

const DUMMY_HASH = Buffer.from(hashReceipt('no-such-receipt'), 'hex');

/** Status for the holder of a receipt; null for an unknown id or a wrong receipt (same work either way). */
export async function submissionStatus(
  db: Queryable,
  id: string,
  receipt: string,
): Promise<SubmissionStatusResponse | null> {
  const given = Buffer.from(hashReceipt(receipt), 'hex');
  const stored = await db.query<{ receipt_hash: string }>(
    'SELECT receipt_hash FROM submission_receipts WHERE submission_id = $1',
    [id],
  );
  let match = false;
  for (const candidate of stored.length ? stored.map((r) => Buffer.from(r.receipt_hash, 'hex')) : [DUMMY_HASH]) {
    // Every candidate is compared; no early exit.
    if (timingSafeEqual(candidate, given) && stored.length) match = true;
  }
  if (!match) return null;
  const [row] = await db.query<{
    id: string;
    state: SubmissionState;
    reason: string | null;
    signal_id: string | null;
    received_at: unknown;
    decided_at: unknown;
  }>('SELECT id, state, reason, signal_id, received_at, decided_at FROM submissions WHERE id = $1', [id]);
  if (!row) return null;
  return {
    id: row.id,
    state: row.state,
    reason: row.reason,
    signalId: row.signal_id,
    receivedAt: iso(row.received_at),
    decidedAt: isoOrNull(row.decided_at),
  };
}
