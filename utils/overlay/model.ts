// Joins what recognition found on the page with what the API knows, per article. Pure.
import type { ArticleSummary, AwbHook, RegulationResponse, SignalSummary } from '../contract/api';
import { CLOSED_STATUSES, OPEN_STATUS_SEVERITY, type SignalStatus } from '../contract/constants';
import type { ArticleOnPage } from '../recognition/types';

/** What the text analysis found in the article itself (shown as "automatisch herkend"). */
export interface ComputedFindings {
  clause: 'general' | 'specific' | null;
  hooks: AwbHook[];
}

export interface ArticleView {
  article: ArticleOnPage;
  curated: ArticleSummary | null;
  signals: SignalSummary[];
  computed: ComputedFindings | null;
}

export type Severity = 'open-serious' | 'open' | 'in-progress' | 'closed' | 'none';

export function severityOf(statuses: SignalStatus[]): Severity {
  if (statuses.length === 0) return 'none';
  const open = statuses.filter((s) => !CLOSED_STATUSES.includes(s));
  if (open.length === 0) return 'closed';
  const rank = Math.min(...open.map((s) => OPEN_STATUS_SEVERITY.indexOf(s)));
  if (rank <= 2) return 'open-serious';
  if (rank <= 4) return 'in-progress';
  return 'open';
}

export function hasAnything(view: ArticleView): boolean {
  return (
    view.signals.length > 0 ||
    view.curated?.clause != null ||
    (view.curated?.hooks.length ?? 0) > 0 ||
    view.computed?.clause != null
  );
}

export function buildArticleViews(articles: ArticleOnPage[], data: RegulationResponse | null): ArticleView[] {
  const byLabel = new Map((data?.articles ?? []).map((a) => [a.label, a]));
  const signals = new Map((data?.signals ?? []).map((s) => [s.id, s]));
  return articles.map((article) => {
    const curated = byLabel.get(article.label) ?? null;
    const mine = (curated?.signalIds ?? []).flatMap((id) => signals.get(id) ?? []);
    return { article, curated, signals: mine, computed: null };
  });
}

/** What the summary at the top of the law counts: signals over articles, and those about the whole law. */
export interface SummaryFigures {
  /** Distinct signals, on articles and on the whole law. */
  total: number;
  /** The recognised articles that have signals, in page order. */
  withSignals: ArticleView[];
  regulationSignals: SignalSummary[];
}

export function summaryFigures(data: RegulationResponse | null, views: ArticleView[]): SummaryFigures {
  const withSignals = views.filter((v) => v.signals.length > 0);
  const regulationSignals = (data?.signals ?? []).filter((s) => data?.regulationSignalIds.includes(s.id));
  const ids = new Set([...withSignals.flatMap((v) => v.signals.map((s) => s.id)), ...regulationSignals.map((s) => s.id)]);
  return { total: ids.size, withSignals, regulationSignals };
}

/** Hooks to show: curated ones first (verified), then computed ones not already listed. */
export function mergedHooks(view: ArticleView): Array<AwbHook & { verified: boolean }> {
  const curated = (view.curated?.hooks ?? []).map((h) => ({ ...h, verified: true }));
  const seen = new Set(curated.map((h) => h.awb));
  const computed = (view.computed?.hooks ?? []).filter((h) => !seen.has(h.awb)).map((h) => ({ ...h, verified: false }));
  return [...curated, ...computed];
}

/**
 * The target of a signal on this article, to compare its text hash and show its version date; with `label`
 * null, its target on the law as a whole.
 */
export function targetOn(signal: SignalSummary, bwbId: string, label: string | null) {
  return signal.targets.find((t) => t.bwbId === bwbId && t.label === label) ?? null;
}
