// Reading signals with their targets and sources, as contract objects.
import type { Signal, SignalSummary, SignalTarget, Source } from '../../utils/contract/api';
import type { Cause, EvidenceLevel, ImpactArea, SignalStatus, SourceKind, SourceType } from '../../utils/contract/vocabulary';
import type { PathStep, Quote, TargetKind } from '../../utils/contract/identity';
import type { Queryable } from '../db/types';
import { iso, json } from './rows';

export type SignalRow = {
  id: string;
  title: string;
  summary: string;
  status: SignalStatus;
  cause: Cause | null;
  impact_areas: unknown;
  evidence: EvidenceLevel;
  source_type: SourceType;
  status_date: string | null;
  department: string | null;
  created_at: unknown;
  updated_at: unknown;
};

type TargetRow = {
  signal_id: string;
  bwb_id: string;
  label: string | null;
  lid: string | null;
  path: unknown;
  jci: string | null;
  version_date: string | null;
  text_hash: string | null;
  quote: unknown;
  kind: TargetKind | null;
  report_merged_on: string | null;
};

export const SIGNAL_COLUMNS = `s.id, s.title, s.summary, s.status, s.cause, s.impact_areas, s.evidence, s.source_type,
  s.status_date::text AS status_date, s.department, s.created_at, s.updated_at`;

type SourceRow = { signal_id: string; kind: SourceKind; citation: string; detail: string | null; date: string | null; url: string | null };

function toTarget(row: TargetRow): SignalTarget {
  return {
    // Only a target that said what it is carries the field, so older answers keep their shape.
    ...(row.kind ? { kind: row.kind } : {}),
    bwbId: row.bwb_id,
    label: row.label,
    lid: row.lid,
    path: json<PathStep[]>(row.path),
    jci: row.jci,
    versionDate: row.version_date,
    textHash: row.text_hash,
    quote: row.quote === null ? null : json<Quote>(row.quote),
    origin: row.report_merged_on === null ? { kind: 'bronnen' } : { kind: 'melding', mergedOn: row.report_merged_on },
  };
}

function toSignal(row: SignalRow, targets: SignalTarget[], sources: Source[]): Signal {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status,
    cause: row.cause,
    impactAreas: json<ImpactArea[]>(row.impact_areas),
    evidence: row.evidence,
    sourceType: row.source_type,
    sources,
    statusDate: row.status_date,
    targets,
    department: row.department,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toSummary(signal: Signal, onlyBwbId?: string): SignalSummary {
  const { department: _department, createdAt: _createdAt, ...summary } = signal;
  return onlyBwbId ? { ...summary, targets: summary.targets.filter((t) => t.bwbId === onlyBwbId) } : summary;
}

async function targetsFor(db: Queryable, ids: string[]): Promise<Map<string, SignalTarget[]>> {
  const byId = new Map<string, SignalTarget[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db.query<TargetRow>(
    `SELECT signal_id, bwb_id, label, lid, path, jci, version_date::text AS version_date, text_hash, quote, kind,
       report_merged_on::text AS report_merged_on
     FROM signal_targets WHERE signal_id = ANY($1::text[]) ORDER BY signal_id, position, id`,
    [ids],
  );
  for (const row of rows) byId.get(row.signal_id)?.push(toTarget(row));
  return byId;
}

async function sourcesFor(db: Queryable, ids: string[]): Promise<Map<string, Source[]>> {
  const byId = new Map<string, Source[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db.query<SourceRow>(
    `SELECT signal_id, kind, citation, detail, date::text AS date, url
     FROM signal_sources WHERE signal_id = ANY($1::text[]) ORDER BY signal_id, position`,
    [ids],
  );
  for (const { signal_id, ...source } of rows) byId.get(signal_id)?.push(source);
  return byId;
}

/** Rows selected with SIGNAL_COLUMNS, completed with their targets and sources, in the given order. */
export async function withTargets(db: Queryable, rows: SignalRow[]): Promise<Signal[]> {
  const ids = rows.map((r) => r.id);
  const [targets, sources] = await Promise.all([targetsFor(db, ids), sourcesFor(db, ids)]);
  return rows.map((row) => toSignal(row, targets.get(row.id) ?? [], sources.get(row.id) ?? []));
}

/** Replaces the sources of a signal (seed load, publication of a report). */
export async function writeSources(db: Queryable, signalId: string, sources: Source[]): Promise<void> {
  await db.query('DELETE FROM signal_sources WHERE signal_id = $1', [signalId]);
  for (const [position, s] of sources.entries()) {
    await db.query(
      `INSERT INTO signal_sources (signal_id, position, kind, citation, detail, date, url) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [signalId, position, s.kind, s.citation, s.detail, s.date, s.url],
    );
  }
}

export async function getSignal(db: Queryable, id: string): Promise<Signal | null> {
  const rows = await db.query<SignalRow>(`SELECT ${SIGNAL_COLUMNS} FROM signals s WHERE s.id = $1`, [id]);
  return (await withTargets(db, rows))[0] ?? null;
}

export async function allSignals(db: Queryable): Promise<Signal[]> {
  return withTargets(db, await db.query<SignalRow>(`SELECT ${SIGNAL_COLUMNS} FROM signals s ORDER BY s.id`));
}

export type SignalFilter = {
  bwbId?: string;
  label?: string;
  status?: SignalStatus;
  q?: string;
  /** Exclusive lower bound on the id (decoded cursor). */
  after?: string;
  limit: number;
};

/** One page in id order, plus whether more follow. `q` is Dutch full-text search (stemmed). */
export async function listSignals(db: Queryable, f: SignalFilter): Promise<{ items: Signal[]; more: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (f.bwbId !== undefined || f.label !== undefined) {
    const conditions = ['t.signal_id = s.id'];
    if (f.bwbId !== undefined) conditions.push(`t.bwb_id = ${param(f.bwbId)}`);
    if (f.label !== undefined) conditions.push(`t.label = ${param(f.label)}`);
    where.push(`EXISTS (SELECT 1 FROM signal_targets t WHERE ${conditions.join(' AND ')})`);
  }
  if (f.status !== undefined) where.push(`s.status = ${param(f.status)}`);
  if (f.q !== undefined) where.push(`s.search @@ websearch_to_tsquery('dutch', ${param(f.q)})`);
  if (f.after !== undefined) where.push(`s.id > ${param(f.after)}`);
  const rows = await db.query<SignalRow>(
    `SELECT ${SIGNAL_COLUMNS} FROM signals s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY s.id LIMIT ${param(f.limit + 1)}`,
    params,
  );
  const more = rows.length > f.limit;
  return { items: await withTargets(db, rows.slice(0, f.limit)), more };
}
