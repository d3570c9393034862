// The moderation desk in real Chromium: a moderator account from the CLI, sign-in with the one-time token, the
// queue, one submission (the article as reported beside the newest text, the quote marked in both, whether the
// text changed, personal-data flags), a merge into an existing signal that the public law page then shows, the
// reporter's status, a status change with a public reason that the signal's page shows, CSRF refusal, sign-out
// and revocation. axe-core (WCAG 2.1 AA) runs on every desk page, in Dutch and in English, and on the signal page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmissionAck, SubmissionStatusResponse } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { hashArticleText } from '../../utils/recognition/text-hash';
import { runModerate } from '../../server/cli/moderate';
import { SESSION_COOKIE } from '../../server/desk/routes';
import { DEFAULT_CORPUS_DIR, readCorpusFile } from '../../server/seed/corpus-hash';
import { startServer } from '../../server/start';
import { CHROMIUM } from '../../scripts/lib/chromium';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const TARGET_SIGNAL = 'sig-18-participatiewet-algemeen';
/** Participatiewet art. 58 lid 8, verbatim. */
const QUOTE = 'kan het college besluiten geheel of gedeeltelijk van terugvordering af te zien';
const REASON = 'Het wetsvoorstel Participatiewet in balans verruimt het afzien van terugvordering.';

const articleText = (file: string, label: string) => readCorpusFile(join(DEFAULT_CORPUS_DIR, file))!.articles.get(label)!.text;

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

describe('moderation desk in Chromium', () => {
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

  const submit = async (key: string, body: Record<string, unknown>) => {
    const res = await fetch(`${api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ role: 'burger', consentToPublish: true, affected: 'Mensen in de bijstand', ...body }),
    });
    return res;
  };

  async function signIn(context: BrowserContext, token: string, lang = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${api.url}${publicPaths.desk}${lang}`);
    await page.locator('#token').fill(token);
    await page.locator('[data-testid="desk-sign-in"] button').click();
    await page.locator('[data-testid="desk-moderator"]').waitFor();
    return page;
  }

  /** Every desk page visited is checked with axe; `checked` lists them for the final assertion. */
  const checked: string[] = [];
  async function expectAccessible(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([]);
    checked.push(name);
  }

  it('a moderator signs in, merges a report into a signal, the law page shows it, the reporter sees the decision', async () => {
    const added = await runModerate(api.db, ['add-moderator', 'anna']);
    const token = added.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^wsm_/);
    const stored = await api.db.query<{ token_hash: string }>("SELECT token_hash FROM moderators WHERE name = 'anna'");
    expect(stored[0]!.token_hash).not.toContain(token);

    const target = {
      bwbId: 'BWBR0015703',
      label: '58',
      lid: '8',
      versionDate: '2026-01-01',
      textHash: hashArticleText(articleText('BWBR0015703.json', '58')),
      quote: { exact: QUOTE, prefix: 'dringende redenen aanwezig zijn ', suffix: '.', start: 10, end: 10 + QUOTE.length },
    };
    const base = { target, regulationTitle: 'Participatiewet' };
    // The privacy guard refuses the phone number in a public field: the citizen removes it and sends again.
    const refused = await submit('desk-e2e-key-0001', { ...base, description: 'De gemeente vorderde alles terug na een vergissing. Bel mij op 0612345678 als u meer wilt weten.' });
    expect(refused.status).toBe(422);
    const ok = await submit('desk-e2e-key-0002', { ...base, description: 'De gemeente vorderde alles terug na een kleine vergissing bij het doorgeven van mijn inkomsten.' });
    const ack = SubmissionAck.parse(await ok.json());

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${api.url}${publicPaths.desk}`);
    await expectAccessible(page, 'sign-in');
    await page.screenshot({ path: resolve(SHOTS, 'desk-sign-in-1280.png') });
    await page.getByLabel('Persoonlijke code').fill('wsm_wrong-token-value');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('onbekend of ingetrokken');
    await expectAccessible(page, 'sign-in, refused');
    await page.getByLabel('Persoonlijke code').fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Wachtrij' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: publicPaths.desk });
    expect(await page.locator(`[data-testid="desk-queue-item"][data-submission-id="${ack.id}"]`).count()).toBe(1);
    await expectAccessible(page, 'queue');
    await page.screenshot({ path: resolve(SHOTS, 'desk-queue-1280.png') });

    await page.getByRole('link', { name: /kleine vergissing/ }).click();
    // The text as reported (found by its hash) beside the newest text: the same, the quote marked in both.
    const comparison = page.locator('[data-testid="article-comparison"]');
    expect(await comparison.getAttribute('data-change')).toBe('unchanged');
    expect(await page.locator('[data-testid="text-change"]').textContent()).toBe('Tekst ongewijzigd sinds de melding.');
    expect(await page.locator('[data-testid="article-as-reported"] [data-testid="quote-mark"]').textContent()).toBe(QUOTE);
    expect(await page.locator('[data-testid="article-current"] [data-testid="quote-mark"]').textContent()).toBe(QUOTE);
    expect(await page.locator('[data-testid="article-as-reported"]').textContent()).toContain('Versie van 01-01-2026');
    expect(await page.getByText('Geen persoonsgegevens gevonden.').count()).toBe(1);
    await expectAccessible(page, 'submission');
    await page.screenshot({ path: resolve(SHOTS, 'desk-submission-1280.png'), fullPage: true });

    // A rejection without a reason (only spaces) comes back with the error, the page still accessible.
    await page.locator('#reason').fill('   ');
    await page.locator('[data-testid="desk-reject"] button').click();
    expect(await page.locator('[data-testid="desk-error"]').textContent()).toContain('Geef een reden.');
    await expectAccessible(page, 'submission with an error');

    // A forged form without the CSRF token is refused.
    const forged = await page.request.post(`${api.url}${publicPaths.desk}/melding/${ack.id}/reject`, { form: { reason: 'x' } });
    expect(forged.status()).toBe(403);

    await page.getByLabel('Signaal').selectOption(TARGET_SIGNAL);
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Samengevoegd');
    await expectAccessible(page, 'queue after a decision');
    await page.screenshot({ path: resolve(SHOTS, 'desk-done-1280.png') });

    const status = SubmissionStatusResponse.parse(await (await fetch(`${api.url}/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } })).json());
    expect(status).toMatchObject({ state: 'samengevoegd', signalId: TARGET_SIGNAL });
    const audit = await api.db.query<{ actor: string; action: string }>('SELECT actor, action FROM moderation_audit WHERE submission_id = $1', [ack.id]);
    expect(audit).toEqual([{ actor: 'moderator:anna', action: 'attach' }]);

    const law = await context.newPage();
    await law.goto(`${api.url}${publicPaths.regulation('BWBR0015703', '58')}`);
    expect(await law.locator('section#artikel-58').getByRole('link', { name: /Participatiewet: hardheden in de bijstand/ }).count()).toBe(1);

    // The notice links to the signal: the moderator changes its status with a public reason.
    await page.locator('[data-testid="desk-notice"] a').click();
    await page.locator('[data-testid="desk-status"]').waitFor();
    await expectAccessible(page, 'signal status');
    await page.getByLabel('Nieuwe status').selectOption('deels_opgelost');
    await page.getByLabel(/Toelichting/).fill(REASON);
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    expect(await page.locator('[data-testid="desk-notice"]').textContent()).toContain('De status is gewijzigd.');
    expect(await page.locator('[data-testid="signal-status"]').getAttribute('data-status')).toBe('deels_opgelost');
    await expectAccessible(page, 'signal status after a change');
    await page.screenshot({ path: resolve(SHOTS, 'desk-signal-1280.png'), fullPage: true });
    const changeAudit = await api.db.query<{ actor: string }>("SELECT actor FROM moderation_audit WHERE signal_id = $1 AND action = 'edit_signal'", [TARGET_SIGNAL]);
    expect(changeAudit).toEqual([{ actor: 'moderator:anna' }]);

    // The signal's public page: the history with the reason, and the merged report as a published example.
    const signal = await context.newPage();
    await signal.goto(`${api.url}${publicPaths.signal(TARGET_SIGNAL)}`);
    const history = signal.locator('[data-testid="status-change"]');
    expect(await history.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['5_aanpassing_wetgeving', 'deels_opgelost']);
    expect(await history.last().locator('[data-testid="status-reason"]').textContent()).toBe(`Toelichting: ${REASON}`);
    const example = signal.locator('[data-testid="published-example"]');
    expect(await example.count()).toBe(1);
    expect(await example.textContent()).toContain('Artikel 58 lid 8');
    expect(await signal.content()).not.toMatch(/\banna\b/);
    expect(await axeViolations(signal)).toEqual([]);
    await signal.screenshot({ path: resolve(SHOTS, 'signaal-page-1280.png'), fullPage: true });

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByLabel('Persoonlijke code').waitFor();
    expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

    // Revocation: the token no longer signs in.
    await runModerate(api.db, ['revoke-moderator', 'anna']);
    await page.getByLabel('Persoonlijke code').fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('onbekend of ingetrokken');
    await context.close();
  });

  it('says when the text changed since the report, and every desk page passes axe in English too', async () => {
    const token = (await runModerate(api.db, ['add-moderator', 'bert'])).trim().split('\n').at(-1)!;
    // Reported on the 2015 text of WIA art. 8, which has changed since.
    const old = articleText('alt-2015/BWBR0019057.json', '8');
    const res = await submit('desk-e2e-key-0005', {
      target: { bwbId: 'BWBR0019057', label: '8', versionDate: '2015-11-26', textHash: hashArticleText(old), quote: { exact: 'in de zin van de Ziektewet', prefix: 'Werknemer is de werknemer ', suffix: ' met', start: 26, end: 52 } },
      regulationTitle: 'Wet werk en inkomen naar arbeidsvermogen',
      description: 'Werknemers die de AOW-leeftijd hebben bereikt vallen sinds kort buiten de WIA.',
    });
    const ack = SubmissionAck.parse(await res.json());
    // A report whose text Wetsignaal does not hold: said honestly.
    const unknown = SubmissionAck.parse(
      await (
        await submit('desk-e2e-key-0006', {
          target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2027-01-01', textHash: 'abcdef0123456789' },
          regulationTitle: 'Participatiewet',
          description: 'Een melding over een versie die nog niet in de corpus staat.',
        })
      ).json(),
    );

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await signIn(context, token);
    await page.goto(`${api.url}${publicPaths.desk}/melding/${ack.id}`);
    expect(await page.locator('[data-testid="article-comparison"]').getAttribute('data-change')).toBe('changed');
    expect(await page.locator('[data-testid="text-change"]').textContent()).toBe('Tekst gewijzigd sinds de melding.');
    expect(await page.locator('[data-testid="article-as-reported"]').textContent()).toContain('die zijn werknemerschap ontleent');
    expect(await page.locator('[data-testid="article-current"]').textContent()).toContain('Algemene Ouderdomswet');
    await expectAccessible(page, 'submission, text changed');
    await page.screenshot({ path: resolve(SHOTS, 'desk-submission-changed-1280.png'), fullPage: true });

    await page.goto(`${api.url}${publicPaths.desk}/melding/${unknown.id}`);
    expect(await page.locator('[data-testid="article-comparison"]').getAttribute('data-change')).toBe('unknown');
    expect(await page.locator('[data-testid="reported-unknown"]').count()).toBe(1);
    await expectAccessible(page, 'submission, reported text unknown');

    // English: sign-in, queue (all states), one submission, a decided one, the signal page.
    const en = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const signInEn = await en.newPage();
    await signInEn.goto(`${api.url}${publicPaths.desk}?lang=en`);
    expect(await signInEn.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(signInEn, 'sign-in (en, phone width)');
    const pageEn = await signIn(en, token, '?lang=en');
    await pageEn.goto(`${api.url}${publicPaths.desk}?lang=en&status=all`);
    expect(await pageEn.getByRole('heading', { name: 'Queue' }).count()).toBe(1);
    await expectAccessible(pageEn, 'queue (en, all)');
    await pageEn.goto(`${api.url}${publicPaths.desk}/melding/${ack.id}?lang=en`);
    expect(await pageEn.locator('[data-testid="text-change"]').textContent()).toBe('Text changed since the report.');
    await expectAccessible(pageEn, 'submission (en, phone width)');
    await pageEn.screenshot({ path: resolve(SHOTS, 'desk-submission-en-390.png'), fullPage: true });
    const decided = await api.db.query<{ id: string }>("SELECT id FROM submissions WHERE state = 'samengevoegd' LIMIT 1");
    await pageEn.goto(`${api.url}${publicPaths.desk}/melding/${decided[0]!.id}?lang=en`);
    expect(await pageEn.locator('[data-testid="submission-signal"]').count()).toBe(1);
    expect(await pageEn.locator('[data-testid="desk-attach"]').count()).toBe(0);
    await expectAccessible(pageEn, 'decided submission (en)');
    await pageEn.goto(`${api.url}${publicPaths.desk}/signaal/${TARGET_SIGNAL}?lang=en`);
    expect(await pageEn.locator('[data-testid="status-history"] li').count()).toBe(2);
    await expectAccessible(pageEn, 'signal status (en)');

    expect(checked).toHaveLength(15);
    await context.close();
    await en.close();
  });

  it('shows flags on every field and publishes a flagged quote only after the moderator chose what to do with it', async () => {
    const token = (await runModerate(api.db, ['add-moderator', 'bram'])).trim().split('\n').at(-1)!;
    const quote = 'zoals mevrouw De Vries uit de Kerkstraat 12 bleek';
    const res = await fetch(`${api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'desk-e2e-key-0003' },
      body: JSON.stringify({
        target: { bwbId: 'BWBR0015703', label: '17', versionDate: '2026-01-01', quote: { exact: quote, prefix: '', suffix: '', start: 0, end: quote.length } },
        regulationTitle: 'Participatiewet',
        description: 'Een buurvrouw hielp mij met boodschappen en dat telde als inkomen.',
        affected: 'Mensen in de bijstand',
        role: 'burger',
        consentToPublish: true,
      }),
    });
    expect(res.status).toBe(202);
    const ack = SubmissionAck.parse(await res.json());

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${api.url}${publicPaths.desk}`);
    await page.getByLabel('Persoonlijke code').fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.goto(`${api.url}${publicPaths.desk}/melding/${ack.id}`);
    const flags = page.getByTestId('privacy-flags');
    const quoteFlag = flags.locator('[data-field="target.quote.exact"]');
    expect(await quoteFlag.textContent()).toContain('Aangehaalde zin');
    expect(await quoteFlag.locator('mark').allTextContents()).toEqual(['De Vries', 'Kerkstraat 12']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'desk-privacy-flags-1280.png'), fullPage: true });

    // Merging without a choice is refused, in Dutch, and nothing is decided.
    await page.getByLabel('Signaal').selectOption(TARGET_SIGNAL);
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Niet gedaan: Aangehaalde zin kan persoonsgegevens bevatten');
    const pending = await api.db.query<{ state: string }>('SELECT state FROM submissions WHERE id = $1', [ack.id]);
    expect(pending[0]!.state).toBe('ontvangen');

    // Leaving the sentence out publishes the merge without it.
    await page.getByTestId('privacy-choices-attach').getByLabel('Publiceer zonder de aangehaalde zin').check();
    await page.getByLabel('Signaal').selectOption(TARGET_SIGNAL);
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Samengevoegd');
    const law = await (await fetch(`${api.url}/v1/regulations/BWBR0015703`)).text();
    expect(law).not.toContain('De Vries');
    expect(law).not.toContain('Kerkstraat');
    await context.close();
  });
});
