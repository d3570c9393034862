// Issue #20's whole journey in real Chromium, on the real API and database: a citizen reports a sentence of a
// Participatiewet article that has no signal yet, in the extension; a moderator (account made with the CLI,
// through the running server) signs in at the desk and merges the report into an existing signal; the public
// law page shows it with JavaScript on and off; the extension shows it once its cached answer is stale and
// revalidated; the citizen's "mijn meldingen" shows the decision.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegulationResponse } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { formatDate } from '../../utils/i18n';
import { FRESH_MS } from '../../utils/background/regulation-lookup';
import { httpDesk } from '../../server/cli/moderation-desk';
import { runModerate } from '../../server/cli/moderate';
import { CHROMIUM } from '../../scripts/lib/chromium';
import { ADMIN_TOKEN, fixture, startStack, waitForTabReport } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const LABEL = '11';
const ARTICLE_ID = 'Hoofdstuk2_Paragraaf2.2_Artikel11';
const QUOTE = 'niet over de middelen beschikt om in de noodzakelijke kosten van bestaan te voorzien';
const TARGET_SIGNAL = 'sig-18-participatiewet-algemeen';

async function regulation(apiUrl: string, bwbId: string, date: string): Promise<RegulationResponse> {
  return RegulationResponse.parse(await (await fetch(`${apiUrl}/v1/regulations/${bwbId}?date=${date}`)).json());
}

/**
 * Makes the extension's cached answer for one law version older than its freshness rule allows, in the
 * extension's own IndexedDB (from its service worker); returns the ETag it will revalidate with.
 */
async function ageCachedRegulation(stack: Stack, key: string): Promise<string | null> {
  return stack.browser.background!.evaluate(
    async ({ key, by }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('wetsignaal');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('cache', 'readwrite');
      const store = tx.objectStore('cache');
      const entry = await new Promise<{ etag: string | null; fetchedAt: number } | undefined>((ok, fail) => {
        const get = store.get(key);
        get.onsuccess = () => ok(get.result);
        get.onerror = () => fail(get.error);
      });
      if (!entry) throw new Error(`nothing cached under ${key}`);
      store.put({ ...entry, fetchedAt: entry.fetchedAt - by });
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      return entry.etag;
    },
    { key, by: FRESH_MS + 1000 },
  );
}

/** Selects the quoted words inside the article, as a reader would with the mouse. */
async function selectQuote(page: Page): Promise<void> {
  const found = await page.evaluate(
    ({ id, quote }) => {
      const article = document.getElementById(id)!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) {
        const at = (node.textContent ?? '').indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        return true;
      }
      return false;
    },
    { id: ARTICLE_ID, quote: QUOTE },
  );
  expect(found).toBe(true);
}

describe('from a citizen’s report to a published signal', () => {
  let stack: Stack;
  let moderatorBrowser: Browser;
  const pw = fixture((p) => p.file === 'participatiewet.html');
  const version = pw.versionDate as string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [stack, moderatorBrowser] = await Promise.all([
      startStack(),
      chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await moderatorBrowser?.close();
    await stack?.stop();
  });

  it('report in the extension → desk merge → public page (JS on and off) → extension after revalidation → mijn meldingen', async () => {
    const before = await regulation(stack.api.url, pw.bwbId!, version);
    const signal = before.signals.find((s) => s.id === TARGET_SIGNAL)!;
    expect(signal).toBeDefined();
    // The article chosen has nothing yet: no signal, so no badge and no section on the public page.
    expect(before.articles.find((a) => a.label === LABEL)?.signalIds ?? []).toEqual([]);

    // 1. The citizen reads the law and reports on a sentence of article 11.
    const page = await stack.browser.context.newPage();
    await page.goto(pw.href);
    await waitForTabReport(stack.browser, pw.href);
    await page.locator('wetsignaal-badge[data-ws-label="18"] button').waitFor();
    await selectQuote(page);
    expect(await page.locator(`wetsignaal-badge[data-ws-label="${LABEL}"]`).count()).toBe(0);
    // What the context menu's "Meld een voorbeeld" does with a selection (utils/background/report-menu.ts).
    const opened = await stack.browser.background!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab.id, { type: 'report-article', at: 'selection' });
    }, pw.href);
    expect(opened).toBe(true);
    const form = page.frameLocator('wetsignaal-panel iframe');
    await form.getByRole('heading', { name: `Meld een voorbeeld bij artikel ${LABEL}` }).waitFor({ timeout: 20_000 });
    await form.getByText(QUOTE).waitFor();
    const marker = `journey-${Date.now()}`;
    await form.getByLabel('Wat is er gebeurd?').fill(`Melding ${marker}: mijn aanvraag werd afgewezen omdat mijn spaargeld net boven de grens lag, terwijl ik de huur niet kon betalen.`);
    await form.getByLabel('Wie worden erdoor geraakt?').fill('Mensen met een klein spaarbedrag');
    await form.getByRole('checkbox', { name: /mag na controle openbaar worden/ }).check();
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('heading', { name: 'Controleer wat u verstuurt' }).waitFor();
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByRole('heading', { name: 'Bewijs van uw melding' }).waitFor();
    expect(await form.getByRole('status').first().textContent()).toContain('verzonden');

    // 2. The moderation desk. The operator makes the account with the CLI, through the running server.
    const added = await runModerate(httpDesk(stack.api.url, ADMIN_TOKEN), ['add-moderator', 'maria']);
    const token = added.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^wsm_/);
    const desk = await moderatorBrowser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const deskPage = await desk.newPage();
    await deskPage.goto(`${stack.api.url}${publicPaths.desk}`);
    await deskPage.getByLabel('Persoonlijke code').fill(token);
    await deskPage.getByRole('button', { name: 'Aanmelden' }).click();
    await deskPage.getByRole('heading', { name: 'Wachtrij' }).waitFor();
    const queued = deskPage.getByRole('row').filter({ hasText: marker });
    expect(await queued.getByRole('cell').nth(1).textContent()).toBe(`Participatiewet, art. ${LABEL}`);
    await deskPage.screenshot({ path: resolve(SHOTS, 'journey-desk-queue-1280.png') });
    await queued.getByRole('link').click();
    await deskPage.getByRole('heading', { name: `Participatiewet, artikel ${LABEL}`, level: 1 }).waitFor();
    // The desk shows the article as reported beside the current text, the sentence marked in both.
    expect(await deskPage.locator('[data-testid="article-as-reported"] [data-testid="quote-mark"]').textContent()).toBe(QUOTE);
    expect(await deskPage.locator('[data-testid="article-current"] [data-testid="quote-mark"]').textContent()).toBe(QUOTE);
    expect(await deskPage.getByText('Geen persoonsgegevens gevonden.').count()).toBe(1);
    // The empty required fields of the other decisions are not shown as errors before anyone typed in them.
    const looks = (label: string) => deskPage.getByLabel(label).evaluate((el) => [getComputedStyle(el).borderTopColor, getComputedStyle(el).backgroundColor]);
    expect(await looks('Reden (de melder ziet deze in "mijn meldingen")')).toEqual(await looks('Titel (openbaar, neutraal)'));
    expect(await looks('Samenvatting (openbaar, zonder persoonsgegevens)')).toEqual(await looks('Titel (openbaar, neutraal)'));
    await deskPage.getByLabel('Signaal').selectOption(TARGET_SIGNAL);
    await deskPage.screenshot({ path: resolve(SHOTS, 'journey-desk-submission-1280.png'), fullPage: true });
    await deskPage.getByRole('button', { name: 'Samenvoegen' }).click();
    expect(await deskPage.getByRole('status').textContent()).toContain('Samengevoegd');
    expect(await deskPage.getByRole('row').filter({ hasText: marker }).count()).toBe(0);
    const audit = await stack.api.db.query<{ actor: string; action: string; detail: { targetAdded: boolean } }>(
      "SELECT a.actor, a.action, a.detail FROM moderation_audit a JOIN submissions s ON s.id = a.submission_id WHERE s.description LIKE $1",
      [`%${marker}%`],
    );
    expect(audit).toEqual([{ actor: 'moderator:maria', action: 'attach', detail: { targetAdded: true } }]);
    // Article 11 is tied to the signal by this report, not by the signal's sources: every view says so
    // (with the day of the merge) instead of the signal's certainty ("Gecontroleerd in de wettekst…").
    const mergedOn = formatDate(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()), 'nl');
    const linkedByReport = `Dit artikel is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op ${mergedOn}); de bronnen noemen het niet`;

    // 3. The public law page shows the signal at article 11, and its permalink the quoted sentence,
    // with JavaScript on and off (the pages need none).
    for (const javaScriptEnabled of [true, false]) {
      const reader = await moderatorBrowser.newContext({ javaScriptEnabled, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      const law = await reader.newPage();
      await law.goto(`${stack.api.url}${publicPaths.regulation(pw.bwbId!, LABEL)}`);
      const section = law.locator(`section#artikel-${LABEL}`);
      expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(`Artikel ${LABEL}`);
      const link = section.getByRole('link', { name: signal.title, exact: true });
      expect(await link.count()).toBe(1);
      const listed = section.locator('article').filter({ has: law.getByRole('link', { name: signal.title, exact: true }) });
      expect(await listed.textContent()).toContain(linkedByReport);
      expect(await listed.textContent()).not.toContain('Gecontroleerd in de wettekst');
      await section.scrollIntoViewIfNeeded();
      await law.screenshot({ path: resolve(SHOTS, `journey-public-regeling-js-${javaScriptEnabled ? 'on' : 'off'}-1280.png`) });
      await link.click();
      await law.waitForURL(new RegExp(`${publicPaths.signal(TARGET_SIGNAL)}$`));
      const onArticle = { has: law.getByRole('link', { name: `Participatiewet, Artikel ${LABEL}`, exact: false }) };
      const target = law.getByTestId('signal-target').filter(onArticle);
      expect(await target.locator('blockquote').textContent()).toContain(`“${QUOTE}”`);
      expect(await target.textContent()).toContain(linkedByReport);
      // The report itself is listed among the published examples, with its sentence.
      expect(await law.getByTestId('published-example').filter(onArticle).locator('blockquote').textContent()).toContain(`“${QUOTE}”`);
      await reader.close();
    }

    // 4. The extension: its answer for this law version is still fresh, so a reload shows what it had
    // (and asks nothing); once older than the freshness rule it revalidates with its ETag and shows it.
    const cacheKey = `regulation:${pw.bwbId}@${version}`;
    stack.proxy.reset();
    await page.reload();
    await waitForTabReport(stack.browser, pw.href);
    await page.locator('wetsignaal-badge[data-ws-label="18"] button').waitFor();
    expect(await page.locator(`wetsignaal-badge[data-ws-label="${LABEL}"]`).count()).toBe(0);
    expect(stack.proxy.requests.filter((r) => r.startsWith(`/v1/regulations/${pw.bwbId}`))).toEqual([]);

    const etag = await ageCachedRegulation(stack, cacheKey);
    expect(etag).not.toBeNull();
    await page.reload();
    const badge = page.locator(`wetsignaal-badge[data-ws-label="${LABEL}"] button`);
    await badge.click({ timeout: 20_000 });
    expect(stack.proxy.requests.filter((r) => r.startsWith(`/v1/regulations/${pw.bwbId}`))).toHaveLength(1);
    const dialog = page.getByRole('dialog', { name: `Artikel ${LABEL}` });
    await dialog.getByRole('heading', { name: signal.title, exact: true }).waitFor();
    const card = dialog.locator('article.ws-card').filter({ has: page.getByRole('heading', { name: signal.title, exact: true }) });
    expect(await card.locator('q').textContent()).toBe(QUOTE);
    expect(await card.textContent()).toContain('(staat nog zo in het artikel)');
    expect(await card.getByRole('definition').filter({ hasText: 'gekoppeld' }).textContent()).toBe(linkedByReport);
    expect(await card.textContent()).not.toContain('Gecontroleerd in de wettekst');
    await page.screenshot({ path: resolve(SHOTS, 'journey-extension-panel-1280.png') });

    // 5. The citizen's "mijn meldingen" in the popup shows the moderator's decision.
    const popup = await stack.browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    const mine = popup.getByTestId('submissions').getByRole('listitem').filter({ hasText: `Participatiewet, artikel ${LABEL}` });
    await mine.waitFor();
    expect(await mine.getByTestId('submission-state').textContent()).toBe(': Samengevoegd met een bestaand signaal');
    // The decision links to the signal's public page on the same service.
    expect(await mine.getByRole('link', { name: 'Bekijk het signaal' }).getAttribute('href')).toBe(`${stack.proxy.url}${publicPaths.signal(TARGET_SIGNAL)}`);
    await popup.screenshot({ path: resolve(SHOTS, 'journey-popup-420.png'), fullPage: true });
    const [published] = await Promise.all([stack.browser.context.waitForEvent('page'), mine.getByRole('link', { name: 'Bekijk het signaal' }).click()]);
    await published.getByRole('heading', { name: signal.title, level: 1 }).waitFor();
    expect(await published.getByTestId('signal-target').getByText(`“${QUOTE}”`).count()).toBe(1);
    await published.close();
    await popup.close();
    await page.close();
    await desk.close();
  }, 90_000);
});
