// Shared set-up for the end-to-end tests: the real API on an embedded database, the fixture pages
// served as wetten.overheid.nl, and Chromium with the built extension.
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { recognisePage } from '../../utils/recognition/recognise';
import { articleBodyText } from '../../utils/recognition/text';
import { analyseArticle } from '../../utils/analysis/analyse';
import { startServer } from '../../server/start';
import { FIXTURE_DIR, loadFixtureManifest, startFixtureServer, type FixturePage } from '../../scripts/lib/fixture-server';
import { configureExtension, launchChromium, type Launched } from '../../scripts/lib/chromium';
import { startCountingProxy } from '../../bench/lib/counting-proxy';
import type { StatusView } from '../../utils/extension/messages';

export type Api = Awaited<ReturnType<typeof startServer>>;

export function fixture(predicate: (p: FixturePage) => boolean): FixturePage & { href: string } {
  const page = loadFixtureManifest().find(predicate);
  if (!page) throw new Error('fixture not found in manifest');
  return { ...page, href: new URL(page.url, 'https://wetten.overheid.nl').href };
}

/** Text of every article container in the fixture file as served, to prove the page text is untouched. */
export function articleTextsInFile(file: string): string[] {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  return [...document.querySelectorAll('div.artikel:not(.article__header--law)')].map((el) => el.textContent ?? '');
}

export async function articleTextsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('div.artikel:not(.article__header--law)')].map((el) => el.textContent ?? ''),
  );
}

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/** A moderation request to the API as the admin (e.g. publishing a submission), JSON body. */
export function adminPost(apiUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/**
 * The API on an in-memory embedded database, behind a proxy that records every request the
 * extension makes; the fixture pages; Chromium with the built extension pointed at the proxy.
 */
export async function startStack(opts: { settings?: Partial<Parameters<typeof configureExtension>[1]> } = {}) {
  const api = await startServer({ port: 0, memory: true, log: false, adminToken: ADMIN_TOKEN });
  const proxy = await startCountingProxy(api.url);
  const fixtures = await startFixtureServer();
  const browser: Launched = await launchChromium({ fixturePort: fixtures.port });
  await configureExtension(browser, { apiBaseUrl: proxy.url, ...opts.settings });
  proxy.reset();
  return {
    api,
    proxy,
    fixtures,
    browser,
    async stop() {
      await browser.context.close();
      await fixtures.close();
      await proxy.close();
      await api.close();
    },
  };
}

/** Runs JavaScript in the extension's service worker (e.g. to read its IndexedDB outbox). */
export async function inBackground<T>(browser: Launched, fn: () => Promise<T>): Promise<T> {
  if (!browser.background) throw new Error('no extension background');
  return browser.background.evaluate(fn);
}

/** Labels of the articles that should get a badge, from the API's own answer (not hard-coded). */
export async function labelsWithData(apiUrl: string, bwbId: string, date: string): Promise<string[]> {
  const response = await fetch(`${apiUrl}/v1/regulations/${bwbId}?date=${date}`);
  const body = (await response.json()) as {
    articles: Array<{ label: string; signalIds: string[]; clause: unknown; hooks: unknown[] }>;
  };
  return body.articles.filter((a) => a.signalIds.length > 0 || a.clause !== null || a.hooks.length > 0).map((a) => a.label);
}

/**
 * Scrolls to the end two screens at a time, as a reader would: the overlay reads articles for clauses
 * (and mounts "toon alles" badges) as they come near the viewport.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: innerHeight }));
  for (let top = 0; top <= height; top += screen * 2) {
    await page.evaluate((y) => scrollTo(0, y), top);
    await page.waitForTimeout(50);
  }
}

export async function badgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('wetsignaal-badge')].map((el) => (el as HTMLElement).dataset.wsLabel ?? ''));
}

/** Article labels of a fixture page as the recogniser reads them in Node (independent of the browser). */
export function labelsInFile(file: string, href: string): string[] {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  return recognisePage(document as unknown as Document, href).page.articles.map((a) => a.label);
}

/** Labels whose own text the analysis reads as a (specific) hardheidsclausule: they get a badge too. */
export function labelsWithComputedClause(file: string, href: string): string[] {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const { page, onPage } = recognisePage(document as unknown as Document, href);
  const bwbId = page.regulation!.bwbId;
  return onPage
    .filter((a) => analyseArticle({ bwbId, label: a.label, text: articleBodyText(a.element) }).clause !== null)
    .map((a) => a.label);
}

/**
 * Waits until the content script on `href` has reported to the background (the signal that it is done,
 * also on pages that show nothing); returns the report.
 */
export async function waitForTabReport(browser: Launched, href: string): Promise<{ recognised: boolean; articleCount: number | null; signalCount: number }> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const report = await browser.background!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url });
      if (!tab) return null;
      return (await api.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] ?? null;
    }, href);
    if (report && report.url === href) return report;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`no report from the content script on ${href}`);
}

/** What the popup is told about the tab showing `href` (the page counts its articles when asked). */
export async function popupStatus(browser: Launched, href: string): Promise<StatusView> {
  const tabId = await browser.background!.evaluate(async (url) => {
    const [tab] = await (globalThis as unknown as { chrome: any }).chrome.tabs.query({ url });
    return (tab?.id as number | undefined) ?? null;
  }, href);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const status = await popup.evaluate(
    (id) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: 'get-status', tabId: id }),
    tabId,
  );
  await popup.close();
  return status as StatusView;
}
