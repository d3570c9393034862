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
import { summaryFigures } from './model';
import { pageHosts, type PageHosts } from './page-hosts';
import { uiTexts, type UiTexts } from './ui-texts';
import type { RegulationIdentity } from '../recognition/types';
import { hashArticleText } from '../recognition/text-hash';
import { articleBodyText } from '../recognition/text';
import { LAW_TITLE } from '../recognition/page';

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

export function mountSummary(options: MountSummaryOptions): SummaryLine {
  const { bwbId, data, offline, error, language, texts: { t, labels }, hosts, firstArticle, anchors, wholeText, report } = options;
  const summary = hosts.create('wetsignaal-summary');
  const clause = data?.clause && data.clause.status !== 'onbekend' ? clauseOnLine(data.clause, bwbId, labels) : null;
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
            figures && { bwbId, data, failed: error !== null, figures, anchors: anchors?.(), language, labels, t, ...(wholeText ? { report: wholeTextReport(wholeText, language) } : {}) },
          ),
        () => undefined,
      ),
  });
  // Inside the title, after its text: inline, so the law below does not move.
  const heading = document.querySelector(LAW_TITLE);
  if (heading) heading.append(summary.host);
  else firstArticle()?.before(summary.host);
  hosts.fit(summary);
  return line;
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
}

/** The summary of a law whose articles the API knows nothing about (or that has none): its figures are the law's own. */
export async function showLawSummary(ctx: ContentScriptContext, { bwbId, lookup, language, catalog, firstArticle, wholeText, report }: LawSummaryRequest): Promise<void> {
  const known = knownAboutLaw(lookup);
  const texts = await uiTexts(catalog, language)();
  mountSummary({ ...known, bwbId, language, texts, hosts: pageHosts(ctx), firstArticle, wholeText, report }).update(summaryFigures(known.data, []));
}
