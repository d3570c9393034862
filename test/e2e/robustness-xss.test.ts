// XSS through the whole chain: a report whose every text field is script, markup or a javascript: URL
// is published through the real moderation API, then shown by the extension in Chromium. No script may
// run and no markup may be interpreted: the payload must appear as plain text. A javascript: source URL
// that reaches the database anyway is refused by the server's contract check, not shown.
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURE_DIR } from '../../scripts/lib/fixture-server';
import { recognisePage } from '../../utils/recognition/recognise';
import { adminPost, fixture, startStack } from './support';

const FLAG = '__wsXss';
const PAYLOADS = {
  title: `<img src=x onerror="window.${FLAG}='title';alert('title')"><script>window.${FLAG}='t2'</script>`,
  summary:
    `<script>window.${FLAG}='summary';alert('summary')</script><img src=x onerror="window.${FLAG}='img'">` +
    `<a href="javascript:window.${FLAG}='href'">klik</a><svg onload="window.${FLAG}='svg'"></svg>` +
    `<iframe srcdoc="<script>parent.${FLAG}='iframe'</script>"></iframe> javascript:alert('summary')`,
  department: `<script>alert('dep')</script>`,
  quote: `<img src=x onerror="window.${FLAG}='quote'"> javascript:alert('quote')`,
  edge: `<img src=x onerror=alert(6)>`,
  description: `<script>window.${FLAG}='description'</script> <img src=x onerror="alert('description')"> javascript:alert(1)`,
};
/** Elements that would only exist if payload markup had been parsed. */
const INTERPRETED = 'script, iframe, object, embed, img, svg[onload], [onerror], [onload], a[href^="javascript:" i]';

const PAGE = fixture((p) => p.file === 'participatiewet-hoofdstuk-3.html');
const OTHER_PAGE = fixture((p) => p.file === 'zorgtoeslag.html');

function firstLabel(file: string, href: string): string {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
  const label = recognisePage(document as unknown as Document, href).onPage[0]?.label;
  if (!label) throw new Error(`no article recognised in ${file}`);
  return label;
}

/** Everything inside the overlay's shadow roots: matching elements and the visible text. */
async function shadowContent(page: Page): Promise<{ interpreted: string[]; text: string }> {
  return page.evaluate((selector) => {
    const hosts = [...document.querySelectorAll('wetsignaal-badge, wetsignaal-summary, wetsignaal-panel')];
    const roots = hosts.map((h) => h.shadowRoot).filter((r): r is ShadowRoot => r !== null);
    return {
      interpreted: roots.flatMap((r) => [...r.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120))),
      text: roots.map((r) => r.textContent ?? '').join('\n'),
    };
  }, INTERPRETED);
}

describe('hostile text from the API is shown as text', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let label: string;

  const admin = (path: string, body: unknown) => adminPost(stack.api.url, path, body);

  beforeAll(async () => {
    stack = await startStack({ settings: { privateLookups: false } });
    label = firstLabel(PAGE.file, PAGE.href);
    const submission = await fetch(`${stack.api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'xss-e2e-0001' },
      body: JSON.stringify({
        target: {
          bwbId: PAGE.bwbId,
          label,
          versionDate: PAGE.versionDate,
          quote: { exact: PAYLOADS.quote, prefix: PAYLOADS.edge, suffix: PAYLOADS.edge, start: 0, end: PAYLOADS.quote.length },
        },
        regulationTitle: PAYLOADS.edge,
        description: PAYLOADS.description,
        affected: PAYLOADS.edge,
        otherLaw: PAYLOADS.edge,
        role: 'burger',
        consentToPublish: true,
      }),
    });
    expect(submission.status).toBe(202);
    const { id } = (await submission.json()) as { id: string };
    const published = await admin(`/v1/moderation/submissions/${id}/publish`, {
      title: PAYLOADS.title,
      summary: PAYLOADS.summary,
      department: PAYLOADS.department,
    });
    expect(published.status).toBe(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('runs no script and parses no markup when the panel shows the published signal', async () => {
    const page = await stack.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(PAGE.href);
    await page.locator(`wetsignaal-badge[data-ws-label="${label}"]`).getByRole('button').click();
    const panel = page.locator('wetsignaal-panel').getByRole('dialog');
    await panel.waitFor();
    // Open every collapsed part so all text is rendered.
    for (const summary of await panel.locator('details:not([open]) > summary').all()) await summary.click();
    await expect.poll(async () => (await shadowContent(page)).text).toContain(PAYLOADS.title);

    const content = await shadowContent(page);
    expect(content.text).toContain(PAYLOADS.summary);
    expect(content.interpreted).toEqual([]);
    expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], FLAG)).toBeUndefined();
    expect(await page.locator('img[src="x"], iframe[srcdoc]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('refuses to serve a javascript: source URL even when the database holds one', async () => {
    const bwbId = OTHER_PAGE.bwbId!;
    await stack.api.db.query('INSERT INTO regulations (bwb_id, title) VALUES ($1, $2) ON CONFLICT (bwb_id) DO NOTHING', [bwbId, 'Wet op de zorgtoeslag']);
    await stack.api.db.query(
      `INSERT INTO signals (id, title, summary, status, evidence, source_type, origin)
       VALUES ('sig-xss-url', 'Bron met script', 'Een bron-URL met een script-schema.', '2_binnengekomen', 'onbevestigd', 'melding', 'melding')`,
    );
    await stack.api.db.query(
      `INSERT INTO signal_sources (signal_id, position, kind, citation, url) VALUES ('sig-xss-url', 0, 'melding', 'Melding van een burger', $1)`,
      [`javascript:window.${FLAG}='source';alert('source')`],
    );
    await stack.api.db.query(`INSERT INTO signal_targets (signal_id, position, bwb_id, label) VALUES ('sig-xss-url', 0, $1, NULL)`, [bwbId]);

    const response = await fetch(`${stack.api.url}/v1/regulations/${bwbId}`);
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(await response.text()).not.toContain('javascript:');

    const page = await stack.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(OTHER_PAGE.href);
    await page.locator('wetsignaal-summary').getByRole('alert').waitFor();
    expect((await shadowContent(page)).interpreted).toEqual([]);
    expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], FLAG)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
