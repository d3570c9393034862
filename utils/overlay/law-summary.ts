// The summary at the top of a law, inline in its title so the law text does not move. Where the API knows
// articles of the law, the overlay shows it, as its counts need those articles recognised; where it knows
// the law only as a whole, or the lookup failed, the summary script (entrypoints/summary) shows it alone,
// and the overlay is not loaded for one line.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createSummaryLine, type SummaryLine } from '../../components/summary-line';
import type { RegulationClause, RegulationResponse } from '../contract/api';
import { articleReference } from '../citation/signal';
import type { ApiErrorCode } from '../api/client';
import type { RegulationLookup } from '../extension/messages';
import type { Language } from '../i18n';
import type { Catalog, Labels } from '../i18n/catalog';
import { loadPageScript } from './load-page-script';
import { isQuiet, summaryFigures, type SummaryFigures } from './model';
import { isPrivateLaw } from '../analysis/law-kinds';
import { pageHosts, type PageHosts } from './page-hosts';
import { uiTexts, type UiTexts } from './ui-texts';
import type { RegulationIdentity } from '../recognition/types';
import { hashArticleText } from '../recognition/text-hash';
import { articleBodyText } from '../recognition/text';
import { lawTitle } from '../recognition/page';
import type { LawClause } from './law-clauses';
import type { Translate } from '../i18n';

/** What a lookup says about the law: the data, whether it is the offline copy, or what went wrong. */
export interface KnownAboutLaw {
  data: RegulationResponse | null;
  offline: boolean;
  error: { code: ApiErrorCode; status: number | null } | null;
}

export function knownAboutLaw(lookup: RegulationLookup): KnownAboutLaw {
  if (lookup.state === 'ok') return { data: lookup.data, offline: lookup.offline, error: null };
  if (lookup.state === 'error') return { data: null, offline: false, error: { code: lookup.code, status: lookup.status } };
  return { data: null, offline: false, error: null };
}

export interface MountSummaryOptions extends KnownAboutLaw {
  bwbId: string;
  language: Language;
  texts: UiTexts;
  hosts: PageHosts;
  /** Where the summary goes on a page without a title; asked for only then. */
  firstArticle: () => Element | undefined;
  /** A regulation without articles: its whole text, which the details offer to report on. */
  wholeText?: WholeTextUnit;
  /** Anchor ids of the articles on the page, so the summary can jump to the clause it names (overlay only). */
  anchors?: () => ReadonlyMap<string, string>;
  /** Opens the report form for the article nearest the top of the viewport (a page with articles). */
  report?: () => void;
  /** The law's own general clauses read from the page (null: none can apply; absent: not read yet). */
  lawClauses?: LawClause[] | null;
  /** The totals at mount (the line shows them at once; they decide where it goes). */
  figures: SummaryFigures;
}

export interface WholeTextUnit {
  regulation: RegulationIdentity;
  /** The text container (div.tekst#Tekst); read for its hash only when a report is opened. */
  element: Element;
}

/** The report form's input for the whole text of a regulation without articles (contract TargetKind `regulation`). */
function wholeTextReport({ regulation, element }: WholeTextUnit, language: Language) {
  const { bwbId, title, versionDate } = regulation;
  return {
    reportPage: browser.runtime.getURL('/report.html'),
    regulation: { bwbId, title, versionDate },
    article: { label: null, path: [], jci: null, textHash: hashArticleText(articleBodyText(element)) },
    language,
  };
}

/** The clause status as the line says it, naming the clause's article ("…: Awir art. 47") where it is known. */
function clauseOnLine(clause: RegulationClause, bwbId: string, labels: Labels): string {
  const status = labels.regulationClause[clause.status];
  if (!clause.clauseLabel) return status;
  const law = clause.clauseBwbId === bwbId ? null : (clause.clauseLaw ?? null);
  return `${status}: ${articleReference(law, clause.clauseLabel)}`;
}

/** What a clause covers, in a few words: the whole law, its own article, or the law's own words for it. */
function coversOnLine(covers: LawClause['covers'], t: Translate): string | null {
  if (covers.length === 0) return null;
  if (covers.some((c) => c.kind === 'law')) return t('clauseCoversLaw');
  return covers.map((c) => (c.kind === 'self' ? t('clauseCoversSelf') : c.text)).join(', ');
}

/**
 * The line's clause status: what the API's data says where it knows it (checked by people), else what the
 * page's text says (read automatically); null while neither is known.
 */
function clauseStatusOnLine(data: RegulationResponse | null, bwbId: string, { t, labels }: UiTexts, lawClauses: LawClause[] | null | undefined, waiting = false): string | null {
  if (apiKnowsClause(data)) return clauseOnLine(data!.clause!, bwbId, labels);
  // Its place is kept while the law text is still loading, so the status takes no room of its own later.
  if (lawClauses === undefined && waiting) return t('summaryClauseReading');
  return lawClausesSaid(lawClauses, t);
}

/** The API's data has a clause status of its own (checked by people), which comes before what the text says. */
function apiKnowsClause(data: RegulationResponse | null): boolean {
  return data?.clause != null && data.clause.status !== 'onbekend';
}

/** What the page's text says of the law's own clause (read automatically); null while unread or where none can apply. */
function lawClausesSaid(lawClauses: LawClause[] | null | undefined, t: Translate): string | null {
  if (!lawClauses) return null;
  if (lawClauses.length === 0) return t('summaryNoClauseFound');
  const where = lawClauses.map(({ label, covers }) => {
    const scope = coversOnLine(covers, t);
    return scope ? t('summaryClauseWhere', { label, covers: scope }) : articleReference(null, label);
  });
  return t('summaryClauseFound', { where: where.join(t('listAnd')) });
}

export function mountSummary(options: MountSummaryOptions): LawSummaryLine {
  const { bwbId, data, offline, error, language, texts, hosts, firstArticle, anchors, wholeText, report } = options;
  const { t, labels } = texts;
  const summary = hosts.create('wetsignaal-summary');
  let lawClauses = options.lawClauses;
  // A quiet line outside private law shows the law's clause status, long enough not to fit beside most
  // titles: it takes a row of its own from the start. Moved there once laid out inline, it would lay the
  // whole law out again (a second frame after the one that put it in).
  const ownRow = isQuiet(options.figures, error) && !isPrivateLaw(bwbId);
  const clause = clauseStatusOnLine(data, bwbId, texts, lawClauses, ownRow);
  if (ownRow) summary.host.setAttribute('data-ws-wrap', '');
  const line = createSummaryLine(summary.container, {
    offline,
    error,
    language,
    t,
    clause,
    ...(report ? { onReport: report } : {}),
    // The extension was reloaded or the UI could not load: the details stay empty, the next opening tries again.
    renderDetails: (slot, figures) =>
      loadPageScript('overlay-ui').then(
        (ui) =>
          ui.renderSummaryDetails(
            slot,
            figures && {
              bwbId,
              data,
              failed: error !== null,
              figures,
              anchors: anchors?.(),
              language,
              labels,
              t,
              // Also where the line has no room for it (a phone's width).
              lawClause: apiKnowsClause(data) ? null : lawClausesSaid(lawClauses, t),
              ...(wholeText ? { report: wholeTextReport(wholeText, language) } : {}),
            },
          ),
        () => undefined,
      ),
  });
  line.update(options.figures);
  // Inside the title, after its text: inline, so the law below does not move.
  const heading = lawTitle(document);
  if (heading) heading.append(summary.host);
  else firstArticle()?.before(summary.host);
  hosts.fit(summary);
  return {
    ...line,
    showLawClauses(read) {
      lawClauses = read;
      // Longer now: where it no longer fits beside the title, it takes a row of its own.
      if (line.setClause(clauseStatusOnLine(data, bwbId, texts, read))) hosts.fit(summary);
    },
  };
}

/** The summary line, and the law's own clauses shown on it once the page's text has been read. */
export interface LawSummaryLine extends SummaryLine {
  showLawClauses(lawClauses: LawClause[] | null): void;
}

export interface LawSummaryRequest {
  bwbId: string;
  lookup: RegulationLookup;
  language: Language;
  /** The UI texts, when they came with the page setup. */
  catalog: Catalog | null;
  firstArticle: () => Element | undefined;
  wholeText?: WholeTextUnit;
  report?: () => void;
  lawClauses?: LawClause[] | null;
}

/** The summary of a law whose articles the API knows nothing about (or that has none): its figures are the law's own. */
export async function showLawSummary(ctx: ContentScriptContext, request: LawSummaryRequest): Promise<LawSummaryLine> {
  const { lookup, language, catalog } = request;
  const known = knownAboutLaw(lookup);
  const texts = await uiTexts(catalog, language)();
  return mountSummary({ ...request, ...known, texts, hosts: pageHosts(ctx), figures: summaryFigures(known.data, []) });
}
