// The tab report (popup and toolbar badge) with what the lookup found: the background records it when it
// answers the page setup, and the page keeps the same figures for the popup's later question.
import type { RegulationLookup, TabReport } from './messages';

export function reportWithLookup(report: TabReport, lookup: RegulationLookup | null): TabReport {
  const found = report.recognised && lookup?.state === 'ok' ? lookup : null;
  return { ...report, signalCount: found?.data.signals.length ?? 0, offline: found?.offline ?? false };
}
