import { it } from 'vitest';
import { fixture, startStack, waitForTabReport } from './support';
const OUT = '/work/walk';
it('walk', async () => {
  const stack = await startStack();
  for (const width of [1280, 360]) {
    for (const f of ['wet-ib-2001.html', 'awb.html', 'bw7.html', 'zorgtoeslag.html']) {
      const law = fixture((p) => p.file === f);
      const page = await stack.browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(law.href);
      await waitForTabReport(stack.browser, law.href);
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${OUT}/${f.replace('.html', '')}-${width}.png`, clip: { x: 0, y: 0, width, height: 400 } });
      if (f === 'wet-ib-2001.html') {
        await page.locator('wetsignaal-summary').getByRole('button', { name: /Wetsignaal/ }).click();
        await page.waitForTimeout(800);
        await page.screenshot({ path: `${OUT}/${f.replace('.html', '')}-details-${width}.png`, clip: { x: 0, y: 0, width, height: 700 } });
      }
      await page.close();
    }
  }
  await stack.stop();
}, 180_000);
