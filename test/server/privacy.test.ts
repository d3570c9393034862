// Personal data never reaches a public answer (issue 21), on every engine: every public text field of a
// submission is checked, moderation shows flags per field, and a flagged field is never published
// without the moderator handling it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModerationDecision, ModerationSubmission } from '../../utils/contract/admin';
import { Problem, RegulationResponse, SubmissionAck } from '../../utils/contract/api';
import type { App } from '../../server/app';
import { runModerate } from '../../server/cli/moderate';
import { PrivacyBlock } from '../../server/moderation/service';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission, type Engine } from './support';

const QUOTE = { exact: 'Het college kan besluiten', prefix: 'lid 8. ', suffix: ' tot gehele', start: 7, end: 32 };
const target = (change: Record<string, unknown> = {}) => ({ bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', quote: QUOTE, ...change });

describe.each(ENGINES)('personal data on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    app = ctx.app;
  });
  afterAll(() => ctx.drop());

  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey(), ...headers }, body: JSON.stringify(body) });
  const submit = async (overrides: Record<string, unknown>) => {
    const res = await post('/v1/submissions', validSubmission(overrides));
    expect(res.status).toBe(202);
    return SubmissionAck.parse(await res.json());
  };
  const errorFields = async (res: Response) => (Problem.parse(await res.json()).errors ?? []).map((e) => e.field);
  const moderationView = async (id: string) => ModerationSubmission.parse(await (await app.request(`/v1/moderation/submissions/${id}`, { headers: auth })).json());
  const publicBytes = async () =>
    (await Promise.all(['/v1/export', '/v1/export?format=csv', '/v1/export?format=annotation', '/v1/regulations/BWBR0015703'].map(async (p) => (await app.request(p)).text()))).join('\n');

  it('refuses certain personal data in every public text field, not only the description', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['target.quote.exact', { target: target({ quote: { ...QUOTE, exact: 'zie 111 222 333 hier' } }) }],
      ['target.quote.prefix', { target: target({ quote: { ...QUOTE, prefix: 'jan[at]xs4all.nl ' } }) }],
      ['target.quote.suffix', { target: target({ quote: { ...QUOTE, suffix: ' 06-12345678' } }) }],
      ['regulationTitle', { regulationTitle: 'Participatiewet, BSN 123456782' }],
      ['affected', { affected: 'Mijn moeder, geboren op 3 maart 1950' }],
      ['description', { description: 'Bel mij op +32 2 123 45 67 over de terugvordering van de gemeente.' }],
    ];
    for (const [field, overrides] of cases) {
      const res = await post('/v1/submissions', validSubmission(overrides));
      expect(res.status, field).toBe(422);
      expect(await errorFields(res), field).toEqual([field]);
    }
  });

  it('shows flags on every field to the moderator, and publishes a flagged quote only when handled', async () => {
    const ack = await submit({ target: target({ quote: { ...QUOTE, exact: 'mevrouw De Vries uit Apeldoorn kreeg' } }), description: 'Mijn moeder mevrouw De Vries uit Apeldoorn moest alles terugbetalen.' });
    const view = await moderationView(ack.id);
    expect(view.privacy.map((p) => p.field)).toEqual(['description', 'affected', 'otherLaw', 'regulationTitle', 'target.quote.exact', 'target.quote.prefix', 'target.quote.suffix']);
    const flagged = Object.fromEntries(view.privacy.map((p) => [p.field, p.flags.map((f) => `${f.severity}:${f.kind}:${f.value}`)]));
    expect(flagged['description']).toEqual(['review:person_name:De Vries']);
    expect(flagged['target.quote.exact']).toEqual(['review:person_name:De Vries']);
    expect(flagged['affected']).toEqual([]);

    const blocked = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'Terugvordering', summary: 'Volledige terugvordering.' }, auth);
    expect(blocked.status).toBe(409);
    expect(await errorFields(blocked)).toEqual(['target.quote.exact']);
    expect(await publicBytes()).not.toContain('De Vries');

    const published = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'Terugvordering', summary: 'Volledige terugvordering.', dropQuote: true }, auth);
    expect(published.status).toBe(200);
    const signal = ModerationDecision.parse(await published.json()).signal!;
    expect(signal.targets[0]?.quote).toBeNull();
    expect(await publicBytes()).not.toContain('De Vries');
  });

  it('publishes a flagged field the moderator confirmed', async () => {
    const ack = await submit({ target: target({ quote: { ...QUOTE, exact: 'De heer Jansen' } }) });
    const res = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'T', summary: 'S', confirmedFields: ['target.quote.exact'] }, auth);
    expect(res.status).toBe(200);
    expect(ModerationDecision.parse(await res.json()).signal!.targets[0]?.quote?.exact).toBe('De heer Jansen');
  });

  it('applies the same rule from the terminal: --drop-quote or --confirm', async () => {
    const ack = await submit({ target: target({ quote: { ...QUOTE, exact: 'dhr. J. Jansen zei' } }) });
    await expect(runModerate(ctx.db, ['publish', ack.id, '--title', 'T', '--summary', 'S'])).rejects.toBeInstanceOf(PrivacyBlock);
    expect(await runModerate(ctx.db, ['publish', ack.id, '--title', 'T', '--summary', 'S', '--confirm', 'target.quote.exact'])).toContain('gepubliceerd');
  });

  it('refuses certain personal data in the text a moderator writes', async () => {
    const ack = await submit({});
    const res = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'Melding van 06-12345678', summary: 'S' }, auth);
    expect(res.status).toBe(422);
    expect(await errorFields(res)).toEqual(['title']);
  });

  it('shows an unknown law with its reported title "zoals gemeld" until a moderator confirms it', async () => {
    const ack = await submit({ target: { bwbId: 'BWBR0099999', label: '3', versionDate: '2026-01-01' }, regulationTitle: 'Wet van meneer Pietersen' });
    const blocked = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'T', summary: 'S' }, auth);
    expect(blocked.status).toBe(409);
    expect(await errorFields(blocked)).toEqual(['regulationTitle']);

    const ack2 = await submit({ target: { bwbId: 'BWBR0088888', label: '3', versionDate: '2026-01-01' }, regulationTitle: 'Wet kinderopvang' });
    expect((await post(`/v1/moderation/submissions/${ack2.id}/publish`, { title: 'T', summary: 'S' }, auth)).status).toBe(200);
    const reported = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0088888')).json());
    expect(reported.regulation).toMatchObject({ title: 'Wet kinderopvang', titleStatus: 'zoals_gemeld' });
    // The public law page says so too, beside the title.
    expect(await (await app.request('/regeling/BWBR0088888')).text()).toMatch(/Wet kinderopvang<span[^>]*> \(titel zoals gemeld\)/);

    const confirm = await post('/v1/moderation/regulations/BWBR0088888/title', { title: 'Wet kinderopvang' }, auth);
    expect(confirm.status).toBe(204);
    const confirmed = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0088888')).json());
    expect(confirmed.regulation.titleStatus).toBeUndefined();
    expect(await (await app.request('/regeling/BWBR0088888?lang=nl')).text()).not.toContain('titel zoals gemeld');

    // The moderator may give the official title instead of confirming the reported one.
    expect((await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'T', summary: 'S', regulationTitle: 'Wet op het kindgebonden budget' }, auth)).status).toBe(200);
    const official = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0099999')).json());
    expect(official.regulation).toEqual(expect.objectContaining({ title: 'Wet op het kindgebonden budget' }));
    expect(official.regulation.titleStatus).toBeUndefined();
    expect((await post('/v1/moderation/regulations/BWBR0077777/title', { title: 'X' }, auth)).status).toBe(404);
  });
});
