// Messages between the content script / popup / options and the background, which owns the network.
import type { RecognitionConfig, RegulationResponse, SubmissionRequestInput } from '../contract/api';
import type { SubmissionState } from '../contract/vocabulary';
import type { ApiErrorCode } from '../api/client';
import type { Quote } from '../contract/identity';
import type { Catalog } from '../i18n/catalog';
import type { LineCatalog } from '../overlay/line-texts';
import type { Language } from '../i18n';
import type { Settings } from './settings';
import type { PageScriptName } from '../overlay/page-scripts';
import type { RigidOutcome } from '../analysis/rigid';
import type { LawClause } from '../overlay/law-clauses';

/** What the content script tells the background about the current tab (for popup and toolbar badge). */
export interface TabReport {
  url: string;
  lawPage: boolean;
  recognised: boolean;
  bwbId: string | null;
  title: string | null;
  versionDate: string | null;
  /** Null until counted: the content script counts the articles when the popup asks (describe-page). */
  articleCount: number | null;
  signalCount: number;
  /** The signals shown come from the cache because the API could not be reached. */
  offline: boolean;
  problem: string | null;
  strategies: Record<string, number>;
  /** Status lines or banners the recogniser does not know: selector health, never shown as a notice. */
  unknownStatusLines?: string[];
  /** A regulation without articles: its whole text was recognised as one unit. */
  wholeText?: boolean;
}

/** What the background asks a tab's content script: the tab report with every article counted. */
export interface DescribePage {
  type: 'describe-page';
}

/**
 * What the background (context menu) or the popup asks a tab when the reader wants to report: open the form
 * for the article holding the selected sentence, or for the article nearest the top of the viewport.
 */
export interface ReportArticle {
  type: 'report-article';
  at: 'selection' | 'top';
}

/** A regulation version as the page names it; no date: the version in force today. */
export interface RegulationVersion {
  bwbId: string;
  versionDate: string | null;
}

/**
 * What the content script needs to show a page: remote recognition selectors, the user's settings, the lookup
 * (when it named a version: it found law text), the UI texts when badges show at once, and the summary line's
 * messages when the content script shows the line itself (the API knows nothing about the law's articles).
 */
export interface PageSetup {
  config: RecognitionConfig | null;
  settings: Settings;
  lookup: RegulationLookup | null;
  catalog: Catalog | null;
  line: LineCatalog | null;
  /** The law's own general clauses, where a page of the version asked for read them this session. */
  lawClauses?: LawClause[];
}

export type RegulationLookup =
  | { state: 'ok'; data: RegulationResponse; offline: boolean }
  | { state: 'none' }
  | { state: 'error'; code: ApiErrorCode; status: number | null; message: string };

export interface OutboxView {
  localId: string;
  createdAt: string;
  regulationTitle: string;
  label: string | null;
  state: 'wacht' | 'verzonden' | SubmissionState;
  reason: string | null;
  signalId: string | null;
  lastError: string | null;
  /** The receipt: what was sent, on which law, version and sentence (personal data already replaced). */
  bwbId?: string;
  versionDate?: string | null;
  description?: string;
  quote?: string | null;
}

export type SubmitResult =
  | { state: 'queued' | 'sent'; localId: string }
  | { state: 'invalid'; errors: Array<{ field: string; message: string }> };

export interface StatusView {
  apiReachable: boolean;
  apiBaseUrl: string;
  outboxWaiting: number;
  tab: TabReport | null;
}

export interface ArticleText {
  label: string;
  text: string;
}

export interface ArticleFindings {
  label: string;
  clause: 'general' | 'specific' | null;
  hooks: Array<{ awb: string; reason: string }>;
}

/** An article that softens others: in this law, in the Awb or in another law. */
export interface ClauseRef {
  bwbId: string;
  label: string;
  /** Short title of a law other than the page's ("Awb", "Awir"); null when it is the page's law or not known. */
  law: string | null;
}

/** A rigid provision of an article as its panel shows it, with what covers it (null: nothing found). */
export interface RigidView {
  outcome: RigidOutcome;
  phrase: string;
  coveredBy: ClauseRef | null;
}

/**
 * One article's rigid provisions, asked when its panel opens. `clauses`: texts of the law's own articles on
 * the page that are known to hold a general clause; `named`: the clause the API's data says covers the article.
 */
export interface RigidRequest {
  type: 'rigid';
  bwbId: string;
  /** The law's title as the page shows it: a BES law ("… BES") gets no Awb escape, as the Awb does not apply there. */
  title: string | null;
  article: ArticleText;
  clauses: ArticleText[];
  named: ClauseRef | null;
}

export type Request =
  /**
   * With the tab report at load, which the background records (with the lookup's counts); null when the
   * setup is asked for while the page is still parsed (the report follows as 'tab-report').
   */
  | { type: 'page-setup'; report: TabReport | null; regulation: RegulationVersion | null }
  | ({ type: 'get-regulation' } & RegulationVersion)
  /** `lawClauses`: what the page read of the law's own clauses, to remember for the version (law-clauses-memory.ts). */
  | { type: 'tab-report'; report: TabReport; lawClauses?: LawClause[] }
  | { type: 'submit'; request: SubmissionRequestInput }
  | { type: 'get-status'; tabId: number | null }
  | { type: 'list-submissions' }
  /** `title` as in RigidRequest: a BES law gets no Awb hooks. */
  | { type: 'analyse'; bwbId: string; title: string | null; articles: ArticleText[] }
  /** Which of these article texts hold a hardheidsclausule (asked before the overlay is loaded for them). */
  | { type: 'find-clauses'; bwbId: string; texts: string[] }
  | RigidRequest
  | { type: 'catalog'; language: Language }
  | { type: 'load-script'; script: PageScriptName }
  | { type: 'quote'; text: string; start: number; end: number }
  | { type: 'reanchor'; text: string; quotes: Array<{ id: string; quote: Quote }> };

export interface ResponseMap {
  'page-setup': PageSetup;
  'get-regulation': RegulationLookup;
  'tab-report': null;
  submit: SubmitResult;
  'get-status': StatusView;
  'list-submissions': OutboxView[];
  analyse: ArticleFindings[];
  'find-clauses': boolean[];
  rigid: RigidView[];
  catalog: Catalog;
  /** Resolves once the script runs in the asking frame's extension world. */
  'load-script': null;
  quote: Quote | null;
  reanchor: Array<{ id: string; match: 'exact' | 'fuzzy' | 'lost' }>;
}

export type ResponseFor<R extends Request> = ResponseMap[R['type']];
