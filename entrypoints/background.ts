// The background owns the network: content scripts and popup ask it; it validates every API
// response, caches it in IndexedDB and delivers submissions from the outbox.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SubmissionRequest, RecognitionConfig } from '../utils/contract/api';
import { createApiClient, type ApiClient } from '../utils/api/client';
import { openDatabase } from '../utils/storage/database';
import { loadSettings } from '../utils/extension/settings';
import { createRegulationLookup } from '../utils/background/regulation-lookup';
import { createOutbox } from '../utils/background/outbox';
import { createPageSetup } from '../utils/background/page-setup';
import { createLawClausesMemory } from '../utils/background/law-clauses-memory';
import { injectPageScript } from '../utils/background/inject-page-script';
import { scrubSubmission } from '../utils/background/scrub-submission';
import { registerReportMenu } from '../utils/background/report-menu';
import type { DescribePage, Request, ResponseMap, TabReport } from '../utils/extension/messages';
import { reportWithLookup } from '../utils/extension/tab-report';
import { clauseIn, overlayFindings } from '../utils/analysis/analyse';
import { rigidFindings } from '../utils/background/rigid-findings';
import { isBesRegulation } from '../utils/analysis/law-kinds';
import { regulationKind } from '../utils/analysis/regulation-kind';
import { loadShippedHookModel } from '../utils/analysis/shipped-hook-model';
import { catalogFor } from '../utils/i18n/catalog';
import { reanchorQuote } from '../utils/anchoring/reanchor';
import { quoteFromSelection } from '../utils/anchoring/quote';
import { normaliseArticleText } from '../utils/recognition/text-hash';

const OUTBOX_ALARM = 'outbox';

export default defineBackground(() => {
  const client = async (): Promise<ApiClient> => createApiClient((await loadSettings()).apiBaseUrl);
  const lookup = createRegulationLookup({
    db: openDatabase,
    client,
    privateLookups: async () => (await loadSettings()).privateLookups,
  });
  const outbox = createOutbox({
    db: openDatabase,
    client,
    schedule: (when) => void browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when, Date.now() + 1000) }),
  });

  async function recognitionConfig(): Promise<RecognitionConfig | null> {
    // The config is the same for everybody, so fetching it reveals nothing about what the user reads.
    const db = await openDatabase();
    const cached = await db.get('cache', 'config');
    if (cached && Date.now() - cached.fetchedAt < 24 * 60 * 60_000) return cached.body as RecognitionConfig;
    try {
      const body = await (await client()).config();
      await db.put('cache', { key: 'config', body, etag: null, fetchedAt: Date.now() });
      return body;
    } catch {
      return (cached?.body as RecognitionConfig | undefined) ?? null;
    }
  }

  const lawClauses = createLawClausesMemory(() => browser.storage.session);
  const pageSetup = createPageSetup({ config: recognitionConfig, settings: loadSettings, lookup, catalog: catalogFor, lawClauses: lawClauses.recall });

  async function setTabReport(tabId: number, report: TabReport): Promise<void> {
    await browser.storage.session.set({ [`tab:${tabId}`]: report });
    const text = report.signalCount > 0 ? String(report.signalCount) : '';
    const action = browser.action ?? browser.browserAction; // Firefox MV2 has only browserAction
    await action.setBadgeText({ tabId, text });
    await action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
  }

  /**
   * The tab's report with its articles counted: the page counts them when asked (the popup opened);
   * a tab without a content script to ask keeps the report it sent.
   */
  async function tabReport(tabId: number | null): Promise<TabReport | null> {
    if (tabId === null) return null;
    const ask: DescribePage = { type: 'describe-page' };
    const counted = (await browser.tabs.sendMessage(tabId, ask).catch(() => null)) as TabReport | null | undefined;
    if (counted) {
      await setTabReport(tabId, counted);
      return counted;
    }
    return ((await browser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as TabReport | undefined) ?? null;
  }

  async function handle(message: Request, tabId: number | null, frameId: number): Promise<ResponseMap[Request['type']]> {
    switch (message.type) {
      case 'page-setup': {
        const setup = await pageSetup(message.regulation);
        if (tabId !== null && message.report) await setTabReport(tabId, reportWithLookup(message.report, setup.lookup));
        return setup;
      }
      case 'get-regulation':
        return lookup(message.bwbId, message.versionDate);
      case 'tab-report': {
        const { report } = message;
        if (message.lawClauses && report.bwbId) await lawClauses.remember({ bwbId: report.bwbId, versionDate: report.versionDate }, message.lawClauses);
        if (tabId !== null) await setTabReport(tabId, report);
        return null;
      }
      case 'submit': {
        const parsed = SubmissionRequest.safeParse(message.request);
        if (!parsed.success) {
          return {
            state: 'invalid',
            errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
          };
        }
        const item = await outbox.enqueue(scrubSubmission(parsed.data));
        await outbox.flush();
        const stored = (await outbox.list()).find((i) => i.localId === item.localId);
        return { state: stored?.state === 'wacht' ? 'queued' : 'sent', localId: item.localId };
      }
      case 'get-status': {
        const settings = await loadSettings();
        const [apiReachable, outboxWaiting, tab] = await Promise.all([
          (await client()).health(),
          outbox.waitingCount(),
          tabReport(message.tabId),
        ]);
        return { apiReachable, apiBaseUrl: settings.apiBaseUrl, outboxWaiting, tab };
      }
      case 'analyse': {
        // Runs here, off the page's main thread; the text never leaves the browser. The hook model is fetched on the
        // first call (shipped-hook-model.extension.ts); the page gives only the title, so the kind is read from it.
        await loadShippedHookModel();
        const title = message.title ?? undefined;
        const options = { bes: isBesRegulation({ title }), kind: regulationKind({ title }) };
        return message.articles.map(({ label, text }) => ({ label, ...overlayFindings({ bwbId: message.bwbId, text }, options) }));
      }
      case 'rigid':
        // Only when the reader opens an article's panel: one article, with the clauses the page knows.
        return rigidFindings(message);
      case 'find-clauses':
        return message.texts.map((text) => clauseIn(message.bwbId, text) !== null);
      // Text services for the page UI: they live here so the content script stays small.
      case 'catalog':
        return catalogFor(message.language);
      case 'load-script':
        if (tabId === null) throw new Error('only a page can load a page script');
        await injectPageScript(tabId, frameId, message.script);
        return null;
      case 'quote':
        try {
          return quoteFromSelection(message.text, message.start, message.end);
        } catch {
          return null; // empty or too long: report without a quote
        }
      case 'reanchor': {
        const text = normaliseArticleText(message.text);
        return message.quotes.map(({ id, quote }) => ({ id, match: reanchorQuote(quote, text).match }));
      }
      case 'list-submissions':
        await outbox.flush();
        await outbox.refreshStatuses();
        return outbox.list();
    }
  }

  // sendResponse + `return true` keeps the channel open; it works in Chrome, Firefox and WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    const request = message as Request;
    if (!request || typeof request !== 'object' || typeof request.type !== 'string') return false;
    handle(request, sender.tab?.id ?? null, sender.frameId ?? 0).then(sendResponse, (error: unknown) =>
      sendResponse({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void outbox.flush();
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`tab:${tabId}`));
  // Every time the worker starts (browser start, wake-up), deliver what is still waiting. The
  // onStartup listener makes the browser start the worker at launch even when no page asks for it.
  browser.runtime.onStartup.addListener(() => void outbox.flush());
  void outbox.flush();
  registerReportMenu();
});
