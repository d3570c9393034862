// A citizen reports on an article of a law nobody has reported on yet (no data at all): through the
// context menu's path on a selected sentence, and by keyboard alone. Personal data typed into the text is
// shown replaced and marked before sending, and never reaches the database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { fixture, startStack, waitForTabReport } from './support';
import { configureExtension } from '../../scripts/lib/chromium';
import { lawClausesKey } from '../../utils/background/law-clauses-memory';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../../scripts/lib/fixture-server';

type Stack = Awaited<ReturnType<typeof startStack>>;

const BSN = '111222333';
const EMAIL = 'jan.jansen@example.nl';
const SHOTS = 'test-results/screenshots';

interface StoredTarget {
  bwbId: string;
  label: string;
  versionDate: string | null;
  quote: { exact: string } | null;
}

async function stored(stack: Stack, marker: string): Promise<Array<{ target: StoredTarget; description: string }>> {
  return stack.api.db.query('SELECT target, description FROM submissions WHERE description LIKE $1', [`%${marker}%`]);
}

/** The computed styles that show whether the form's stylesheet loaded in its frame. */
async function formStyles(form: FrameLocator) {
  return form.locator('form.ws-form').evaluate((f) => {
    const of = (selector: string) => getComputedStyle(f.querySelector(selector)!);
    return {
      formWidth: f.getBoundingClientRect().width,
      textareaWidth: f.querySelector('textarea')!.getBoundingClientRect().width,
      labelDisplay: of('label').display,
      labelWeight: of('label').fontWeight,
      primaryBackground: of('.ws-primary').backgroundColor,
      fieldsetRadius: of('fieldset').borderTopLeftRadius,
      prefilledDisplay: of('.ws-prefilled').display,
    };
  });
}

function expectStyled(styles: Awaited<ReturnType<typeof formStyles>>) {
  expect(styles.labelDisplay).toBe('block');
  expect(Number(styles.labelWeight)).toBeGreaterThanOrEqual(600);
  expect(styles.primaryBackground).toBe('rgb(29, 79, 145)');
  expect(styles.prefilledDisplay).toBe('grid');
  expect(styles.fieldsetRadius).not.toBe('0px');
  // The text area fills the form's width (unstyled it is a narrow default box).
  expect(styles.textareaWidth).toBeGreaterThan(styles.formWidth * 0.9);
}

/** Screenshots of the panel with the form, at a phone's and a desktop's width. */
async function shoot(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('reporting on a law without data', () => {
  let stack: Stack;
  const law = fixture((p) => p.file === 'bw7.html');
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });
  // A test that fails leaves no tab behind: the next one finds its tab by address.
  afterEach(async () => {
    await Promise.all(stack.browser.context.pages().map((p) => p.close()));
  });

  it('opens the form from the context menu on a selected sentence, reviews the personal data, and stores it without', async () => {
    const permissions = await stack.browser.background!.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.getManifest().permissions as string[]);
    expect(permissions).toContain('contextMenus');
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(law.href);
    await waitForTabReport(stack.browser, law.href);
    // Nothing is known about this law: no badge, and no request about it left the browser.
    expect(await page.locator('wetsignaal-badge').count()).toBe(0);
    expect(stack.proxy.requests.filter((r) => r.includes(law.bwbId!))).toEqual([]);

    // Select the start of a long sentence in an article body, as a reader would with the mouse.
    const chosen = await page.evaluate(() => {
      for (const article of document.querySelectorAll('div.artikel:not(.article__header--law)')) {
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode())) {
          const text = node.textContent ?? '';
          if (text.trim().length > 60 && !node.parentElement?.closest('.article__header--law')) {
            const start = text.search(/\S/);
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + 40);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
            const heading = article.querySelector('h2, h3, h4, h5')?.textContent ?? '';
            return { text: range.toString().replace(/\s+/g, ' ').trim(), heading };
          }
        }
      }
      return null;
    });
    expect(chosen).not.toBeNull();
    const label = /Artikel\s+(\S+)/.exec(chosen!.heading)![1]!;

    // What the menu item's handler does (utils/background/report-menu.ts reportSelection): ask the tab.
    const opened = await stack.browser.background!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab.id, { type: 'report-article', at: 'selection' });
    }, law.href);
    expect(opened).toBe(true);

    const form = page.frameLocator('wetsignaal-panel iframe');
    await form.getByText(chosen!.text).waitFor({ timeout: 20_000 });
    expectStyled(await formStyles(form));
    await shoot(page, 'form-context-menu');

    const marker = `contextmenu-${Date.now()}`;
    await form.getByLabel('Wat is er gebeurd?').fill(`Melding ${marker}: mijn BSN ${BSN} stond op de brief. Mail mij via ${EMAIL} voor meer.`);
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('heading', { name: 'Controleer wat u verstuurt' }).waitFor();
    const marks = form.locator('mark.ws-replaced');
    expect(await marks.evaluateAll((list) => list.map((m) => m.getAttribute('data-kind')))).toEqual(['bsn', 'email']);
    await shoot(page, 'form-review');
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByRole('heading', { name: 'Bewijs van uw melding' }).waitFor();
    await shoot(page, 'form-receipt');

    const rows = await stored(stack, marker);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target).toMatchObject({ bwbId: law.bwbId, label, versionDate: '2015-11-26' });
    expect(rows[0]!.target.quote?.exact).toBe(chosen!.text);
    expect(rows[0]!.description).not.toContain(BSN);
    expect(rows[0]!.description).not.toContain(EMAIL);
    expect(rows[0]!.description).toContain('[BSN verwijderd]');
    await page.close();
  }, 120_000);

  it('does the same by keyboard alone: a report button appears on the article reached, and the form is sent by keys', async () => {
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(law.href);
    await waitForTabReport(stack.browser, law.href);
    expect(await page.locator('wetsignaal-report').count()).toBe(0);

    // Tab through the page until a report button has focus.
    let reached = '';
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.localName === 'wetsignaal-report' ? (document.activeElement as HTMLElement).dataset.wsLabel ?? '' : ''));
    }
    expect(reached).not.toBe('');
    // Made for the articles reached, not for every article.
    const total = await page.evaluate(() => document.querySelectorAll('div.artikel:not(.article__header--law)').length);
    expect(await page.locator('wetsignaal-report').count()).toBeLessThan(Math.min(4, total));
    await page.screenshot({ path: `${SHOTS}/report-button-focus-1280.png` });
    await page.keyboard.press('Enter');

    const form = page.frameLocator('wetsignaal-panel iframe');
    await form.locator('textarea').waitFor({ timeout: 20_000 });
    expectStyled(await formStyles(form));
    await shoot(page, 'form-keyboard');
    const focusedId = () => form.locator(':root').evaluate(() => (document.hasFocus() ? document.activeElement?.id ?? '' : ''));
    // The form takes the focus when it is ready, also when it loaded too late for its own focus() (a
    // frame of another origin needs a recent key press): the dialog moves it in.
    await expect.poll(focusedId, { timeout: 10_000 }).toBe('ws-description');
    // From the dialog's heading (where the focus is before the form is ready), Tab reaches the form, and
    // Tab past the form's last field wraps to the dialog's start instead of leaving it for the page.
    // Where the focus is in the panel: 'first' for the dialog's first stop, else the element's name.
    const inPanel = () =>
      page.evaluate(() => {
        const root = document.querySelector('wetsignaal-panel')?.shadowRoot;
        const active = root?.activeElement;
        if (!root || !active) return '';
        return active === root.querySelector('[role="dialog"]')!.querySelector('a[href], button:not([disabled])') ? 'first' : active.localName;
      });
    await page.evaluate(() => document.querySelector('wetsignaal-panel')!.shadowRoot!.querySelector<HTMLElement>('h2')!.focus());
    for (let i = 0; i < 30 && (await focusedId()) !== 'ws-description'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('ws-description');
    // Tab to the form's last field, then once more: the form tells the dialog, which moves the focus (a
    // message, so it lands a moment later; a second Tab before it lands would move on from the start).
    const atLastField = () =>
      form.locator(':root').evaluate((root) => {
        const stops = root.querySelectorAll('a[href], button:not([disabled]), textarea, select, input, iframe, [tabindex]:not([tabindex="-1"])');
        return document.hasFocus() && document.activeElement === stops[stops.length - 1];
      });
    for (let i = 0; i < 30 && !(await atLastField()); i++) await page.keyboard.press('Tab');
    expect(await atLastField()).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(inPanel, { timeout: 10_000 }).toBe('first');
    for (let i = 0; i < 30 && (await focusedId()) !== 'ws-description'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('ws-description');
    const marker = `keyboard-${Date.now()}`;
    await page.keyboard.type(`Melding ${marker}: BSN ${BSN}, e-mail ${EMAIL}, de toeslag werd teruggevorderd.`);
    const focusedText = () => form.locator(':root').evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 60 && (await focusedText()) !== 'Controleer en verstuur'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Controleer wat u verstuurt' }).waitFor();
    expect(await form.locator('mark.ws-replaced').evaluateAll((list) => list.map((m) => m.getAttribute('data-kind')))).toEqual(['bsn', 'email']);
    for (let i = 0; i < 10 && (await focusedText()) !== 'Verstuur melding'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Bewijs van uw melding' }).waitFor();

    const rows = await stored(stack, marker);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target).toMatchObject({ bwbId: law.bwbId, label: reached, versionDate: '2015-11-26' });
    expect(rows[0]!.description).not.toContain(BSN);
    expect(rows[0]!.description).not.toContain(EMAIL);
    await page.close();
  }, 180_000);

  it('says on the page that nothing is known, in a quiet summary line, without asking the API about the law', async () => {
    // BW 7 is not in the public index; the Zorgtoeslag is, as a whole: no signals, but its clause status.
    const zorgtoeslag = fixture((p) => p.file === 'zorgtoeslag.html');
    const cases = [
      { quiet: law, line: 'Wetsignaal: geen bekende signalen bij deze wet·Meld een voorbeeld', indexed: false },
      {
        quiet: zorgtoeslag,
        line: 'Wetsignaal: geen bekende signalen bij deze wet· Gedekt door een hardheidsclausule in een andere wet: Awir art. 47·Meld een voorbeeld',
        indexed: true,
      },
    ];
    for (const { quiet, line, indexed } of cases) {
      stack.proxy.reset();
      const page = await stack.browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      try {
        await page.goto(quiet.href);
        await waitForTabReport(stack.browser, quiet.href);
        const summary = page.locator('wetsignaal-summary section.ws-summary');
        await summary.waitFor({ timeout: 20_000 });
        expect(await summary.textContent()).toBe(line);
        expect(await summary.evaluate((s) => s.classList.contains('ws-summary-quiet'))).toBe(true);
        // In the law's title, and nothing else on the page at load: no badge, no report button.
        expect(await page.evaluate(() => document.querySelector('wetsignaal-summary')?.parentElement?.localName)).toBe('h1');
        expect(await page.locator('wetsignaal-badge, wetsignaal-report').count()).toBe(0);
        await page.screenshot({ path: `${SHOTS}/summary-no-signals-${quiet.file.replace('.html', '')}.png`, clip: { x: 0, y: 0, width: 1280, height: 160 } });
        if (indexed) continue;
        // Private lookups: a law not in the public index is never asked about.
        const aboutLaw = () => stack.proxy.requests.filter((r) => r.includes(quiet.bwbId!) || r.startsWith('/v1/regulations'));
        expect(aboutLaw()).toEqual([]);
        // Its details say how to report on an article.
        await summary.getByRole('button', { name: /Wetsignaal/ }).click();
        await expect.poll(() => summary.locator('.ws-summary-details').textContent()).toContain('Niemand heeft nog een voorbeeld gemeld bij deze wet.');
        // The line carries only its own rules; the details bring the overlay's: the legend's sample badges are
        // rounded flex boxes (inline-flex, made a block as items of the legend's flex rows), not bare spans.
        const sample = summary.locator('.ws-legend .ws-badge').first();
        expect(await sample.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el).borderTopLeftRadius !== '0px'])).toEqual(['flex', true]);
        await summary.getByRole('button', { name: /Wetsignaal/ }).click();
        // "Meld een voorbeeld" opens the form for the article at the top of the view, named in its title.
        const first = await page.evaluate(() => {
          const article = [...document.querySelectorAll('div.artikel:not(.article__header--law)')].find((a) => a.getBoundingClientRect().bottom > 0)!;
          return /Artikel\s+(\S+)/.exec(article.querySelector('h2, h3, h4, h5')?.textContent ?? '')?.[1] ?? null;
        });
        await summary.getByRole('button', { name: 'Meld een voorbeeld' }).click();
        const form = page.frameLocator('wetsignaal-panel iframe');
        await form.getByRole('heading', { name: `Meld een voorbeeld bij artikel ${first}` }).waitFor({ timeout: 20_000 });
        expectStyled(await formStyles(form));
        expect(aboutLaw()).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 120_000);

  it("says at load whether the law has a hardheidsclausule, read from the whole text: also for one far below the viewport", async () => {
    // Wet IB 2001 is not in the public index: nothing is asked about it; its clause (art. 3.134) is hundreds of articles down.
    const wetIb = fixture((p) => p.file === 'wet-ib-2001.html');
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    stack.proxy.reset();
    await page.goto(wetIb.href);
    await waitForTabReport(stack.browser, wetIb.href);
    const clause = page.locator('wetsignaal-summary .ws-summary-clause');
    await expect.poll(() => clause.textContent(), { timeout: 20_000 }).toContain('Deze wet heeft een hardheidsclausule in art. 3.134 (geldt voor artikel 3.133');
    expect(await clause.isVisible()).toBe(true);
    const below = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('div.artikel h4')].find((h) => /Artikel 3\.134\b/.test(h.textContent ?? ''))!;
      return heading.getBoundingClientRect().top / innerHeight;
    });
    expect(below).toBeGreaterThan(20);
    expect(stack.proxy.requests.filter((r) => r.includes(wetIb.bwbId!) || r.startsWith('/v1/regulations'))).toEqual([]);
    // On a phone's width the line leaves the status to its details, which say it too, as read automatically.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => clause.isVisible()).toBe(false);
    await page.locator('wetsignaal-summary').getByRole('button', { name: /Wetsignaal/ }).click();
    await expect
      .poll(() => page.locator('wetsignaal-summary .ws-summary-details').textContent(), { timeout: 20_000 })
      .toContain('Gelezen in de wettekst (automatisch herkend, geen juridisch oordeel): Deze wet heeft een hardheidsclausule in art. 3.134');
    await page.setViewportSize({ width: 1280, height: 900 });
    // A law whose text holds no general clause says so.
    const awb = fixture((p) => p.file === 'awb.html');
    await page.goto(awb.href);
    await waitForTabReport(stack.browser, awb.href);
    await expect.poll(() => clause.textContent(), { timeout: 20_000 }).toContain('geen hardheidsclausule gevonden in deze tekst');
    // The background remembers, for this browser session, what a page of each version read; a law opened again
    // shows that without reading its text again. Shown here by changing what is remembered before the next visit.
    const key = lawClausesKey({ bwbId: wetIb.bwbId!, versionDate: /\/(\d{4}-\d{2}-\d{2})\b/.exec(wetIb.href)![1]! });
    const session = (change?: unknown) =>
      stack.browser.background!.evaluate(
        async ([k, v]) => {
          const api = (globalThis as unknown as { chrome: any }).chrome;
          if (v !== undefined) await api.storage.session.set({ [k as string]: v });
          return (await api.storage.session.get(k))[k as string] as Array<{ label: string }> | undefined;
        },
        [key, change] as const,
      );
    const remembered = await session();
    expect(remembered?.map((c) => c.label)).toEqual(['3.134']);
    await session(remembered!.map((c) => ({ ...c, label: '3.134a' })));
    await page.goto(wetIb.href);
    await waitForTabReport(stack.browser, wetIb.href);
    await expect.poll(() => clause.textContent(), { timeout: 20_000 }).toContain('Deze wet heeft een hardheidsclausule in art. 3.134a');
    await page.close();
  }, 120_000);

  it('puts the summary line in the title while the page is still being parsed, not after load', async () => {
    const page = await stack.browser.context.newPage();
    // The page arrives slowly (2 MB at 400 KB/s), so its parse takes seconds; the line must go in meanwhile.
    const cdp = await stack.browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 400 * 1024, uploadThroughput: -1 });
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const line = document.querySelector('wetsignaal-summary');
        if (!line) return;
        seen.disconnect();
        const parsed = document.querySelectorAll('div.artikel').length;
        (window as unknown as { summaryAt: object }).summaryAt = { readyState: document.readyState, parent: line.parentElement?.localName, parsed };
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(law.href, { waitUntil: 'commit' });
    await page.locator('wetsignaal-summary section.ws-summary').waitFor({ timeout: 30_000 });
    const at = await page.evaluate(() => (window as unknown as { summaryAt?: { readyState: string; parent: string; parsed: number } }).summaryAt);
    expect(at).toMatchObject({ readyState: 'loading', parent: 'h1' });
    // Well before the end of the law: most of its articles were not parsed yet.
    await page.waitForLoadState('load', { timeout: 60_000 });
    const total = await page.evaluate(() => document.querySelectorAll('div.artikel').length);
    expect(at!.parsed).toBeLessThan(total / 2);
    await waitForTabReport(stack.browser, law.href);
    expect(await page.locator('wetsignaal-summary').count()).toBe(1);
  }, 120_000);

  const BOETE_POWER =
    '1. Onze Minister kan aan degene die in strijd handelt met artikel 2 een bestuurlijke boete opleggen van ten hoogste € 10.000. ' +
    '2. De hoogte van de boete wordt bepaald naar de ernst van de overtreding en de mate waarin deze aan de overtreder kan worden verweten.';

  /** The page's HTML with the body of the article whose container has this id replaced by one paragraph of `text`. */
  function withArticleText(html: string, id: string, text: string): string {
    const start = html.indexOf(`<div class="artikel" id="${id}">`);
    const header = html.indexOf('\n', html.indexOf('article__header--law', start)) + 1;
    const end = html.indexOf('\n</div>\n', header);
    expect(start >= 0 && header > start && end > header).toBe(true);
    return `${html.slice(0, header)}<p>${text}</p>${html.slice(end)}`;
  }

  /** Each badge's article and marks, as the page sees them. */
  const badgesNow = () =>
    [...document.querySelectorAll('wetsignaal-badge')].map((b) => ({
      label: b.getAttribute('data-ws-label'),
      marks: [...b.shadowRoot!.querySelectorAll('.ws-mark')].map((m) => m.textContent),
    }));

  /**
   * Opens a law with a badge on every article: the badges on the page at its load event, those badges 1.5 s
   * later, and the labels of the law's first twelve articles. `throttle`: the law arrives at that many KB/s; `edit`:
   * the page is served with its HTML changed so.
   */
  async function badgesAroundLoad(file: string, { throttle, edit }: { throttle?: number; edit?: (html: string) => string } = {}) {
    const law = fixture((p) => p.file === file);
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    if (edit) {
      const html = edit(readFileSync(join(FIXTURE_DIR, law.file), 'utf8'));
      await page.route(law.href, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    }
    if (throttle !== undefined) {
      const cdp = await stack.browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: throttle * 1024, uploadThroughput: -1 });
    }
    await page.addInitScript(`addEventListener('load', () => { window.badgesAtLoad = (${badgesNow.toString()})(); })`);
    await page.goto(law.href, { waitUntil: 'load', timeout: 60_000 });
    const atLoad = (await page.evaluate('window.badgesAtLoad')) as Array<{ label: string; marks: string[] }>;
    const firstLabels = await page.evaluate(() =>
      [...document.querySelectorAll('div.artikel:not(.article__header--law) h4')].slice(0, 12).map((h) => /Artikel\s+(\S+)/.exec(h.textContent ?? '')?.[1]),
    );
    await page.waitForTimeout(1500);
    const later = (await page.evaluate(badgesNow)).filter((b) => atLoad.some((a) => a.label === b.label));
    await page.close();
    return { atLoad, later, firstLabels };
  }

  it('with a badge on every article, gives the first articles theirs while the page is parsed, with their analysis', async () => {
    await configureExtension(stack.browser, { apiBaseUrl: stack.proxy.url, showAll: true });
    try {
      // Slowly arriving: the analysis is asked for and answered while the law is parsed.
      const { atLoad, later, firstLabels } = await badgesAroundLoad('awb.html', { throttle: 400 });
      // Before load (after load they used to come with the articles near the viewport, in a relayout of their own).
      expect(atLoad.length).toBeGreaterThanOrEqual(6);
      expect(atLoad.map((b) => b.label)).toEqual(firstLabels.filter((l) => atLoad.some((b) => b.label === l)));
      // Complete when they went in: the marks of their analysis were there from the start, none added later.
      expect(later).toEqual(atLoad);
      // At full speed on the largest law, too: the analysis is asked for by the content script itself, not after
      // the overlay script has loaded, whose two messages made it come after the parse in most visits.
      const fast = await badgesAroundLoad('bw7.html');
      expect(fast.atLoad.map((b) => b.label)).toEqual(fast.firstLabels);
      expect(fast.later).toEqual(fast.atLoad);
      // The Awb's first articles have no Awb hooks: with a boete power written into art. 1:2, its badge has the
      // analysis's mark from the start (none of the marks is added later).
      const boete = await badgesAroundLoad('awb.html', { edit: (html) => withArticleText(html, 'Hoofdstuk1_Titeldeel1.1_Artikel1:2', BOETE_POWER) });
      expect(boete.atLoad.find((b) => b.label === '1:2')?.marks).toEqual(['Awb']);
      expect(boete.later).toEqual(boete.atLoad);
    } finally {
      await configureExtension(stack.browser, { apiBaseUrl: stack.proxy.url, showAll: false });
    }
  }, 120_000);

  it('gives an article a report button when the pointer is on its heading, made for that article only', async () => {
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(law.href);
    await waitForTabReport(stack.browser, law.href);
    await page.locator('wetsignaal-summary section').waitFor({ timeout: 20_000 });
    expect(await page.locator('wetsignaal-report').count()).toBe(0);
    // The law scrolling under a still pointer brings no button: the reader did not point at a heading.
    await page.mouse.move(700, 450);
    await page.mouse.move(700, 460); // moved over text, not a heading
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 450);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(700);
    expect(await page.locator('wetsignaal-report').count()).toBe(0);
    await page.evaluate(() => scrollTo(0, 0));
    const headings = page.locator('div.artikel:not(.article__header--law) h4');
    const heading = headings.nth(2);
    const label = /Artikel\s+(\S+)/.exec((await heading.textContent()) ?? '')![1]!;
    await heading.hover();
    const button = heading.locator('wetsignaal-report');
    await button.locator('button').waitFor({ timeout: 20_000 });
    expect(await button.getAttribute('data-ws-label')).toBe(label);
    // Only the article pointed at, not its neighbours or the law's hundreds of others.
    expect(await page.locator('wetsignaal-report').count()).toBe(1);
    await page.mouse.move(640, 20);
    await headings.nth(3).hover();
    await headings.nth(3).locator('wetsignaal-report button').waitFor({ timeout: 20_000 });
    expect(await page.locator('wetsignaal-report').count()).toBe(2);
    await heading.hover();
    await page.waitForTimeout(300);
    expect(await page.locator('wetsignaal-report').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/report-button-hover-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });
    await button.getByRole('button', { name: `Meld een voorbeeld bij artikel ${label}` }).click();
    const form = page.frameLocator('wetsignaal-panel iframe');
    await form.getByRole('heading', { name: `Meld een voorbeeld bij artikel ${label}` }).waitFor({ timeout: 20_000 });
    expectStyled(await formStyles(form));
    expect(stack.proxy.requests.filter((r) => r.includes(law.bwbId!))).toEqual([]);
    await page.close();
  }, 120_000);

  it("opens the same styled form from the popup's entry point and from an article's panel", async () => {
    const page = await stack.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(law.href);
    await waitForTabReport(stack.browser, law.href);
    // The summary line is in place (it may move the law down), then the popup's "Meld een voorbeeld"
    // (entrypoints/popup/main.tsx) sends this to the active tab.
    await page.locator('wetsignaal-summary section').waitFor({ timeout: 20_000 });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 3));
    const top = await page.evaluate(() => {
      const articles = [...document.querySelectorAll('div.artikel:not(.article__header--law)')];
      const first = articles.find((a) => a.getBoundingClientRect().bottom > 0)!;
      return /Artikel\s+(\S+)/.exec(first.querySelector('h2, h3, h4, h5')?.textContent ?? '')?.[1] ?? null;
    });
    const opened = await stack.browser.background!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab.id, { type: 'report-article', at: 'top' });
    }, law.href);
    expect(opened).toBe(true);
    const form = page.frameLocator('wetsignaal-panel iframe');
    await form.getByRole('heading', { name: `Meld een voorbeeld bij artikel ${top}` }).waitFor({ timeout: 20_000 });
    expectStyled(await formStyles(form));
    await shoot(page, 'form-popup');
    await page.close();

    // From a badge's panel, on a law with data.
    const withData = fixture((p) => p.file === 'participatiewet.html');
    const other = await stack.browser.context.newPage();
    await other.setViewportSize({ width: 1280, height: 900 });
    await other.goto(withData.href);
    await other.locator('wetsignaal-badge button').first().click({ timeout: 20_000 });
    await other.locator('wetsignaal-panel').getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }).click();
    const panelForm = other.frameLocator('wetsignaal-panel iframe');
    await panelForm.locator('textarea').waitFor({ timeout: 20_000 });
    expectStyled(await formStyles(panelForm));
    await shoot(other, 'form-panel');
    await other.close();
  }, 120_000);
});
