// A signal's status history for its public page, read from the moderation audit log: publication and every
// status change (with the date and the moderator's public explanation, never the moderator's name). A signal
// from the seed starts with the status its source states; so does one whose seed was reloaded since.
import { z } from 'zod';
import type { Signal } from '../../utils/contract/api';
import { SignalStatus } from '../../utils/contract/vocabulary';
import type { Queryable } from '../db/types';
import { json } from './rows';

export type StatusChange = {
  status: SignalStatus;
  /** The day the status took effect (for a source: the source's date); null when not known. */
  date: string | null;
  /** The moderator's public explanation, when one was given. */
  reason: string | null;
  /** True for the status a curated source states, as opposed to a moderator's decision. */
  fromSource: boolean;
};

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The status part of an audit row's detail (publish and edit_signal write it). */
const AuditedStatus = z.object({
  status: SignalStatus,
  statusDate: Day.optional(),
  statusReason: z.string().nullable().optional(),
  previous: z.object({ status: SignalStatus, statusDate: Day.nullable() }).optional(),
});

export async function statusHistory(db: Queryable, signal: Pick<Signal, 'id' | 'status' | 'statusDate'>): Promise<StatusChange[]> {
  const rows = await db.query<{ action: string; day: string; detail: unknown }>(
    `SELECT action, (at AT TIME ZONE 'Europe/Amsterdam')::date::text AS day, detail FROM moderation_audit
     WHERE signal_id = $1 AND action IN ('publish', 'edit_signal') AND detail->>'status' IS NOT NULL ORDER BY id`,
    [signal.id],
  );
  const history: StatusChange[] = [];
  for (const row of rows) {
    const parsed = AuditedStatus.safeParse(json(row.detail));
    if (!parsed.success) continue;
    const { status, statusDate, statusReason, previous } = parsed.data;
    // The first change to a seeded signal remembers the status it replaced.
    if (history.length === 0 && row.action === 'edit_signal' && previous) {
      history.push({ status: previous.status, date: previous.statusDate, reason: null, fromSource: true });
    }
    history.push({ status, date: statusDate ?? row.day, reason: statusReason ?? null, fromSource: false });
  }
  if (history.at(-1)?.status !== signal.status) {
    history.push({ status: signal.status, date: signal.statusDate, reason: null, fromSource: true });
  }
  return history;
}
