// How sure a signal is about one of its targets, in words. The signal's evidence level describes what its
// sources say; a target a moderator added from a later report is not in those sources (contract
// TargetOrigin), so for that target the text says where the link comes from instead.
import type { SignalTarget } from '../contract/api';
import type { EvidenceLevel } from '../contract/vocabulary';
import type { Labels } from './catalog';
import { formatDate, type Language } from './index';

type TargetWithOrigin = Pick<SignalTarget, 'label' | 'origin'>;

/** Where the link to a target added from a report comes from; null for a target the sources name. */
export function reportLink(target: TargetWithOrigin, labels: Labels, language: Language): string | null {
  if (target.origin?.kind !== 'melding') return null;
  const template = labels.reportLink[target.label === null ? 'law' : 'article'];
  return template.replace('{date}', formatDate(target.origin.mergedOn, language));
}

export function targetCertainty(evidence: EvidenceLevel, target: TargetWithOrigin | null, labels: Labels, language: Language): string {
  return (target && reportLink(target, labels, language)) ?? labels.evidence[evidence];
}
