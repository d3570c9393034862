// A citizen reports against the exact sentence while the API is down; the browser restarts; the
// report arrives exactly once when the API is back.
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start';
import { launchChromium } from '../../scripts/lib/chromium';
import { fixture, startStack } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;

describe('report delivery in Chromium', () => {
  let stack: Stack | null = null;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('keeps a report made offline across a browser restart and delivers it once, with the quoted sentence', async () => {
    stack = await startStack();
    cleanups.push(() => stack!.fixtures.close(), () => stack!.proxy.close());
    const pw = fixture((p) => p.file === 'participatiewet.html');
    const page = await stack.browser.context.newPage();
    await page.goto(pw.href);
    const badge = page.locator('wetsignaal-badge').first();
    await badge.locator('button').waitFor({ timeout: 20_000 });
    const label = (await badge.getAttribute('data-ws-label'))!;

    // Select part of the first long sentence in that article's body.
    const selected = await page.evaluate((l) => {
      const host = document.querySelector(`wetsignaal-badge[data-ws-label="${l}"]`)!;
      const article = host.closest('div.artikel:not(.article__header--law)')!;
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
          return range.toString();
        }
      }
      return null;
    }, label);
    expect(selected).toBeTruthy();

    // The API goes away (the proxy in front of it now answers 502).
    const apiPort = stack.api.port;
    await stack.api.close();

    await badge.locator('button').click();
    const form = page.frameLocator('wetsignaal-panel iframe');
    await expect.poll(() => form.getByText(selected!.replace(/\s+/g, ' ').trim()).count()).toBeGreaterThan(0);
    const description = `Offline melding ${Date.now()}: de terugvordering kwam bovenop mijn schulden.`;
    await form.getByLabel('Wat is er gebeurd?').fill(description);
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByText('Uw melding is bewaard en wacht op verzending.').waitFor();

    // Restart the browser with the same profile, then bring the API back.
    const profile = stack.browser.userDataDir;
    await stack.browser.context.close();
    const api = await startServer({ port: apiPort, memory: true, log: false });
    cleanups.push(() => api.close());
    const restarted = await launchChromium({ fixturePort: stack.fixtures.port, userDataDir: profile });
    cleanups.push(() => restarted.context.close());

    await expect
      .poll(async () => (await api.db.query('SELECT 1 FROM submissions WHERE description = $1', [description])).length, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(1);
    // Opening the popup makes the background deliver again: the idempotency key keeps it at one row.
    const popup = await restarted.context.newPage();
    await popup.goto(`chrome-extension://${restarted.extensionId}/popup.html`);
    await popup.getByText(/Participatiewet, artikel/).waitFor();
    const rows = await api.db.query<{ target: { label: string; quote: { exact: string; prefix: string } | null } }>(
      'SELECT target FROM submissions WHERE description = $1',
      [description],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target.label).toBe(label);
    expect(rows[0]!.target.quote?.exact).toBe(selected!.replace(/\s+/g, ' ').trim());
  });
});
