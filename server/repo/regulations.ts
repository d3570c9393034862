// The per-regulation view the overlay needs, the public index of regulations with data, and counts.
import type { ArticleSummary, AwbHook, IndexResponse, RegulationResponse } from '../../utils/contract/api';
import type { StatsResponse } from '../../utils/contract/admin';
import type {
  ArticleClauseStatus,
  RegulationClauseStatus,
  SignalStatus,
} from '../../utils/contract/vocabulary';
import type { Queryable } from '../db/types';
import { SIGNAL_COLUMNS, toSummary, withTargets, type SignalRow } from './signals';

type ClauseColumns = {
  clause_bwb_id: string | null;
  clause_label: string | null;
  note: string | null;
  source: string | null;
  verified: boolean;
  /** Abbreviation or title of the law holding the clause. */
  clause_law: string | null;
};

/** Natural order of article labels: 2 < 10 < 10a < 11.5 < 4:84. */
export function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' });
}

export type RegulationView = Omit<RegulationResponse, 'generatedAt'>;

export async function getRegulationView(db: Queryable, bwbId: string): Promise<RegulationView | null> {
  const [reg] = await db.query<
    { bwb_id: string; title: string; abbreviation: string | null; department: string | null; domain: string | null; title_confirmed: boolean; clause_status: RegulationClauseStatus } & ClauseColumns
  >(
    `SELECT r.bwb_id, r.title, r.abbreviation, r.department, r.domain, r.title_confirmed, r.clause_status, r.clause_bwb_id, r.clause_label,
       r.clause_note AS note, r.clause_source AS source, r.clause_verified AS verified,
       coalesce(cr.abbreviation, cr.title) AS clause_law
     FROM regulations r LEFT JOIN regulations cr ON cr.bwb_id = r.clause_bwb_id WHERE r.bwb_id = $1`,
    [bwbId],
  );
  if (!reg) return null;

  const signalRows = await db.query<SignalRow>(
    `SELECT ${SIGNAL_COLUMNS} FROM signals s
     WHERE EXISTS (SELECT 1 FROM signal_targets t WHERE t.signal_id = s.id AND t.bwb_id = $1) ORDER BY s.id`,
    [bwbId],
  );
  const signals = (await withTargets(db, signalRows)).map((s) => toSummary(s, bwbId));
  const clauses = await db.query<{ label: string; status: ArticleClauseStatus } & ClauseColumns>(
    `SELECT a.label, a.status, a.clause_bwb_id, a.clause_label, a.note, a.source, a.verified,
       coalesce(cr.abbreviation, cr.title) AS clause_law
     FROM article_clauses a LEFT JOIN regulations cr ON cr.bwb_id = a.clause_bwb_id WHERE a.bwb_id = $1`,
    [bwbId],
  );
  const hooks = await db.query<{ label: string; awb: string; reason: string }>(
    'SELECT label, awb, reason FROM article_hooks WHERE bwb_id = $1 ORDER BY position, awb',
    [bwbId],
  );

  const articles = new Map<string, ArticleSummary>();
  const article = (label: string): ArticleSummary => {
    let a = articles.get(label);
    if (!a) {
      a = { label, signalIds: [], counts: {}, clause: null, hooks: [] };
      articles.set(label, a);
    }
    return a;
  };
  const regulationSignalIds: string[] = [];
  for (const signal of signals) {
    const labels = new Set(signal.targets.map((t) => t.label));
    for (const label of labels) {
      if (label === null) {
        regulationSignalIds.push(signal.id);
        continue;
      }
      const a = article(label);
      a.signalIds.push(signal.id);
      a.counts[signal.status] = (a.counts[signal.status] ?? 0) + 1;
    }
  }
  for (const c of clauses) {
    article(c.label).clause = {
      status: c.status,
      clauseBwbId: c.clause_bwb_id,
      clauseLabel: c.clause_label,
      clauseLaw: c.clause_law,
      note: c.note,
      source: c.source,
      verified: c.verified,
    };
  }
  for (const h of hooks) article(h.label).hooks.push({ awb: h.awb, reason: h.reason } satisfies AwbHook);

  return {
    regulation: {
      bwbId: reg.bwb_id,
      title: reg.title,
      abbreviation: reg.abbreviation,
      department: reg.department,
      domain: reg.domain,
      ...(reg.title_confirmed ? {} : { titleStatus: 'zoals_gemeld' as const }),
    },
    clause: {
      status: reg.clause_status,
      clauseBwbId: reg.clause_bwb_id,
      clauseLabel: reg.clause_label,
      clauseLaw: reg.clause_law,
      note: reg.note,
      source: reg.source,
      verified: reg.verified,
    },
    regulationSignalIds,
    articles: [...articles.values()].sort((a, b) => compareLabels(a.label, b.label)),
    signals,
  };
}

export async function getIndex(db: Queryable): Promise<Omit<IndexResponse, 'generatedAt'>> {
  const regs = await db.query<{ bwb_id: string }>('SELECT bwb_id FROM regulations ORDER BY bwb_id');
  const labels = await db.query<{ bwb_id: string; label: string }>(
    `SELECT bwb_id, label FROM signal_targets WHERE label IS NOT NULL
     UNION SELECT bwb_id, label FROM article_clauses
     UNION SELECT bwb_id, label FROM article_hooks`,
  );
  const byLaw = new Map<string, string[]>(regs.map((r) => [r.bwb_id, []]));
  for (const row of labels) byLaw.get(row.bwb_id)?.push(row.label);
  return {
    regulations: [...byLaw].map(([bwbId, list]) => ({ bwbId, labels: list.sort(compareLabels) })),
  };
}

export async function getStats(db: Queryable): Promise<Omit<StatsResponse, 'generatedAt'>> {
  const [total] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM signals');
  const byStatus = await db.query<{ status: SignalStatus; n: number }>(
    'SELECT status, count(*)::int AS n FROM signals GROUP BY status ORDER BY status',
  );
  const byDepartment = await db.query<{ department: string | null; n: number }>(
    'SELECT department, count(*)::int AS n FROM signals GROUP BY department ORDER BY n DESC, department',
  );
  const byLaw = await db.query<{ bwb_id: string; title: string; n: number }>(
    `SELECT r.bwb_id, r.title, count(DISTINCT t.signal_id)::int AS n
     FROM signal_targets t JOIN regulations r ON r.bwb_id = t.bwb_id
     GROUP BY r.bwb_id, r.title ORDER BY n DESC, r.bwb_id`,
  );
  return {
    total: total?.n ?? 0,
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    byDepartment: byDepartment.map((r) => ({ department: r.department, count: r.n })),
    byLaw: byLaw.map((r) => ({ bwbId: r.bwb_id, title: r.title, count: r.n })),
  };
}
