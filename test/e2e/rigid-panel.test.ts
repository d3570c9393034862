// Rigid provisions in the article panel (issue #24): computed in the background when a panel opens, from the
// article's text on the page, for articles the analysis flags on the real Participatiewet fixture.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseRegulation } from '../../utils/analysis/analyse';
import { regulationKind } from '../../utils/analysis/regulation-kind';
import { recognisePage } from '../../utils/recognition/recognise';
import { articleBodyText } from '../../utils/recognition/text';
import { FIXTURE_DIR } from '../../scripts/lib/fixture-server';
import { fixture, startStack } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run({ include: [[include]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

/** The fixture's articles as the analysis reads them in Node: label, anchor and rigid provisions with their cover. */
function analysedArticles(file: string, href: string) {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const { page, onPage } = recognisePage(document as unknown as Document, href);
  const bwbId = page.regulation!.bwbId;
  // With the kind the background reads from the title: the hook classifier weighs it.
  const kind = regulationKind({ title: page.regulation!.title ?? undefined });
  const analysis = analyseRegulation(bwbId, onPage.map((a) => ({ label: a.label, text: articleBodyText(a.element) })), { kind });
  return onPage.map((a, i) => ({ label: a.label, anchorId: a.anchorId, rigid: analysis.articles[i]!.rigid, hooks: analysis.articles[i]!.hooks }));
}

/** Opens and closes an article's panel from its badge, as a reader does. */
function panels(page: Page) {
  return {
    async open(label: string, anchorId: string | null) {
      await page.locator(`[id="${anchorId}"]`).scrollIntoViewIfNeeded();
      const badge = page.locator(`wetsignaal-badge[data-ws-label="${label}"] button`);
      await badge.waitFor({ timeout: 20_000 });
      await badge.click();
      const dialog = page.getByRole('dialog', { name: `Artikel ${label}` });
      await dialog.waitFor();
      return dialog;
    },
    async close() {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    },
  };
}

describe('rigid provisions in the article panel, in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Every article near the viewport gets a badge, so an article without data can be opened too.
    stack = await startStack({ settings: { showAll: true } });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the section with its label and cover for flagged articles, and none for others', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const articles = analysedArticles(pw.file, pw.href);
    const covered = articles.find((a) => a.rigid.length === 1 && a.rigid[0]!.coveredBy === 'Awb 4:94a');
    const uncovered = articles.find((a) => a.rigid.length === 1 && a.rigid[0]!.coveredBy === null);
    // Art. 58 (terugvordering): no rigid provision, and the Awb hook 4:94a.
    const plain = articles.find((a) => a.rigid.length === 0 && a.label === '58');
    expect(covered && uncovered && plain).toBeTruthy();
    expect(plain!.hooks.map((h) => h.awb)).toContain('4:94a');

    const page = await stack.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pw.href);

    const { open: openPanel, close: closePanel } = panels(page);

    for (const { article, cover } of [
      { article: covered!, cover: 'Gedekt door: Awb art. 4:94a' },
      { article: uncovered!, cover: 'Door geen hardheidsclausule gedekt.' },
    ]) {
      const dialog = await openPanel(article.label, article.anchorId);
      const section = dialog.getByRole('region', { name: 'Gebonden bepaling (automatisch herkend)' });
      await section.waitFor();
      const { outcome, phrase } = article.rigid[0]!;
      const item = section.locator('li');
      await expect.poll(() => item.count()).toBe(1);
      const text = await item.textContent();
      expect(text).toContain(`Gevolg: ${outcome}. In de tekst: “${phrase}”`);
      expect(text).toContain(cover);
      expect(await section.textContent()).toContain('Het is geen oordeel van een jurist.');
      if (article === covered) {
        expect(await section.getByRole('link', { name: 'Awb art. 4:94a' }).getAttribute('href')).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:94a');
        expect(await axeViolations(page, 'wetsignaal-panel')).toEqual([]);
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(SHOTS, 'rigid-panel-1280.png') });
        await page.setViewportSize({ width: 360, height: 740 });
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(SHOTS, 'rigid-panel-360.png') });
        expect(await axeViolations(page, 'wetsignaal-panel')).toEqual([]);
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      await closePanel();
    }

    // An article without a rigid provision: no heading, not an empty one; its Awb hook with its link.
    const dialog = await openPanel(plain!.label, plain!.anchorId);
    await dialog.getByRole('heading', { name: /Hardheidsclausule|signaal/ }).first().waitFor();
    expect(await dialog.getByRole('heading', { name: /Gebonden bepaling/ }).count()).toBe(0);
    const awbRoom = dialog.getByRole('region', { name: 'Ruimte in de Awb' });
    expect(await awbRoom.getByRole('link', { name: /4:94a/ }).count()).toBe(1);
    await closePanel();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a BES law neither the Awb escape nor Awb hooks, since the Awb does not apply there', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const covered = analysedArticles(pw.file, pw.href).find((a) => a.rigid.length === 1 && a.rigid[0]!.coveredBy === 'Awb 4:94a')!;
    const page = await stack.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The same law text under a BES title, as the portal shows the laws of Bonaire, Sint Eustatius and Saba.
    const html = readFileSync(join(FIXTURE_DIR, pw.file), 'utf8');
    expect(html).toContain('<h1>Participatiewet');
    await page.route(pw.href, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace('<h1>Participatiewet', '<h1>Participatiewet BES') }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pw.href);
    const { open, close } = panels(page);
    const dialog = await open(covered.label, covered.anchorId);
    const section = dialog.getByRole('region', { name: 'Gebonden bepaling (automatisch herkend)' });
    await section.waitFor();
    await expect.poll(() => section.locator('li').textContent()).toContain('Door geen hardheidsclausule gedekt.');
    // The panel says why there is no Awb room, and links no Awb article.
    const awb = dialog.getByRole('region', { name: 'Ruimte in de Awb' });
    expect(await awb.textContent()).toContain('De Algemene wet bestuursrecht (Awb) geldt niet in Caribisch Nederland');
    expect(await awb.getByRole('link').count()).toBe(0);
    await awb.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS, 'bes-panel-1280.png') });
    await close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
