// How sure a signal is about one of its targets, in words. The signal's evidence level describes what its
// sources say; a target a moderator added from a later report is not in those sources (contract
// TargetOrigin), so for that target the text says where the link comes from instead.
import type { SignalTarget } from '../contract/api';
import type { EvidenceLevel } from '../contract/vocabulary';
import type { Labels } from './catalog';
import { formatDate, type Language } from './index';

export function targetCertainty(
  evidence: EvidenceLevel,
  target: Pick<SignalTarget, 'label' | 'origin'> | null,
  labels: Labels,
  language: Language,
): string {
  if (target?.origin.kind !== 'melding') return labels.evidence[evidence];
  const template = labels.reportLink[target.label === null ? 'law' : 'article'];
  return template.replace('{date}', formatDate(target.origin.mergedOn, language));
}
