// Messages between the content script / popup / options and the background, which owns the network.
import type { RecognitionConfig, RegulationResponse, SubmissionRequestInput } from '../contract/api';
import type { SubmissionState } from '../contract/vocabulary';
import type { ApiErrorCode } from '../api/client';
import type { Quote } from '../contract/identity';
import type { Catalog } from '../i18n/catalog';
import type { Language } from '../i18n';
import type { Settings } from './settings';

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
}

/** What the background asks a tab's content script: the tab report with every article counted. */
export interface DescribePage {
  type: 'describe-page';
}

/** A regulation version as the URL names it. */
export interface RegulationVersion {
  bwbId: string;
  versionDate: string;
}

/**
 * What the content script needs before it reads a page: remote recognition selectors and the user's settings;
 * when it named the version, the lookup; when the page shows something at once, the UI texts.
 */
export interface PageSetup {
  config: RecognitionConfig | null;
  settings: Settings;
  lookup: RegulationLookup | null;
  catalog: Catalog | null;
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

export type Request =
  | { type: 'page-setup'; regulation: RegulationVersion | null }
  | { type: 'get-regulation'; bwbId: string; versionDate: string | null }
  | { type: 'tab-report'; report: TabReport }
  | { type: 'submit'; request: SubmissionRequestInput }
  | { type: 'get-status'; tabId: number | null }
  | { type: 'list-submissions' }
  | { type: 'analyse'; bwbId: string; articles: ArticleText[] }
  | { type: 'catalog'; language: Language }
  | { type: 'load-overlay-ui' }
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
  catalog: Catalog;
  /** Resolves once the overlay's UI script runs in the asking frame's extension world. */
  'load-overlay-ui': null;
  quote: Quote | null;
  reanchor: Array<{ id: string; match: 'exact' | 'fuzzy' | 'lost' }>;
}

export type ResponseFor<R extends Request> = ResponseMap[R['type']];
