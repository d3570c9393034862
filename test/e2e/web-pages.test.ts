// The public web pages in real Chromium: with JavaScript off (everything works without it), with axe-core
// (WCAG 2.1 AA) on each page, in Dutch and English, and screenshots at phone and desktop width.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPaths } from '../../utils/contract/public-pages';
import { startServer } from '../../server/start';
import { CHROMIUM } from '../../scripts/lib/chromium';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SIGNAL = 'sig-18-participatiewet-algemeen';

const PAGES = [
  { name: 'home', path: publicPaths.home },
  { name: 'search', path: `${publicPaths.home}?q=participatie` },
  { name: 'regeling', path: publicPaths.regulation('BWBR0015703') },
  { name: 'signaal', path: publicPaths.signal(SIGNAL) },
  { name: 'overzicht', path: publicPaths.overview },
];

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the debugger protocol, which the pages' CSP (no scripts) does not stop
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

describe('public web pages in Chromium', () => {
  let api: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  beforeAll(async () => {
    api = await startServer({ port: 0, memory: true, log: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('work with JavaScript off: search, law page with article anchors, signal permalink, overview', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(`${api.url}/`);
    await page.getByLabel('Zoek een regeling').fill('Participatiewet');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\?q=Participatiewet/);
    await page.getByRole('link', { name: 'Participatiewet', exact: true }).click();
    await page.waitForURL(/\/regeling\/BWBR0015703$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Participatiewet');
    // Each article has its anchor and its citable place on wetten.overheid.nl.
    const article = page.locator('section#artikel-58');
    expect(await article.getByRole('heading', { level: 3 }).textContent()).toBe('Artikel 58');
    expect(await article.getByRole('link', { name: /wetten\.overheid\.nl/ }).getAttribute('href')).toBe(
      'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=58',
    );
    // The styles load (NL Design System tokens on the Utrecht components), so the page is not unstyled.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/RijksSans|Verdana|sans-serif/i);

    await page.goto(`${api.url}${publicPaths.signal(SIGNAL)}`);
    await page.getByRole('link', { name: /Participatiewet/ }).first().click();
    await page.waitForURL(/\/regeling\/BWBR0015703/);

    await page.goto(`${api.url}${publicPaths.overview}?lang=en`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview of all signals');
    expect(await page.locator('svg[role="img"]').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'All signals as CSV' }).getAttribute('href')).toBe('/v1/export?format=csv');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('style the law’s and the signal’s data lists with the NL Design System: name beside value on a desktop, above it on a phone', async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      for (const [name, path, testId] of [
        ['regeling', publicPaths.regulation('BWBR0015703'), 'regulation-details'],
        ['signaal', publicPaths.signal(SIGNAL), 'signal-details'],
      ] as const) {
        await page.goto(`${api.url}${path}`);
        const list = page.getByTestId(testId);
        const rows = await list.locator('.utrecht-data-list__item').evaluateAll((items) =>
          items.map((item) => {
            const [dt, dd] = [item.querySelector('dt')!, item.querySelector('dd')!];
            const [key, value] = [dt.getBoundingClientRect(), dd.getBoundingClientRect()];
            return {
              name: dt.textContent,
              keyWeight: getComputedStyle(dt).fontWeight,
              valueIndent: getComputedStyle(dd).marginInlineStart,
              rule: `${getComputedStyle(item).borderBottomWidth} ${getComputedStyle(item).borderBottomStyle}`,
              valueBeside: value.left >= key.right && value.top < key.bottom,
              valueBelow: value.top >= key.bottom,
            };
          }),
        );
        expect(rows.length, `${path} at ${width}px`).toBeGreaterThan(3);
        for (const row of rows) {
          const where = `${path} at ${width}px, ${row.name}`;
          expect(row.keyWeight, where).toBe('700');
          expect(row.valueIndent, where).toBe('0px');
          expect(row.rule, where).toBe('1px solid');
          expect(width === 360 ? row.valueBelow : row.valueBeside, where).toBe(true);
        }
        await list.screenshot({ path: resolve(SHOTS, `web-${name}-gegevens-${width}.png`) });
      }
      await context.close();
    }
  });

  it('pass axe-core (WCAG 2.1 AA) at phone and desktop width; screenshots for review', async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      for (const { name, path } of PAGES) {
        const response = await page.goto(`${api.url}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
        // Nothing sticks out sideways at phone width (reflow, WCAG 1.4.10).
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: resolve(SHOTS, `web-${name}-${width}.png`) });
      }
      await page.goto(`${api.url}${publicPaths.regulation('BWBR0015703', '58')}`);
      await page.screenshot({ path: resolve(SHOTS, `web-regeling-artikel-58-${width}.png`) });
      await page.goto(`${api.url}${publicPaths.overview}?lang=en`);
      expect(await axeViolations(page), `overview in English at ${width}px`).toEqual([]);
      await page.locator('#inhoud h2').nth(2).scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SHOTS, `web-overzicht-en-charts-${width}.png`) });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${api.url}${publicPaths.regulation('BWBR0015703')}`);
      await page.screenshot({ path: resolve(SHOTS, `web-regeling-print-${width}.png`) });
      await page.emulateMedia({ media: 'screen' });
      await context.close();
    }
  });
});
