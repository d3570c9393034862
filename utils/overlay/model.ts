// Joins what recognition found on the page with what the API knows, per article. Pure.
import type { ArticleSummary, AwbHook, RegulationResponse, SignalSummary } from '../contract/api';
import { CLOSED_STATUSES, OPEN_STATUS_SEVERITY, type SignalStatus } from '../contract/constants';
import type { ArticleOnPage } from '../recognition/types';
import type { ArticleClauseStatus, RegulationClauseStatus } from '../contract/vocabulary';
import type { ClauseRef } from '../extension/messages';

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

/** Nothing known and nothing wrong: the summary line stays quiet (a sign that the extension is there) and shows the clause status. */
export function isQuiet(figures: SummaryFigures, error: unknown): boolean {
  return figures.total === 0 && !error;
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

/** The article holds a general hardheidsclausule, as curated or as read from its text. */
export function holdsGeneralClause(view: ArticleView): boolean {
  return view.curated?.clause?.status === 'is_hardheidsclausule' || view.computed?.clause === 'general';
}

const ARTICLE_COVERED: readonly ArticleClauseStatus[] = ['gedekt_eigen', 'gedekt_extern'];
const ARTICLE_NOT_COVERED: readonly ArticleClauseStatus[] = ['niet_gedekt', 'gedekt_beperkt', 'voorgesteld'];
const LAW_COVERED: readonly RegulationClauseStatus[] = ['algemeen_eigen', 'algemeen_extern'];

/**
 * The clause the API's data says covers the whole article: the article's curated status decides where it has
 * one (a "gedekt_eigen" without a label means the law's clause; "niet_gedekt" or only partly: none named),
 * else the whole law's clause.
 */
export function namedCover(view: ArticleView, data: RegulationResponse | null, bwbId: string): ClauseRef | null {
  const own = view.curated?.clause ?? null;
  const law = data?.clause ?? null;
  const clause =
    own && ARTICLE_COVERED.includes(own.status)
      ? own.clauseLabel
        ? own
        : law
      : own && ARTICLE_NOT_COVERED.includes(own.status)
        ? null
        : law && LAW_COVERED.includes(law.status)
          ? law
          : null;
  if (!clause?.clauseLabel) return null;
  return { bwbId: clause.clauseBwbId ?? bwbId, label: clause.clauseLabel, law: clause.clauseLaw ?? null };
}
