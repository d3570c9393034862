// The summary line's words. The line is built by the content script on most law pages, which does not carry
// the UI catalogue: the background sends the few messages the line uses with the page setup (LineCatalog),
// translated already, and the overlay and summary scripts use the same functions with the whole catalogue.
import type { RegulationClause, RegulationResponse } from '../contract/api';
import { articleReference } from '../citation/signal';
import type { ApiErrorCode } from '../api/client';
import type { RegulationLookup } from '../extension/messages';
import type { Language } from '../i18n';
import type { Catalog, Labels } from '../i18n/catalog';
import type { Entry } from '../i18n/messages';
import type { LawClause } from './law-clauses';

/** Every message the line shows (summary-line.ts and the status below). */
const LINE_KEYS = [
  'summaryTitle',
  'summaryCounts',
  'summaryArticles',
  'summaryNoData',
  'summaryClauseFound',
  'summaryClauseWhere',
  'summaryNoClauseFound',
  'summaryClauseReading',
  'clauseCoversLaw',
  'clauseCoversSelf',
  'listAnd',
  'summaryReportTitle',
  'reportShort',
  'offline',
  'apiError',
  'apiErrorUnreachable',
  'apiErrorTimeout',
  'apiErrorNotJson',
  'apiErrorUnknownFormat',
  'apiErrorHttp',
] as const;
export type LineKey = (typeof LINE_KEYS)[number];

/** A translator over the line's messages; the whole catalogue's translator is one too. */
export type LineTranslate = (key: LineKey, vars?: Record<string, string | number>) => string;

/** The line's messages in the reader's language, as the page setup sends them. */
export interface LineCatalog {
  language: Language;
  messages: Record<LineKey, Entry>;
  regulationClause: Labels['regulationClause'];
}

/** What the line needs to say things: its messages and the API's clause statuses. */
export interface LineTexts {
  t: LineTranslate;
  regulationClause: Labels['regulationClause'];
}

export function lineCatalog(catalog: Catalog): LineCatalog {
  const messages = Object.fromEntries(LINE_KEYS.map((key) => [key, catalog.messages[key]])) as Record<LineKey, Entry>;
  return { language: catalog.language, messages, regulationClause: catalog.labels.regulationClause };
}

/**
 * The API knows nothing about the law's articles (it knows the law only as a whole, or nothing, or could not
 * be asked): the line's counts need no article recognised, so the content script shows it without the overlay.
 */
export function lineWithoutArticles(lookup: RegulationLookup): boolean {
  return lookup.state !== 'ok' || lookup.data.articles.length === 0;
}

const ERROR_TEXT: Record<ApiErrorCode, LineKey> = {
  unreachable: 'apiErrorUnreachable',
  timeout: 'apiErrorTimeout',
  'not-json': 'apiErrorNotJson',
  'unknown-format': 'apiErrorUnknownFormat',
  http: 'apiErrorHttp',
};

/** Why the lookup failed, as the line's warning says it. */
export function errorOnLine(error: { code: ApiErrorCode; status: number | null }, t: LineTranslate): string {
  return `${t('apiError')} ${t(ERROR_TEXT[error.code], { status: error.status ?? '' })}`;
}

/** The clause status as the line says it, naming the clause's article ("…: Awir art. 47") where it is known. */
function clauseOnLine(clause: RegulationClause, bwbId: string, labels: Labels['regulationClause']): string {
  const status = labels[clause.status];
  if (!clause.clauseLabel) return status;
  const law = clause.clauseBwbId === bwbId ? null : (clause.clauseLaw ?? null);
  return `${status}: ${articleReference(law, clause.clauseLabel)}`;
}

/** What a clause covers, in a few words: the whole law, its own article, or the law's own words for it. */
function coversOnLine(covers: LawClause['covers'], t: LineTranslate): string | null {
  if (covers.length === 0) return null;
  if (covers.some((c) => c.kind === 'law')) return t('clauseCoversLaw');
  return covers.map((c) => (c.kind === 'self' ? t('clauseCoversSelf') : c.text)).join(', ');
}

/** The API's data has a clause status of its own (checked by people), which comes before what the text says. */
export function apiKnowsClause(data: RegulationResponse | null): boolean {
  return data?.clause != null && data.clause.status !== 'onbekend';
}

/** What the page's text says of the law's own clause (read automatically); null while unread or where none can apply. */
export function lawClausesSaid(lawClauses: LawClause[] | null | undefined, t: LineTranslate): string | null {
  if (!lawClauses) return null;
  if (lawClauses.length === 0) return t('summaryNoClauseFound');
  const where = lawClauses.map(({ label, covers }) => {
    const scope = coversOnLine(covers, t);
    return scope ? t('summaryClauseWhere', { label, covers: scope }) : articleReference(null, label);
  });
  return t('summaryClauseFound', { where: where.join(t('listAnd')) });
}

/**
 * The line's clause status: what the API's data says where it knows it (checked by people), else what the
 * page's text says (read automatically); null while neither is known. `waiting`: its place is kept while the
 * law text is still loading, so the status takes no room of its own later.
 */
export function clauseStatusOnLine(data: RegulationResponse | null, bwbId: string, { t, regulationClause }: LineTexts, lawClauses: LawClause[] | null | undefined, waiting = false): string | null {
  if (apiKnowsClause(data)) return clauseOnLine(data!.clause!, bwbId, regulationClause);
  if (lawClauses === undefined && waiting) return t('summaryClauseReading');
  return lawClausesSaid(lawClauses, t);
}
