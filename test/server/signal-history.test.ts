// A signal's public page on every engine: the status history from publication and moderators' status changes
// (with the public explanation, never the moderator's name), and the reports published with it, their quotes
// only where the quote became public through the signal.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModerationDecision } from '../../utils/contract/admin';
import { SubmissionAck } from '../../utils/contract/api';
import { publicPaths } from '../../utils/contract/public-pages';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission, type Engine } from './support';

const QUOTE = { exact: 'kan het college besluiten geheel of gedeeltelijk van terugvordering af te zien', prefix: 'dringende redenen aanwezig zijn ', suffix: '.', start: 50, end: 126 };
const REASON = 'Het ministerie werkt aan een wetswijziging (Kamerstukken II 2025/26, 36 582).';
const SEEDED = 'sig-18-participatiewet-algemeen';

describe.each(ENGINES)('signal page history and examples on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  beforeAll(async () => {
    ctx = await seededApp(engine);
  });
  afterAll(() => ctx.drop());

  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const submit = async (overrides: Record<string, unknown>) => {
    const res = await ctx.app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission(overrides)),
    });
    return SubmissionAck.parse(await res.json());
  };
  const moderate = (method: 'POST' | 'PATCH', path: string, body: unknown) => ctx.app.request(path, { method, headers: auth, body: JSON.stringify(body) });
  const signalPage = async (id: string) => {
    const res = await ctx.app.request(publicPaths.signal(id));
    expect(res.status).toBe(200);
    const { document } = parseHTML(await res.text());
    const history = [...document.querySelectorAll('[data-testid="status-change"]')].map((li) => ({
      status: li.getAttribute('data-status'),
      reason: li.querySelector('[data-testid="status-reason"]')?.textContent ?? null,
      text: li.textContent ?? '',
    }));
    const examples = [...document.querySelectorAll('[data-testid="published-example"]')].map((li) => li.textContent ?? '');
    return { history, examples, html: document.toString() };
  };

  it('a seeded signal starts with the status its source states; a change keeps the old one and shows the reason', async () => {
    const before = await signalPage(SEEDED);
    expect(before.history).toEqual([{ status: '5_aanpassing_wetgeving', reason: null, text: expect.stringContaining('volgens de bron') }]);
    expect(before.examples).toEqual([]);

    const res = await moderate('PATCH', `/v1/moderation/signals/${SEEDED}`, { status: 'deels_opgelost', statusReason: REASON });
    expect(res.status).toBe(200);
    const after = await signalPage(SEEDED);
    expect(after.history.map((h) => [h.status, h.reason])).toEqual([
      ['5_aanpassing_wetgeving', null],
      ['deels_opgelost', `Toelichting: ${REASON}`],
    ]);
  });

  it('a published report starts its history; examples carry the quote only where it became public', async () => {
    const first = await submit({ target: { bwbId: 'BWBR0015703', label: '58', lid: '8', versionDate: '2026-01-01', quote: QUOTE } });
    const published = ModerationDecision.parse(
      await (await moderate('POST', `/v1/moderation/submissions/${first.id}/publish`, { title: 'Terugvordering na een kleine vergissing', summary: 'Bij een kleine vergissing wordt alles teruggevorderd.' })).json(),
    );
    const signalId = published.signal!.id;
    // A second report on the same article with another sentence: merged, the target exists, so its quote stays private.
    const second = await submit({ target: { bwbId: 'BWBR0015703', label: '58', lid: '7', versionDate: '2026-01-01', quote: { ...QUOTE, exact: 'kan het college besluiten van terugvordering', prefix: '' } } });
    expect((await moderate('POST', `/v1/moderation/submissions/${second.id}/attach`, { signalId })).status).toBe(200);
    // A rejected report is no example.
    const third = await submit({ description: 'Een derde melding die wordt afgewezen omdat hij over iets anders gaat.' });
    expect((await moderate('POST', `/v1/moderation/submissions/${third.id}/reject`, { reason: 'Gaat over iets anders.' })).status).toBe(200);

    const page = await signalPage(signalId);
    expect(page.history.map((h) => [h.status, h.reason])).toEqual([['2_binnengekomen', null]]);
    expect(page.examples).toHaveLength(2);
    expect(page.examples[0]).toContain('Participatiewet, Artikel 58 lid 8');
    expect(page.examples[0]).toContain(QUOTE.exact);
    expect(page.examples[1]).toContain('Artikel 58 lid 7');
    expect(page.examples[1]).not.toContain('Het gaat om de zin');
    // Nothing of the reporters' own text is on the page.
    expect(page.html).not.toContain('kleine vergissing bij het doorgeven');
    expect(page.html).not.toContain('derde melding');

    expect((await moderate('PATCH', `/v1/moderation/signals/${signalId}`, { status: '3_analyse' })).status).toBe(200);
    // The same status again, without a reason, adds no line.
    expect((await moderate('PATCH', `/v1/moderation/signals/${signalId}`, { status: '3_analyse', summary: 'Bij een kleine vergissing wordt alles teruggevorderd, ook bij herstel.' })).status).toBe(200);
    expect((await signalPage(signalId)).history.map((h) => [h.status, h.reason])).toEqual([
      ['2_binnengekomen', null],
      ['3_analyse', null],
    ]);
  });

  it('refuses a reason without a status, and personal data in a reason', async () => {
    expect((await moderate('PATCH', `/v1/moderation/signals/${SEEDED}`, { statusReason: REASON })).status).toBe(422);
    const phone = await moderate('PATCH', `/v1/moderation/signals/${SEEDED}`, { status: 'opgelost', statusReason: 'Bel 0612345678 voor uitleg.' });
    expect(phone.status).toBe(422);
    expect((await signalPage(SEEDED)).history.at(-1)?.status).toBe('deels_opgelost');
  });
});
