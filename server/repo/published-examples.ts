// The reports a moderator published with a signal (as a new signal or merged into it), for the signal's
// public page: when, on which article and version, and the quoted sentence only where it became public
// through the signal's own target (a quote the moderator left out, or one never checked, stays private).
// Nothing of the reporter's own text appears here.
import type { Quote } from '../../utils/contract/identity';
import type { Queryable } from '../db/types';
import { iso, json } from './rows';

export type PublishedExample = {
  publishedAt: string;
  bwbId: string;
  label: string | null;
  lid: string | null;
  versionDate: string | null;
  quote: Quote | null;
};

export async function publishedExamples(db: Queryable, signalId: string): Promise<PublishedExample[]> {
  const rows = await db.query<{ decided_at: unknown; bwb_id: string; label: string | null; lid: string | null; version_date: string | null; quote: unknown }>(
    `SELECT s.decided_at, s.target->>'bwbId' AS bwb_id, s.target->>'label' AS label, s.target->>'lid' AS lid,
       s.target->>'versionDate' AS version_date, t.quote
     FROM submissions s
     LEFT JOIN LATERAL (
       SELECT quote FROM signal_targets t
       WHERE t.signal_id = s.signal_id AND t.origin = 'melding' AND t.bwb_id = s.target->>'bwbId'
         AND t.label IS NOT DISTINCT FROM s.target->>'label' AND t.quote->>'exact' = s.target->'quote'->>'exact'
       LIMIT 1
     ) t ON true
     WHERE s.signal_id = $1 AND s.state IN ('gepubliceerd', 'samengevoegd')
     ORDER BY s.decided_at, s.id`,
    [signalId],
  );
  return rows.map((r) => ({
    publishedAt: iso(r.decided_at),
    bwbId: r.bwb_id,
    label: r.label,
    lid: r.lid,
    versionDate: r.version_date,
    quote: r.quote === null ? null : json<Quote>(r.quote),
  }));
}
