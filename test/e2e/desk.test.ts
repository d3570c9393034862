// The moderation desk in real Chromium: a moderator account from the CLI, sign-in with the one-time token, the
// queue, one submission (quote highlighted, personal-data flags), a merge into an existing signal that the public
// law page then shows, the reporter's status, CSRF refusal, sign-out and revocation; axe-core on every desk page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmissionAck, SubmissionStatusResponse } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { runModerate } from '../../server/cli/moderate';
import { SESSION_COOKIE } from '../../server/desk/routes';
import { startServer } from '../../server/start';
import { CHROMIUM } from '../../scripts/lib/chromium';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const TARGET_SIGNAL = 'sig-18-participatiewet-algemeen';
const QUOTE = 'kan het college besluiten van terugvordering geheel of gedeeltelijk af te zien';

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

  it('a moderator signs in, merges a report into a signal, the law page shows it, the reporter sees the decision', async () => {
    const added = await runModerate(api.db, ['add-moderator', 'anna']);
    const token = added.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^wsm_/);
    const stored = await api.db.query<{ token_hash: string }>("SELECT token_hash FROM moderators WHERE name = 'anna'");
    expect(stored[0]!.token_hash).not.toContain(token);

    const res = await fetch(`${api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'desk-e2e-key-0001' },
      body: JSON.stringify({
        target: { bwbId: 'BWBR0015703', label: '58', lid: '8', versionDate: '2026-01-01', quote: { exact: QUOTE, prefix: 'dringende redenen ', suffix: '.', start: 10, end: 10 + QUOTE.length } },
        regulationTitle: 'Participatiewet',
        description: 'De gemeente vorderde alles terug na een vergissing. Bel mij op 0612345678 als u meer wilt weten.',
        affected: 'Mensen in de bijstand',
        role: 'burger',
        consentToPublish: true,
      }),
    });
    // The privacy guard refuses the phone number in a public field: the citizen removes it and sends again.
    expect(res.status).toBe(422);
    const ok = await fetch(`${api.url}/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'desk-e2e-key-0002' },
      body: JSON.stringify({
        target: { bwbId: 'BWBR0015703', label: '58', lid: '8', versionDate: '2026-01-01', quote: { exact: QUOTE, prefix: 'dringende redenen ', suffix: '.', start: 10, end: 10 + QUOTE.length } },
        regulationTitle: 'Participatiewet',
        description: 'De gemeente vorderde alles terug na een kleine vergissing bij het doorgeven van mijn inkomsten.',
        affected: 'Mensen in de bijstand',
        role: 'burger',
        consentToPublish: true,
      }),
    });
    const ack = SubmissionAck.parse(await ok.json());

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${api.url}${publicPaths.desk}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'desk-sign-in-1280.png') });
    await page.getByLabel('Persoonlijke code').fill('wsm_wrong-token-value');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('onbekend of ingetrokken');
    await page.getByLabel('Persoonlijke code').fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Wachtrij' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: publicPaths.desk });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'desk-queue-1280.png') });

    await page.getByRole('link', { name: /kleine vergissing/ }).click();
    expect(await page.locator('mark').textContent()).toBe(QUOTE);
    expect(await page.getByText('Geen persoonsgegevens gevonden.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'desk-submission-1280.png'), fullPage: true });

    // A forged form without the CSRF token is refused.
    const forged = await page.request.post(`${api.url}${publicPaths.desk}/melding/${ack.id}/reject`, { form: { reason: 'x' } });
    expect(forged.status()).toBe(403);

    await page.getByLabel('Signaal').selectOption(TARGET_SIGNAL);
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Samengevoegd');
    await page.screenshot({ path: resolve(SHOTS, 'desk-done-1280.png') });

    const status = SubmissionStatusResponse.parse(await (await fetch(`${api.url}/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } })).json());
    expect(status).toMatchObject({ state: 'samengevoegd', signalId: TARGET_SIGNAL });
    const audit = await api.db.query<{ actor: string; action: string }>('SELECT actor, action FROM moderation_audit WHERE submission_id = $1', [ack.id]);
    expect(audit).toEqual([{ actor: 'moderator:anna', action: 'attach' }]);

    const law = await context.newPage();
    await law.goto(`${api.url}${publicPaths.regulation('BWBR0015703', '58')}`);
    expect(await law.locator('section#artikel-58').getByRole('link', { name: /Participatiewet: hardheden in de bijstand/ }).count()).toBe(1);

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
