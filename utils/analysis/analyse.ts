// Article and regulation analysis: hardheidsclausule class, span, covered provisions and Awb hooks per
// article, and the clause status of the regulation (contract RegulationClauseStatus/ArticleClauseStatus).
import type { ArticleClauseStatus, AwbHook, RegulationClauseStatus } from '../contract';
import { detectClause, type ClauseKind, type Span } from './clause';
import type { Cover } from './covers';
import { KNOWN_CLAUSE_STATUS } from './external-clauses';
import { classifyHooks } from './hooks';
import { isPrivateLaw, isTaxLaw } from './law-kinds';
import { awbEscape } from './hooks';
import { detectRigid, type RigidOutcome } from './rigid';

export interface ArticleInput {
  bwbId: string;
  label: string;
  text: string;
}

/** A rigid provision and what, if anything, softens it: an own general clause ("art. 45") or an Awb escape ("Awb 4:94a"). */
export interface RigidProvision {
  outcome: RigidOutcome;
  phrase: string;
  coveredBy: string | null;
}

export interface ArticleAnalysis {
  bwbId: string;
  label: string;
  clause: ClauseKind | null;
  span: Span | null;
  covers: Cover[];
  hooks: AwbHook[];
  rigid: RigidProvision[];
}

export interface RegulationOptions {
  /** The regulation is a beleidsregel: Awb 4:84 lets the organ depart from every rule in it. */
  policyRule?: boolean;
  /** The regulation is a BES law (isBesRegulation): the Awb does not apply, so no Awb hooks and no Awb escape. */
  bes?: boolean;
  /** The regulation's kind as regulationKind() gives it, which the hook classifier weighs; unknown where absent. */
  kind?: string;
}

export interface RegulationClauseSummary {
  status: RegulationClauseStatus;
  /** Article holding the deciding clause (own law or another law). */
  clauseBwbId: string | null;
  clauseLabel: string | null;
  note: string | null;
}

export interface RegulationAnalysis {
  bwbId: string;
  clause: RegulationClauseSummary;
  /** Labels of own articles that are strict clauses, and of those with specific powers. */
  generalLabels: string[];
  specificLabels: string[];
  articles: Array<ArticleAnalysis & { clauseStatus: ArticleClauseStatus }>;
}

/** The clause an article's text holds, if any. In private law "bijzondere omstandigheden" weighs between parties: none. */
export function clauseIn(bwbId: string, text: string): ReturnType<typeof detectClause> {
  return isPrivateLaw(bwbId) ? null : detectClause(text);
}

/** A rigid provision with the Awb article that softens it in this regulation, if any ("4:94a"). */
export interface RigidWithAwb {
  outcome: RigidOutcome;
  phrase: string;
  awb: string | null;
}

/**
 * Rigid provisions of one article with the Awb escape that applies, if any; own clauses come from the caller. None in
 * private law, nor in the tax laws and the regulations made under them, which keep their own objection, revision and
 * collection.
 */
export function rigidWithAwb(bwbId: string, text: string, options: RegulationOptions = {}): RigidWithAwb[] {
  if (isPrivateLaw(bwbId) || isTaxLaw(bwbId)) return [];
  const awb = (outcome: string): string | null => (options.bes ? null : options.policyRule ? '4:84' : awbEscape(bwbId, outcome));
  return detectRigid(text).map(({ outcome, phrase }) => ({ outcome, phrase, awb: awb(outcome) }));
}

/**
 * What the overlay shows of an article: its clause kind and Awb hooks. Without the rigid provisions, which only
 * the register uses (about a third of analyseArticle's time over the corpus).
 */
export function overlayFindings({ bwbId, text }: Omit<ArticleInput, 'label'>, options: RegulationOptions = {}): Pick<ArticleAnalysis, 'clause' | 'hooks'> {
  return { clause: clauseIn(bwbId, text)?.clause ?? null, hooks: options.bes ? [] : classifyHooks({ bwbId, text, kind: options.kind }) };
}

export function analyseArticle({ bwbId, label, text }: ArticleInput, options: RegulationOptions = {}): ArticleAnalysis {
  const match = clauseIn(bwbId, text);
  return {
    bwbId,
    label,
    clause: match?.clause ?? null,
    span: match?.span ?? null,
    covers: match?.covers ?? [],
    hooks: options.bes ? [] : classifyHooks({ bwbId, text, kind: options.kind }),
    rigid: rigidWithAwb(bwbId, text, options).map(({ awb, ...r }) => ({ ...r, coveredBy: awb ? `Awb ${awb}` : null })),
  };
}

/** A general clause reaches the whole law when it says so or names no narrower provision. */
function coversWholeLaw(covers: readonly Cover[]): boolean {
  const own = covers.filter((c) => c.kind !== 'other-law');
  return own.length === 0 || own.some((c) => c.kind === 'law');
}

function numeric(label: string): number {
  return Number.parseFloat(label.replace(/[^\d.]/g, ''));
}

/** Is `label` one of the own-law articles a limited clause names ("artikel 6", "de artikelen 3 tot en met 7")? */
function namedIn(label: string, covers: readonly Cover[]): boolean {
  return covers.some((c) => {
    if (c.kind === 'article') return c.label === label;
    if (c.kind !== 'articles' || !c.label) return false;
    if ([c.label, ...(c.labels ?? [])].includes(label)) return true;
    if (!c.to) return false;
    const n = numeric(label);
    return n >= numeric(c.label) && n <= numeric(c.to);
  });
}

/** The own general clause (its label) whose scope includes article `label`: one for the whole law first, else one naming it. */
export function coveringClause(label: string, general: ReadonlyArray<{ label: string; covers: readonly Cover[] }>): string | null {
  const g = general.find((c) => coversWholeLaw(c.covers)) ?? general.find((c) => namedIn(label, c.covers));
  return g?.label ?? null;
}

export function analyseRegulation(
  bwbId: string,
  articles: readonly Omit<ArticleInput, 'bwbId'>[],
  options: RegulationOptions = {},
): RegulationAnalysis {
  const analysed = articles.map((a) => analyseArticle({ bwbId, label: a.label, text: a.text }, options));
  const general = analysed.filter((a) => a.clause === 'general');
  const specificLabels = analysed.filter((a) => a.clause === 'specific').map((a) => a.label);
  const wholeLaw = general.find((a) => coversWholeLaw(a.covers));
  const limited = general.filter((a) => !coversWholeLaw(a.covers));
  const known = KNOWN_CLAUSE_STATUS.find((k) => k.bwbId === bwbId);

  let clause: RegulationClauseSummary;
  if (wholeLaw) {
    clause = { status: 'algemeen_eigen', clauseBwbId: bwbId, clauseLabel: wholeLaw.label, note: null };
  } else if (known) {
    clause = { status: known.status, clauseBwbId: known.clauseBwbId, clauseLabel: known.clauseLabel, note: known.note };
  } else if (limited.length > 0 || specificLabels.length > 0) {
    const note = limited.length > 0 ? `Hardheidsclausule met beperkte reikwijdte: art. ${limited.map((a) => a.label).join(', ')}.` : null;
    clause = { status: 'alleen_specifiek', clauseBwbId: null, clauseLabel: null, note };
  } else {
    clause = { status: 'geen', clauseBwbId: null, clauseLabel: null, note: null };
  }

  const articleStatus = (a: ArticleAnalysis): ArticleClauseStatus => {
    if (a.clause === 'general') return 'is_hardheidsclausule';
    if (a.clause === 'specific') return 'is_specifieke_afwijkingsbevoegdheid';
    if (wholeLaw) return 'gedekt_eigen';
    if (limited.some((g) => namedIn(a.label, g.covers))) return 'gedekt_beperkt';
    if (clause.status === 'algemeen_extern') return 'gedekt_extern';
    if (clause.status === 'voorgesteld') return 'voorgesteld';
    return 'niet_gedekt';
  };

  // An own general clause that reaches the article comes before an Awb escape.
  const withCover = (a: ArticleAnalysis): ArticleAnalysis => {
    const own = coveringClause(a.label, general);
    return own ? { ...a, rigid: a.rigid.map((r) => ({ ...r, coveredBy: `art. ${own}` })) } : a;
  };

  return {
    bwbId,
    clause,
    generalLabels: general.map((a) => a.label),
    specificLabels,
    articles: analysed.map((a) => ({ ...withCover(a), clauseStatus: articleStatus(a) })),
  };
}
