// The built extension on a REAL wetten.overheid.nl page (../shared/real-pages, served byte for byte as
// https://wetten.overheid.nl/…): a signal published through the real API on one lid of one article gets its
// badge, its panel names the lid ("artikel 2, tweede lid"), and a report made from a sentence selected in
// another lid reaches the API with that lid. The law text stays as served.
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../scripts/lib/fixture-server';
import { recognisePage } from '../../utils/recognition/recognise';
import { adminPost, articleTextsInFile, articleTextsOnPage, badgeLabels, fixture, popupStatus, startStack } from './support';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const PAGE = fixture((p) => p.file === 'real-uavg.html');
const WHOLE = fixture((p) => p.shape === 'whole-text');
const LABEL = '2';

/** The whole text of the regulation without articles, as the recogniser reads the served file in Node. */
function wholeTextInFile() {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, WHOLE.file), 'utf8'));
  return recognisePage(document as unknown as Document, WHOLE.href).page.wholeText!;
}

/** The article as the recogniser reads the served file in Node: the identity a report carries. */
function articleInFile() {
  const { document } = parseHTML(readFileSync(join(FIXTURE_DIR, PAGE.file), 'utf8'));
  const article = recognisePage(document as unknown as Document, PAGE.href).page.articles.find((a) => a.label === LABEL);
  if (!article) throw new Error(`no artikel ${LABEL} in ${PAGE.file}`);
  return article;
}

describe('the extension on a real portal page', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let signalId: string;
  const article = articleInFile();
  const admin = (path: string, body: unknown) => adminPost(stack.api.url, path, body);

  beforeAll(async () => {
    expect(PAGE.reconstruction).toBe(false);
    stack = await startStack();
    const submission = await fetch(`${stack.api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'real-page-e2e-0001' },
      body: JSON.stringify({
        target: {
          kind: 'article',
          bwbId: PAGE.bwbId,
          label: LABEL,
          lid: '2',
          path: article.path,
          jci: article.jci,
          versionDate: PAGE.versionDate,
          textHash: article.textHash,
        },
        regulationTitle: PAGE.title,
        description: 'Mijn gegevens uit de basisregistratie vielen buiten deze wet, en daardoor kon ik nergens terecht.',
        role: 'burger',
        consentToPublish: true,
      }),
    });
    expect(submission.status).toBe(202);
    const { id } = (await submission.json()) as { id: string };
    const published = await admin(`/v1/moderation/submissions/${id}/publish`, {
      title: 'Uitzondering BRP laat burger zonder loket',
      summary: 'De uitzondering in het tweede lid laat geen loket over.',
    });
    expect(published.status).toBe(200);
    signalId = ((await published.json()) as { signal: { id: string } }).signal.id;

    // A signal on the whole text of the regulation without articles (target kind "regulation").
    const whole = await fetch(`${stack.api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'real-page-e2e-0002' },
      body: JSON.stringify({
        target: { kind: 'regulation', bwbId: WHOLE.bwbId, label: null, versionDate: WHOLE.versionDate, textHash: wholeTextInFile().textHash },
        regulationTitle: WHOLE.title,
        description: 'De normbedragen in deze regeling lieten voor ons gezin niets over om van te leven.',
        role: 'burger',
        consentToPublish: true,
      }),
    });
    expect(whole.status).toBe(202);
    const wholeId = ((await whole.json()) as { id: string }).id;
    expect((await admin(`/v1/moderation/submissions/${wholeId}/publish`, { title: 'Normbedragen te laag voor gezinnen', summary: 'De regeling als geheel.' })).status).toBe(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the badge on the article, the panel names the lid, and a report carries the lid of the selected sentence', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(PAGE.href);
    const badge = page.locator(`wetsignaal-badge[data-ws-label="${LABEL}"]`);
    await badge.getByRole('button').waitFor({ timeout: 20_000 });
    expect(await badgeLabels(page)).toEqual([LABEL]);
    expect(await articleTextsOnPage(page)).toEqual(articleTextsInFile(PAGE.file));

    // A sentence in the third lid (the portal's own lid id), selected before the badge is clicked.
    const selected = await page.evaluate(() => {
      const p = document.querySelector('#Hoofdstuk1_Artikel2_Lid3 p.lid')!;
      const text = [...p.childNodes].filter((n) => n.nodeType === 3).sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
      const start = (text.textContent ?? '').search(/\S/);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 30);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    await badge.getByRole('button').click();
    const panel = page.locator('wetsignaal-panel').getByRole('dialog');
    await panel.getByText('Uitzondering BRP laat burger zonder loket').waitFor();
    await panel.getByText('Gaat over artikel 2, tweede lid').waitFor();

    const form = page.frameLocator('wetsignaal-panel iframe');
    await expect.poll(() => form.getByText(selected.replace(/\s+/g, ' ').trim()).count()).toBeGreaterThan(0);
    await expect.poll(() => form.getByLabel('Lid (als u dat weet)').inputValue()).toBe('3');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'real-page-uavg-panel.png') });

    const description = `Melding op een echte pagina ${Date.now()}: de uitzondering raakte mij direct.`;
    await form.getByLabel('Wat is er gebeurd?').fill(description);
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByText('Uw melding is verzonden. Dank u wel.').waitFor();
    const rows = await stack.api.db.query<{ target: { kind: string; label: string; lid: string; jci: string; quote: { exact: string } | null } }>(
      'SELECT target FROM submissions WHERE description = $1',
      [description],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target).toMatchObject({ kind: 'article', label: LABEL, lid: '3', jci: article.jci });
    expect(rows[0]!.target.quote?.exact).toBe(selected);
    expect(signalId).toMatch(/^sig-/);
    await page.close();
  });

  it('a regulation without articles gets the summary with its signals and a report form for its whole text', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(WHOLE.href);
    const summary = page.locator('wetsignaal-summary');
    await summary.getByRole('button', { name: /Wetsignaal/ }).click({ timeout: 20_000 });
    await summary.getByText('Normbedragen te laag voor gezinnen').waitFor();
    await summary.getByRole('button', { name: 'Meld een voorbeeld bij deze regeling' }).click();
    const form = page.frameLocator('wetsignaal-summary iframe');
    await form.getByRole('heading', { name: 'Meld een voorbeeld bij deze regeling' }).waitFor();
    expect(await form.getByLabel('Lid (als u dat weet)').count()).toBe(0);
    // The popup's status for the tab: recognised, its whole text as one unit, no problem.
    expect((await popupStatus(stack.browser, WHOLE.href)).tab).toMatchObject({ recognised: true, wholeText: true, problem: null });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'regulation-without-articles-report.png') });
    const description = `Melding over de hele regeling ${Date.now()}: het bedrag was te laag.`;
    await form.getByLabel('Wat is er gebeurd?').fill(description);
    await form.getByRole('button', { name: 'Controleer en verstuur' }).click();
    await form.getByRole('button', { name: 'Verstuur melding' }).click();
    await form.getByText('Uw melding is verzonden. Dank u wel.').waitFor();
    const rows = await stack.api.db.query<{ target: Record<string, unknown> }>('SELECT target FROM submissions WHERE description = $1', [description]);
    expect(rows.map((r) => r.target)).toEqual([
      expect.objectContaining({ kind: 'regulation', bwbId: WHOLE.bwbId, label: null, lid: null, textHash: wholeTextInFile().textHash }),
    ]);
    await page.close();
  });
});
