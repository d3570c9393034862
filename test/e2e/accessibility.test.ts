// WCAG 2.1 AA checks with axe-core in real Chromium, the keyboard path, and screenshots of the
// overlay saved as test artifacts (test-results/screenshots).
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startStack, waitForTabReport } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

async function axeViolations(page: Page, include: string[]): Promise<string[]> {
  await page.evaluate(axeSource); // through the debugger protocol, so extension pages' CSP allows it
  return page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const context = selectors.length ? { include: selectors.map((s) => [s]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, include);
}

describe('accessibility in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('overlay, dialog and form have no axe violations and work by keyboard', async () => {
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const page = await stack.browser.context.newPage();
    await page.goto(pw.href);
    const badge = page.locator('wetsignaal-badge button').first();
    await badge.waitFor({ timeout: 20_000 });
    expect(await axeViolations(page, ['wetsignaal-summary', 'wetsignaal-badge'])).toEqual([]);

    // Keyboard: focus the badge, open with Enter, focus lands in the dialog, Escape returns it.
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('wetsignaal-panel');
    expect(await axeViolations(page, ['wetsignaal-panel'])).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'participatiewet-panel.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('wetsignaal-badge');

    // The report form page itself.
    const form = await stack.browser.context.newPage();
    const input = {
      language: 'nl',
      regulation: { bwbId: 'BWBR0015703', title: 'Participatiewet', versionDate: '2026-01-01' },
      article: { label: '58', path: [], jci: 'jci1.3:c:BWBR0015703&artikel=58', textHash: 'abcdef0123456789' },
      quote: null,
    };
    await form.goto(`chrome-extension://${stack.browser.extensionId}/report.html#${encodeURIComponent(JSON.stringify(input))}`);
    await form.getByLabel('Wat is er gebeurd?').waitFor();
    expect(await axeViolations(form, [])).toEqual([]);
    await form.close();
    await page.close();
  });

  it('popup and options pages have no axe violations', async () => {
    for (const name of ['popup', 'options']) {
      const page = await stack.browser.context.newPage();
      await page.goto(`chrome-extension://${stack.browser.extensionId}/${name}.html`);
      await page.locator('h1').waitFor();
      expect(await axeViolations(page, []), name).toEqual([]);
      await page.close();
    }
  });

  it('screenshots the overlay on the Awb, and prints without it', async () => {
    const awb = fixture((p) => p.file === 'awb.html');
    const page = await stack.browser.context.newPage();
    await page.goto(awb.href);
    await waitForTabReport(stack.browser, awb.href);
    await page.waitForTimeout(1500); // idle-time analysis adds marks for clauses it finds
    await page.screenshot({ path: resolve(SHOTS, 'awb-top.png') });
    const pw = fixture((p) => p.file === 'participatiewet.html');
    await page.goto(pw.href);
    await page.locator('wetsignaal-summary').waitFor({ state: 'attached', timeout: 20_000 });
    await page.locator('wetsignaal-badge').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('wetsignaal-summary, wetsignaal-badge')].map((el) => getComputedStyle(el).display),
    );
    expect(printed.length).toBeGreaterThan(1);
    expect(new Set(printed)).toEqual(new Set(['none']));
    await page.close();
  });
});
