// One regulation's line in the statute book's inventory (issue #24): the clauses and rigid provisions that
// analyseRegulation finds, in the register's compact form (utils/contract/register.ts). Pure, so the
// inventory's worker threads and a test on a single law give the same answer as `npm run analyse`.
import type { ClauseFinding, RegisterRegulation, RigidFinding } from '../contract/register';
import { analyseRegulation, type RegulationOptions } from './analyse';
import { isBesRegulation } from './law-kinds';
import { regulationKind } from './regulation-kind';

export interface RegulationText {
  bwbId: string;
  title: string;
  kind: string;
  versionDate: string | null;
  year: number | null;
  articles: ReadonlyArray<{ label: string; text: string }>;
}

/** A beleidsregel: Awb 4:84 lets the organ depart from every rule in it (the source's kind names it so). */
export function isPolicyRuleKind(kind: string): boolean {
  return /^beleidsregel/i.test(kind);
}

/** What the regulation's kind and title say about the Awb's reach and its hooks; `npm run analyse` reads them the same way. */
export function regulationOptions({ kind, title }: { kind?: string; title?: string }): RegulationOptions {
  return { policyRule: isPolicyRuleKind(kind ?? ''), bes: isBesRegulation({ kind, title }), kind: regulationKind({ kind, title }) };
}

export function inventoryEntry(reg: RegulationText): RegisterRegulation {
  const analysis = analyseRegulation(reg.bwbId, reg.articles, regulationOptions(reg));
  const clauses: ClauseFinding[] = [];
  const rigid: RigidFinding[] = [];
  for (const a of analysis.articles) {
    if (a.clause) clauses.push({ label: a.label, clause: a.clause, covers: a.covers.map((c) => c.text) });
    for (const r of a.rigid) rigid.push({ label: a.label, outcome: r.outcome, phrase: r.phrase, coveredBy: r.coveredBy });
  }
  return {
    bwbId: reg.bwbId,
    title: reg.title,
    kind: reg.kind,
    versionDate: reg.versionDate,
    year: reg.year,
    articleCount: reg.articles.length,
    clauseStatus: analysis.clause.status,
    clauses,
    rigid,
  };
}

/** Does the regulation hold a general hardheidsclausule of its own? */
export function hasGeneralClause(reg: Pick<RegisterRegulation, 'clauses'>): boolean {
  return reg.clauses.some((c) => c.clause === 'general');
}
