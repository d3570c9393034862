// Issue 19, a lawyer's walk in Chromium with the built extension and the real API: open the summary and
// go to the clause article it names, open an article's panel, copy a citation of a signal, follow a
// source to its official publication. Screenshots in test-results/screenshots/citations-*.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startStack } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;
const SHOTS = 'test-results/screenshots';

describe('a lawyer cites Wetsignaal', () => {
  let stack: Stack;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('goes to the clause the summary names, copies a citation and follows a source', async () => {
    const awir = fixture((p) => p.file === 'awir.html');
    const { context } = stack.browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://wetten.overheid.nl' });
    // This machine has no internet: the official publications site answers from a stand-in that says which page was asked for.
    const asked: string[] = [];
    await context.route('https://zoek.officielebekendmakingen.nl/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Officiële bekendmakingen</title><h1>Stand-in voor ${new URL(route.request().url()).pathname}</h1>`,
      });
    });

    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(awir.href);

    // The summary names the clause by short title and article, and jumps to it on the page.
    const toggle = page.locator('wetsignaal-summary .ws-summary-toggle');
    await toggle.click();
    const clauseLink = page.locator('wetsignaal-summary').getByRole('link', { name: 'Awir art. 47', exact: true });
    await clauseLink.waitFor();
    const summaryText = async () => (await page.locator('wetsignaal-summary p, wetsignaal-summary li').allTextContents()).join(' ');
    expect(await summaryText()).toMatch(/Deze wet heeft een algemene hardheidsclausule: Awir art\. 47/);
    expect(await summaryText()).toMatch(/Wat de clausule dekt: .*onbillijkheden van overwegende aard/);
    expect(await summaryText()).not.toMatch(/BWB[RV]\d{7}/);
    await page.screenshot({ path: `${SHOTS}/citations-1-summary.png` });
    await clauseLink.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#Hoofdstuk4_Artikel47');
    const top = await page.evaluate(() => document.getElementById('Hoofdstuk4_Artikel47')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(300);
    await page.screenshot({ path: `${SHOTS}/citations-2-clause-article.png` });

    // The panel of article 26: each source as its citation, linked to its official publication.
    await page.locator('wetsignaal-badge[data-ws-label="26"] button').click();
    const dialog = page.getByRole('dialog', { name: 'Artikel 26' });
    await dialog.waitFor();
    const card = dialog.locator('article', { has: page.getByRole('heading', { name: /alles of niets/i }) });
    await card.getByRole('link', { name: 'Kamerstukken II 2020/21, 26 448, nr. 650' }).waitFor();
    expect(await dialog.textContent()).not.toMatch(/\.txt|BWB[RV]\d{7}|Onderbouwing/);
    expect(await card.textContent()).toMatch(/Gemeld tegen de versie van 20-07-2022\./);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/citations-3-panel.png` });

    // "Kopieer verwijzing" puts a citation of the signal itself on the clipboard.
    await card.getByRole('button', { name: 'Kopieer verwijzing' }).click();
    await card.getByText('Verwijzing gekopieerd.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Wetsignaal, ‘Kinderopvangtoeslag: .+’, Awir art\. 26 \(versie van 20 juli 2022\), http:\/\/127\.0\.0\.1:\d+\/signaal\/sig-06-kot-alles-of-niets \(geraadpleegd op \d{1,2} [a-z]+ \d{4}\)$/,
    );
    // "Deel" points at the signal's public page and the article's; both on the instance the extension uses.
    const share = await card.getByRole('link', { name: 'Deel: openbare pagina van dit signaal' }).getAttribute('href');
    expect(share).toBe(new URL('/signaal/sig-06-kot-alles-of-niets', stack.proxy.url).href);
    expect(await dialog.getByRole('link', { name: 'Deel dit artikel' }).getAttribute('href')).toBe(
      new URL('/regeling/BWBR0018472#artikel-26', stack.proxy.url).href,
    );
    await page.screenshot({ path: `${SHOTS}/citations-4-copied.png` });

    // Following a source opens its official publication in a new tab.
    const [source] = await Promise.all([
      context.waitForEvent('page'),
      card.getByRole('link', { name: 'Kamerstukken II 2020/21, 26 448, nr. 650' }).click(),
    ]);
    await source.waitForLoadState();
    expect(source.url()).toBe('https://zoek.officielebekendmakingen.nl/kst-26448-650.html');
    expect(asked).toEqual(['https://zoek.officielebekendmakingen.nl/kst-26448-650.html']);
    await source.screenshot({ path: `${SHOTS}/citations-5-source.png` });
    await source.close();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
