// CSV export (RFC 4180): one row per signal target; a signal without a target gets one row with the
// law columns empty. `target_origin` says whether the signal's sources name the target (`bronnen`) or a
// moderator added it from a report (`melding`, on `target_merged_on`).
import type { Signal, Source } from '../../utils/contract/api';

/** A source as a lawyer writes it: the citation, then where in it. */
export function citeSource(source: Source): string {
  return source.detail ? `${source.citation}, ${source.detail}` : source.citation;
}

export const CSV_COLUMNS = [
  'signal_id',
  'title',
  'summary',
  'status',
  'cause',
  'impact_areas',
  'evidence',
  'department',
  'source_type',
  'status_date',
  'sources',
  'source_urls',
  'bwb_id',
  'label',
  'lid',
  'version_date',
  'text_hash',
  'target_origin',
  'target_merged_on',
  'created_at',
  'updated_at',
] as const;

export function csvField(value: string | null): string {
  const s = value ?? '';
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function signalsToCsv(signals: Signal[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of signals) {
    const targets = s.targets.length ? s.targets : [null];
    for (const t of targets) {
      const row = [
        s.id,
        s.title,
        s.summary,
        s.status,
        s.cause,
        s.impactAreas.join(';'),
        s.evidence,
        s.department,
        s.sourceType,
        s.statusDate,
        s.sources.map(citeSource).join('; '),
        s.sources.flatMap((source) => source.url ?? []).join(' '),
        t?.bwbId ?? null,
        t?.label ?? null,
        t?.lid ?? null,
        t?.versionDate ?? null,
        t?.textHash ?? null,
        t?.origin?.kind ?? null,
        t?.origin?.kind === 'melding' ? t.origin.mergedOn : null,
        s.createdAt,
        s.updatedAt,
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
