// The walking skeleton end to end: built extension in Chromium, fixture pages served as
// wetten.overheid.nl, the real API on its embedded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleTextsInFile,
  articleTextsOnPage,
  badgeLabels,
  scrollThrough,
  fixture,
  labelsInFile,
  labelsWithComputedClause,
  labelsWithData,
  startStack,
  popupStatus,
  waitForTabReport,
} from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;


describe('overlay in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('badges exactly the articles with data (and, as the reader scrolls, clauses it reads), opens a panel and stores a report', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const curated = await labelsWithData(stack.api.url, 'BWBR0015703', '2026-01-01');
    expect(curated.length).toBeGreaterThan(3);
    const expected = [...new Set([...curated, ...labelsWithComputedClause(pw.file, pw.href)])].sort();

    const page = await stack.browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(pw.href);
    // Articles with data get their badge at once; the text of the others is read when it comes into view.
    await expect.poll(async () => badgeLabels(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(curated));
    await scrollThrough(page);
    await expect.poll(async () => (await badgeLabels(page)).sort(), { timeout: 20_000 }).toEqual(expected);
    await page.evaluate(() => scrollTo(0, 0));

    // The law text is exactly what the server sent: nothing rewritten, nothing added inside it.
    expect(await articleTextsOnPage(page)).toEqual(articleTextsInFile(pw.file));

    // The overlay takes no room: the title and every badged heading are as tall with it as without it,
    // so the law text never moves.
    const grown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('wetsignaal-summary, wetsignaal-badge')].flatMap((host) => {
        const withIt = host.parentElement!.getBoundingClientRect().height;
        host.style.setProperty('display', 'none', 'important');
        const without = host.parentElement!.getBoundingClientRect().height;
        host.style.removeProperty('display');
        return withIt === without ? [] : [`${host.localName} ${host.dataset.wsLabel ?? ''}: ${without} → ${withIt}`];
      }),
    );
    expect(grown).toEqual([]);

    // Summary at the top of the law.
    await expect.poll(() => page.locator('wetsignaal-summary .ws-summary-toggle').textContent()).toMatch(/signalen bij \d+ artikelen/);
    // The summary sits inline in the title, so the law text keeps its place.
    expect(await page.evaluate(() => document.querySelector('wetsignaal-summary')?.parentElement?.localName)).toBe('h1');

    // Badge → dialog with the article's signals.
    const label = curated.find((l) => l === '58') ?? curated[0]!;
    await page.locator(`wetsignaal-badge[data-ws-label="${label}"] button`).click();
    const dialog = page.getByRole('dialog', { name: `Artikel ${label}` });
    await dialog.waitFor();
    // The panel's own stylesheet is adopted with it: a fixed side panel over the page.
    expect(await page.locator('wetsignaal-panel .ws-panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Its UI script was injected into the extension's world only: the page's own scripts cannot see it.
    expect(await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('wetsignaal')))).toEqual([]);
    // Nor does the page's performance timeline show that the extension is there.
    expect(await page.evaluate(() => performance.getEntries().filter((entry) => /wetsignaal/i.test(entry.name)).map((entry) => entry.name))).toEqual([]);
    const api = (await (await fetch(`${stack.api.url}/v1/regulations/BWBR0015703?date=2026-01-01`)).json()) as {
      articles: Array<{ label: string; signalIds: string[] }>;
      signals: Array<{ id: string; title: string; sources: Array<{ citation: string }> }>;
    };
    // The popup and the toolbar badge count the law's signals (the report went with the page's setup).
    expect((await waitForTabReport(stack.browser, pw.href)).signalCount).toBe(api.signals.length);
    const ids = api.articles.find((a) => a.label === label)?.signalIds ?? [];
    for (const id of ids) {
      const s = api.signals.find((x) => x.id === id)!;
      await expect(dialog.getByRole('heading', { name: s.title, exact: true }).count()).resolves.toBeGreaterThan(0);
      await expect(dialog.getByText(s.sources[0]!.citation).first().isVisible()).resolves.toBe(true);
    }

    // Links: curated Awb hooks point at the Awb article on the portal; a clause in this law jumps on the page.
    const article = api.articles.find((a) => a.label === label) as unknown as {
      hooks: Array<{ awb: string }>;
      clause: { clauseLabel: string | null; clauseBwbId: string | null } | null;
    };
    for (const hook of article.hooks) {
      const link = dialog.getByRole('link', { name: `Awb art. ${hook.awb}` }).first();
      expect(await link.getAttribute('href')).toBe(`https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=${hook.awb}`);
    }
    const clauseLabel = article.clause?.clauseLabel;
    if (clauseLabel === label) {
      // The article holds its own clause: no link to itself.
      await expect(dialog.getByRole('link', { name: /^Staat in/ }).count()).resolves.toBe(0);
    } else if (clauseLabel && (article.clause?.clauseBwbId ?? 'BWBR0015703') === 'BWBR0015703') {
      const jump = dialog.getByRole('link', { name: `Staat in Pw art. ${clauseLabel}` });
      const href = (await jump.getAttribute('href'))!;
      expect(href).toMatch(/^#/);
      expect(await page.evaluate((id) => document.getElementById(id)?.className, decodeURIComponent(href.slice(1)))).toContain('artikel');
    }

    // Report an example through the form (an extension page framed in the dialog).
    await dialog.getByRole('button', { name: 'Meld een voorbeeld bij dit artikel' }).click();
    const form = page.frameLocator('wetsignaal-panel iframe');
    const description = `End-to-end melding ${Date.now()}: de gemeente vorderde alles terug.`;
    await form.getByLabel('Wat is er gebeurd?').fill(description);
    await form.getByLabel('Wie bent u?').selectOption('advocaat');
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByText('Uw melding is verzonden. Dank u wel.').waitFor();

    const rows = await stack.api.db.query<{ target: { bwbId: string; label: string; versionDate: string; jci: string }; role: string }>(
      'SELECT target, role FROM submissions WHERE description = $1',
      [description],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe('advocaat');
    expect(rows[0]!.target).toMatchObject({ bwbId: 'BWBR0015703', label, versionDate: '2026-01-01' });
    expect(rows[0]!.target.jci).toContain(`artikel=${label}`);

    // Escape closes the dialog and gives focus back to the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('asks the API nothing about a law without data (private lookups), and nothing on a repeat visit', async () => {
    const awb = fixture((p) => p.file === 'awb.html');
    const index = (await (await fetch(`${stack.api.url}/v1/index`)).json()) as { regulations: Array<{ bwbId: string }> };
    const awbKnown = index.regulations.some((r) => r.bwbId === 'BWBR0005537');
    stack.proxy.reset();
    const page = await stack.browser.context.newPage();
    await page.goto(awb.href);
    await waitForTabReport(stack.browser, awb.href);
    const asked = stack.proxy.requests.filter((r) => r.startsWith('/v1/regulations/'));
    expect(asked).toEqual(awbKnown ? ['/v1/regulations/BWBR0005537?date=2024-01-01'] : []);

    const pw = fixture((p) => p.file === 'participatiewet.html');
    await page.goto(pw.href); // visited in the previous test: served from IndexedDB
    await page.locator('wetsignaal-badge button').first().waitFor({ timeout: 20_000 });
    expect(stack.proxy.requests.filter((r) => r.includes('BWBR0015703'))).toEqual([]);
    await page.close();
  });

  it('recognises a part page and a large page', async () => {
    const withData = await labelsWithData(stack.api.url, 'BWBR0015703', '2026-01-01');
    const part = fixture((p) => p.file === 'participatiewet-hoofdstuk-3.html');
    const onPart = labelsInFile(part.file, part.href);
    expect(onPart.length).toBeGreaterThan(5);
    const page = await stack.browser.context.newPage();
    await page.goto(part.href);
    const computed = labelsWithComputedClause(part.file, part.href);
    const expected = [...new Set([...withData, ...computed])].filter((l) => onPart.includes(l)).sort();
    await page.locator('wetsignaal-summary').waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(async () => (await badgeLabels(page)).sort(), { timeout: 10_000 }).toEqual(expected);
    expect(await articleTextsOnPage(page)).toEqual(articleTextsInFile(part.file));

    const bw7 = fixture((p) => p.file === 'bw7.html');
    await page.goto(bw7.href);
    // The page reports at load without counting; the popup's question makes it count every article.
    expect((await waitForTabReport(stack.browser, bw7.href)).articleCount).toBeNull();
    const { tab } = await popupStatus(stack.browser, bw7.href);
    expect(tab).toMatchObject({ recognised: true, articleCount: labelsInFile(bw7.file, bw7.href).length });
    expect(Object.values(tab!.strategies).reduce((a, b) => a + b, 0)).toBe(tab!.articleCount);
    expect(await articleTextsOnPage(page)).toEqual(articleTextsInFile(bw7.file));
    await page.close();
  });

  it('never makes the page scroll sideways, down to 320 px: summary and badges take their own line where they would run off', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const page = await stack.browser.context.newPage();
    /** Sideways scrolling the overlay adds to the page's own (the page itself may be wider than 320 px), and hosts that run off. */
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const hosts = [...document.querySelectorAll<HTMLElement>('wetsignaal-badge, wetsignaal-summary')];
        const runOff = hosts.filter((h) => h.shadowRoot!.firstElementChild!.getBoundingClientRect().right > width + 0.5).length;
        const withOverlay = document.documentElement.scrollWidth;
        hosts.forEach((h) => (h.style.display = 'none'));
        const pageOwn = document.documentElement.scrollWidth;
        hosts.forEach((h) => (h.style.display = ''));
        return { added: withOverlay - pageOwn, runOff, badges: hosts.length - 1 };
      });
    for (const width of [320, 420, 800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pw.href);
      const toggle = page.locator('wetsignaal-summary .ws-summary-toggle');
      await toggle.waitFor({ timeout: 20_000 });
      await page.locator('wetsignaal-badge').first().waitFor({ state: 'attached' });
      await expect.poll(overflow, { message: `closed at ${width}px` }).toMatchObject({ added: 0, runOff: 0 });
      await toggle.click();
      await page.locator('wetsignaal-summary .ws-summary-details').waitFor();
      expect(await overflow(), `details open at ${width}px`).toMatchObject({ added: 0, runOff: 0 });
    }
    // Only a narrow window moves the title's line or a badge; a wide one keeps every line as it is.
    const wrapped = () => page.evaluate(() => [...document.querySelectorAll('[data-ws-wrap]')].map((h) => h.localName));
    expect(await wrapped()).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(async () => new Set(await wrapped())).toEqual(new Set(['wetsignaal-summary', 'wetsignaal-badge']));
    await page.close();
  });

  it('works offline on a repeat visit, from the IndexedDB cache, with the API gone', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const page = await stack.browser.context.newPage();
    await page.goto(pw.href);
    await page.locator('wetsignaal-badge button').first().waitFor({ timeout: 20_000 });
    const online = (await badgeLabels(page)).sort();
    await stack.proxy.close(); // nothing answers at the configured API address any more
    await page.reload();
    await expect.poll(async () => (await badgeLabels(page)).sort(), { timeout: 20_000 }).toEqual(online);
    await page.locator('wetsignaal-badge button').first().click();
    await page.getByRole('dialog').waitFor();
    await page.close();
  });

  it('says "pagina niet herkend" in the popup when the structure is not understood', async () => {
    const odd = fixture((p) => p.shape === 'not-understood');
    const page = await stack.browser.context.newPage();
    await page.goto(odd.href);
    await waitForTabReport(stack.browser, odd.href);
    const { tab } = await popupStatus(stack.browser, odd.href);
    expect(tab).toMatchObject({ lawPage: true, recognised: false });
    expect(tab!.problem).toBeTruthy();
    await page.close();
  });
});
