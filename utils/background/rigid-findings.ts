// An article's rigid provisions for its panel (issue #24), computed when the reader opens the panel: the
// 'analyse' message leaves them out, as reading them for every article near the viewport costs about a third
// more analysis time for nothing shown.
import { clauseIn, coveringClause, rigidWithAwb } from '../analysis/analyse';
import { isBesRegulation } from '../analysis/law-kinds';
import { AWB_BWB_ID } from '../overlay/links';
import type { ClauseRef, RigidRequest, RigidView } from '../extension/messages';

/**
 * What covers each rigid provision: the clause the API names, else an own general clause on the page whose
 * scope includes the article (the article itself counts), else an Awb escape such as 4:94a, else nothing.
 */
export function rigidFindings({ bwbId, title, article, clauses, named }: Omit<RigidRequest, 'type'>): RigidView[] {
  const found = rigidWithAwb(bwbId, article.text, { bes: isBesRegulation({ title: title ?? undefined }) });
  if (found.length === 0) return [];
  const general = [article, ...clauses].flatMap(({ label, text }) => {
    const match = clauseIn(bwbId, text);
    return match?.clause === 'general' ? [{ label, covers: match.covers }] : [];
  });
  const ownLabel = coveringClause(article.label, general);
  const own: ClauseRef | null = ownLabel ? { bwbId, label: ownLabel, law: null } : null;
  return found.map(({ outcome, phrase, awb }) => ({
    outcome,
    phrase,
    coveredBy: named ?? own ?? (awb ? { bwbId: AWB_BWB_ID, label: awb, law: 'Awb' } : null),
  }));
}
