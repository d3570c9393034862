// Input the held-out attack set broke the API with (issue 21), on every engine: lone surrogates in any
// body string, impossible or far-off version dates, a NUL inside a decoded cursor. Each must be a 4xx
// naming the field, and nothing may be stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, SubmissionAck } from '../../utils/contract/api';
import type { App } from '../../server/app';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission, type Engine } from './support';

describe.each(ENGINES)('edge input on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    app = ctx.app;
  });
  afterAll(() => ctx.drop());

  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey(), ...headers }, body });
  const fieldsOf = async (res: Response) => (Problem.parse(await res.json()).errors ?? []).map((e) => e.field);
  const submissionCount = async () => Number((await ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM submissions'))[0]?.n);

  it('refuses a lone surrogate in any string of a submission with 422 naming the field', async () => {
    const before = await submissionCount();
    const cases: Array<[string, string]> = [
      ['description', JSON.stringify(validSubmission({ description: 'Een lange beschrijving met een kapot teken: X' })).replace('kapot teken: X', 'kapot teken: \\ud800')],
      ['target.quote.exact', JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', quote: { exact: 'de Q', prefix: '', suffix: '', start: 0, end: 4 } } })).replace('de Q', 'de \\udfff')],
      ['regulationTitle', JSON.stringify(validSubmission({ regulationTitle: 'Wet T' })).replace('Wet T', 'Wet \\ud83d')],
      ['affected', JSON.stringify(validSubmission({ affected: 'iedereen Z' })).replace('iedereen Z', 'iedereen \\udc00\\ud800')],
    ];
    for (const [field, body] of cases) {
      const res = await post('/v1/submissions', body);
      expect(res.status, field).toBe(422);
      expect(await fieldsOf(res), field).toContain(field);
    }
    // A lone surrogate in a field name too.
    const key = await post('/v1/submissions', JSON.stringify(validSubmission()).replace('"role"', '"\\ud800x":1,"role"'));
    expect(key.status).toBe(422);
    expect(await submissionCount()).toBe(before);
  });

  it('refuses a lone surrogate in every moderation body with 422, not 500', async () => {
    const ack = SubmissionAck.parse(await (await post('/v1/submissions', JSON.stringify(validSubmission()))).json());
    const bodies: Array<[string, string]> = [
      [`/v1/moderation/submissions/${ack.id}/publish`, '{"title":"T\\ud800","summary":"S"}'],
      [`/v1/moderation/submissions/${ack.id}/reject`, '{"reason":"\\udfffreden"}'],
      [`/v1/moderation/submissions/${ack.id}/attach`, '{"signalId":"sig-\\ud800"}'],
    ];
    for (const [path, body] of bodies) {
      const res = await post(path, body, auth);
      expect(res.status, path).toBe(422);
    }
    const patch = await app.request('/v1/moderation/signals/sig-01-wia-35-minners', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: '{"summary":"\\ud800"}',
    });
    expect(patch.status).toBe(422);
  });

  it('refuses version dates that are impossible or outside 1800-2200, so publishing can never fail later', async () => {
    for (const versionDate of ['0000-01-01', '1799-12-31', '2201-01-01', '2023-02-29', '2024-04-31', '9999-12-31']) {
      const res = await post('/v1/submissions', JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '58', versionDate } })));
      expect(res.status, versionDate).toBe(422);
      expect(await fieldsOf(res)).toContain('target.versionDate');
    }
    const leap = await post('/v1/submissions', JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2024-02-29' } })));
    expect(leap.status).toBe(202);
    const ack = SubmissionAck.parse(await leap.json());
    const published = await post(`/v1/moderation/submissions/${ack.id}/publish`, JSON.stringify({ title: 'Schrikkeldag', summary: 'Een versie van 29 februari.' }), auth);
    expect(published.status).toBe(200);
    expect((await app.request('/v1/regulations/BWBR0015703?date=0000-01-01')).status).toBe(400);
  });

  it('refuses identity fields that are not identities', async () => {
    const bad: Array<[string, Record<string, unknown>]> = [
      ['target.label', { label: 'Jan de Vries' }],
      ['target.label', { label: '06 12345678' }],
      ['target.path.0.nr', { path: [{ kind: 'hoofdstuk', nr: 'Pietersen' }] }],
      ['target.jci', { jci: 'jci1.3:c:BWBR0015703&artikel=58&naam=Jansen' }],
      ['target.jci', { jci: 'jci1.3:c:BWBR0015703&artikel=Jansen' }],
      ['target.jci', { jci: 'jci1.3:c:BWBR0015703&artikel=58&z=0000-01-01' }],
    ];
    for (const [field, change] of bad) {
      const res = await post('/v1/submissions', JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', ...change } })));
      expect(res.status, JSON.stringify(change)).toBe(422);
      expect(await fieldsOf(res), JSON.stringify(change)).toContain(field);
    }
    const good = await post(
      '/v1/submissions',
      JSON.stringify(validSubmission({ target: { bwbId: 'BWBR0004627', label: 'A 1', versionDate: '2026-01-01', path: [{ kind: 'hoofdstuk', nr: 'IVA' }], jci: 'jci1.3:c:BWBR0004627&hoofdstuk=IVA&artikel=A%201&z=2026-01-01&g=2026-01-01' } })),
    );
    expect(good.status).toBe(202);
  });

  it('validates a cursor after decoding it: a NUL or a non-id inside is a 400', async () => {
    for (const after of ['sig-01\u0000', "sig-01' OR 1=1", '\ud800', 'x'.repeat(50)]) {
      const cursor = Buffer.from(JSON.stringify({ after })).toString('base64url');
      const res = await app.request(`/v1/signals?cursor=${cursor}`);
      expect(res.status, after).toBe(400);
      expect(await fieldsOf(res)).toEqual(['cursor']);
    }
  });

  it('sends X-Content-Type-Options: nosniff on every answer, errors included', async () => {
    const answers = [
      await app.request('/healthz'),
      await app.request('/v1/regulations/BWBR0015703'),
      await app.request('/v1/export?format=csv'),
      await app.request('/v1/no-such-route'),
      await app.request('/v1/moderation/queue'),
      await post('/v1/submissions', '{'),
      await app.request('/v1/signals', { method: 'OPTIONS', headers: { Origin: 'https://wetten.overheid.nl', 'Access-Control-Request-Method': 'POST' } }),
    ];
    for (const res of answers) expect(res.headers.get('X-Content-Type-Options'), `${res.status}`).toBe('nosniff');
  });
});
