// The tab report (popup and toolbar badge) with what the lookup found: the background records it when it
// answers the page setup, and the page keeps the same figures for the popup's later question.
import type { RegulationLookup, TabReport } from './messages';
import type { RegulationIdentity, SelectorHealth } from '../recognition/types';

interface SubtreeCount {
  articles: readonly unknown[];
  health: SelectorHealth;
  /** The page is a regulation without articles, its whole text one unit: recognised without articles. */
  wholeText?: boolean;
}

export function reportWithLookup(report: TabReport, lookup: RegulationLookup | null): TabReport {
  const found = report.recognised && lookup?.state === 'ok' ? lookup : null;
  return { ...report, signalCount: found?.data.signals.length ?? 0, offline: found?.offline ?? false };
}

/** The report with every article counted: for the popup, or at load for a page without article containers. */
export function countedReport(base: TabReport, regulation: RegulationIdentity, { articles, health, wholeText = false }: SubtreeCount): TabReport {
  return {
    ...base,
    recognised: articles.length > 0 || wholeText,
    bwbId: regulation.bwbId,
    title: regulation.title,
    versionDate: regulation.versionDate,
    articleCount: articles.length,
    problem: health.problem,
    strategies: health.byStrategy,
    ...(health.unknownStatusLines.length ? { unknownStatusLines: health.unknownStatusLines } : {}),
    ...(wholeText ? { wholeText } : {}),
  };
}
