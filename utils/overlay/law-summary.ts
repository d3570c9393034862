// The summary at the top of a law, inline in its title so the law text does not move. On most law pages
// (the API knows nothing about the law's articles) the content script mounts it while the page is parsed
// (entrypoints/content-script/early-summary.ts), with the line's messages from the page setup; where the API knows
// articles of the law, the overlay shows it, as its counts need those articles recognised; on the rare pages
// where neither did (no version in the URL, a regulation without articles), the summary script
// (entrypoints/summary) shows it alone. The details are rendered by the overlay's UI script when opened.
import type { PageContext } from '../extension/page-context';
import { createSummaryLine, type SummaryLine } from '../../components/summary-line';
import type { RegulationResponse } from '../contract/api';
import type { ApiErrorCode } from '../api/client';
import type { RegulationLookup } from '../extension/messages';
import type { Language } from '../i18n';
import type { Catalog } from '../i18n/catalog';
import { loadPageScript } from './load-page-script';
import { isQuiet, summaryFigures, type SummaryFigures } from './model';
import { isPrivateLaw } from '../analysis/law-kinds';
import { pageHosts, type PageHosts } from './page-hosts';
import { uiTexts, type UiTexts } from './ui-texts';
import type { RegulationIdentity } from '../recognition/types';
import { lawTitle } from '../recognition/page';
import type { LawClause } from './law-clauses';
import { apiKnowsClause, clauseStatusOnLine, lawClausesSaid, type LineTexts } from './line-texts';

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
  /** The line's own words. */
  texts: LineTexts;
  /** The whole catalogue's texts, for the details, where the caller has them; else the details ask for them when opened. */
  detailsTexts: UiTexts | null;
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

export function mountSummary(options: MountSummaryOptions): LawSummaryLine {
  const { bwbId, data, offline, error, language, texts, detailsTexts, hosts, firstArticle, anchors, wholeText, report } = options;
  const { t } = texts;
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
              texts: detailsTexts,
              // Also where the line has no room for it (a phone's width).
              lawClause: apiKnowsClause(data) ? null : lawClausesSaid(lawClauses, t),
              ...(wholeText ? { wholeText } : {}),
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
export async function showLawSummary(ctx: PageContext, request: LawSummaryRequest): Promise<LawSummaryLine> {
  const { lookup, language, catalog } = request;
  const known = knownAboutLaw(lookup);
  const texts = await uiTexts(catalog, language)();
  const lineTexts = { t: texts.t, regulationClause: texts.labels.regulationClause };
  return mountSummary({ ...request, ...known, texts: lineTexts, detailsTexts: texts, hosts: pageHosts(ctx), figures: summaryFigures(known.data, []) });
}
