import { it } from 'vitest';
import { fixture, startStack, waitForTabReport } from './support';
const OUT = '/work/walk2';
it('walk', async () => {
  const stack = await startStack();
  for (const width of [1280, 360]) {
    for (const f of ['real-wabvpz.html', 'real-uavg.html']) {
      const law = fixture((p) => p.file === f);
      const page = await stack.browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(law.href);
      await waitForTabReport(stack.browser, law.href);
      await page.waitForTimeout(1200);
      const tag = `${f.replace('.html', '')}-${width}`;
      await page.screenshot({ path: `${OUT}/${tag}-top.png`, clip: { x: 0, y: 0, width, height: 500 } });
      await page.locator('wetsignaal-summary').getByRole('button', { name: /Wetsignaal/ }).click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${OUT}/${tag}-details.png`, clip: { x: 0, y: 0, width, height: 700 } });
      await page.locator('wetsignaal-summary').getByRole('button', { name: /Wetsignaal/ }).click();
      if (f === 'real-wabvpz.html') {
        // Citizen: select a sentence of an article, the context menu's path, type with personal data, review, send.
        await page.evaluate(() => {
          const art = document.querySelectorAll('div.artikel')[2]!;
          const walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
          let n: Node | null;
          while ((n = walker.nextNode())) if ((n.textContent ?? '').trim().length > 60) break;
          const r = document.createRange(); r.setStart(n!, 0); r.setEnd(n!, 50);
          getSelection()!.removeAllRanges(); getSelection()!.addRange(r);
          (art as HTMLElement).scrollIntoView();
        });
        await stack.browser.background!.evaluate(async (url) => {
          const api = (globalThis as any).chrome; const [tab] = await api.tabs.query({ url, active: true });
          const t = tab ?? (await api.tabs.query({ url }))[0];
          return api.tabs.sendMessage(t.id, { type: 'report-article', at: 'selection' });
        }, law.href);
        const form = page.frameLocator('wetsignaal-panel iframe');
        await form.locator('textarea').waitFor({ timeout: 20000 });
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${OUT}/${tag}-form.png` });
        await form.getByLabel('Wat is er gebeurd?').fill('Mijn aanvraag werd geweigerd. Bel mij op 06-12345678, mijn buurman Jan Jansen woont op Kerkstraat 4.');
        await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
        await form.getByRole('heading', { name: 'Controleer wat u verstuurt' }).waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}/${tag}-review.png` });
        await form.getByRole('button', { name: 'Verstuur melding' }).click();
        await form.getByRole('heading', { name: 'Bewijs van uw melding' }).waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}/${tag}-receipt.png` });
      }
      await page.close();
    }
    // Drafter: the Wet IB 2001 line and an article panel with a rigid provision.
    const wetIb = fixture((p) => p.file === 'wet-ib-2001.html');
    const p3 = await stack.browser.context.newPage();
    await p3.setViewportSize({ width, height: 800 });
    await p3.goto(wetIb.href);
    await waitForTabReport(stack.browser, wetIb.href);
    await p3.waitForTimeout(1000);
    await p3.screenshot({ path: `${OUT}/wetib-${width}-top.png`, clip: { x: 0, y: 0, width, height: 400 } });
    await p3.close();
  }
  await stack.stop();
}, 240_000);
