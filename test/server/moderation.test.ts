// Moderation over HTTP and from the CLI, on every engine: auth, each decision and its audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '../../utils/citation/official';
import { ModerationDecision, ModerationQueueResponse, ModerationSubmission } from '../../utils/contract/admin';
import { Problem, RegulationResponse, SubmissionAck, SubmissionStatusResponse } from '../../utils/contract/api';
import { createApp, type App } from '../../server/app';
import { runModerate, UsageError } from '../../server/cli/moderate';
import { getSignal } from '../../server/repo/signals';
import { loadSeed } from '../../server/seed/load';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission, type Engine } from './support';

describe.each(ENGINES)('moderation on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    app = ctx.app;
  });
  afterAll(() => ctx.drop());

  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const newSubmission = async (overrides: Record<string, unknown> = {}) => {
    const res = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission(overrides)),
    });
    return SubmissionAck.parse(await res.json());
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const auditRows = (submissionId: string) =>
    ctx.db.query<{ action: string; actor: string; signal_id: string | null }>(
      'SELECT action, actor, signal_id FROM moderation_audit WHERE submission_id = $1 ORDER BY id',
      [submissionId],
    );
  const statusOf = async (ack: { id: string; receipt: string }) =>
    SubmissionStatusResponse.parse(await (await app.request(`/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } })).json());

  describe('authorisation', () => {
    it('answers 401 without or with a wrong token, and never echoes the token', async () => {
      const attempts: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong-token-value-000000' }, { Authorization: ADMIN_TOKEN }];
      for (const headers of attempts) {
        const res = await app.request('/v1/moderation/queue', { headers });
        expect(res.status).toBe(401);
        expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
        expect(await res.text()).not.toContain(ADMIN_TOKEN);
      }
    });

    it('answers 503 on every moderation route when no token is configured', async () => {
      const disabled = createApp({ db: ctx.db, adminToken: null });
      const res = await disabled.request('/v1/moderation/queue', { headers: auth });
      expect(res.status).toBe(503);
      expect(Problem.parse(await res.json()).status).toBe(503);
      expect((await disabled.request('/v1/moderation/submissions/sub-000000000000/reject', { method: 'POST', headers: auth })).status).toBe(503);
    });
  });

  it('lists open submissions without contact address; the single view has it', async () => {
    const ack = await newSubmission();
    const queue = ModerationQueueResponse.parse(await (await app.request('/v1/moderation/queue', { headers: auth })).json());
    const item = queue.items.find((i) => i.id === ack.id);
    expect(item).toMatchObject({ hasContact: true, state: 'ontvangen' });
    expect(item && 'contactEmail' in item).toBe(false);
    const one = ModerationSubmission.parse(await (await app.request(`/v1/moderation/submissions/${ack.id}`, { headers: auth })).json());
    expect(one.contactEmail).toBe('melder@example.org');
  });

  it('publishes a submission as a new signal, visible on its article, with an audit row', async () => {
    const ack = await newSubmission({ target: { bwbId: 'BWBR0015703', label: '60c', lid: null, versionDate: '2026-01-01' } });
    const res = await post(`/v1/moderation/submissions/${ack.id}/publish`, {
      title: 'Geen schuldregeling na boete',
      summary: 'Na een boete werkt de gemeente niet mee aan een schuldregeling.',
      status: '2_binnengekomen',
    });
    expect(res.status).toBe(200);
    const decision = ModerationDecision.parse(await res.json());
    const signalId = decision.signal?.id;
    expect(signalId).toMatch(/^sig-m-/);
    // The report cites itself by the reporter's role and the day it was published, never by its id.
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(decision.signal?.sourceType).toBe('melding');
    expect(decision.signal?.statusDate).toBe(today);
    expect(decision.signal?.sources).toEqual([
      { kind: 'melding', citation: `Melding van een professional in de uitvoering, gepubliceerd op ${dutchDate(today)}`, detail: null, date: today, url: null },
    ]);
    expect(JSON.stringify(decision.signal)).not.toContain(ack.id);
    // The report is the signal's source, so its own article comes from the sources.
    expect(decision.signal?.targets.map((t) => t.origin)).toEqual([{ kind: 'bronnen' }]);
    expect(await auditRows(ack.id)).toEqual([{ action: 'publish', actor: 'api', signal_id: signalId }]);
    expect(await statusOf(ack)).toMatchObject({ state: 'gepubliceerd', signalId });
    const reg = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0015703')).json());
    expect(reg.articles.find((a) => a.label === '60c')?.signalIds).toContain(signalId);
  });

  it('publishes a report about a law without data by creating its regulation', async () => {
    const ack = await newSubmission({ target: { bwbId: 'BWBR0009999', label: '3', lid: null, versionDate: null }, regulationTitle: 'Een andere wet' });
    const res = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'Nieuw signaal', summary: 'Neutrale samenvatting.' });
    expect(res.status).toBe(200);
    const reg = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0009999')).json());
    expect(reg.regulation.title).toBe('Een andere wet');
    expect(reg.clause.status).toBe('onbekend');
  });

  it('publishes a report on the whole text of a regulation without articles as a signal on that regulation', async () => {
    const target = { kind: 'regulation', bwbId: 'BWBR0047001', label: null, lid: null, versionDate: '2026-01-01', textHash: '0123456789abcdef' };
    const ack = await newSubmission({ target, regulationTitle: 'Regeling zonder artikelen' });
    const res = await post(`/v1/moderation/submissions/${ack.id}/publish`, { title: 'Hele regeling', summary: 'De regeling als geheel.' });
    expect(res.status).toBe(200);
    const signalId = ModerationDecision.parse(await res.json()).signal?.id;
    const reg = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0047001')).json());
    expect(reg.regulationSignalIds).toEqual([signalId]);
    expect(reg.articles).toEqual([]);
    expect(reg.signals[0]?.targets).toEqual([{ ...target, path: [], jci: null, quote: null, origin: { kind: 'bronnen' } }]);
  });

  it('refuses a regulation-level target that names an article, saying why', async () => {
    const res = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission({ target: { kind: 'regulation', bwbId: 'BWBR0047001', label: '3', lid: null, versionDate: null } })),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('a target of kind regulation names no article and no lid');
  });

  it('refuses a submission whose target claims an origin: only the server says where a target comes from', async () => {
    const target = { bwbId: 'BWBR0015703', label: '17', lid: null, versionDate: null, origin: { kind: 'bronnen' } };
    const res = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
      body: JSON.stringify(validSubmission({ target })),
    });
    expect(res.status).toBe(422);
    expect(Problem.parse(await res.json()).errors?.map((e) => e.field)).toEqual(['target.origin']);
  });

  it('attaches a submission to an existing signal, adding its article as a target that says it came from the report', async () => {
    const ack = await newSubmission({ target: { bwbId: 'BWBR0015703', label: '17', lid: null, versionDate: null } });
    const res = await post(`/v1/moderation/submissions/${ack.id}/attach`, { signalId: 'sig-19-participatiewet-giften' });
    const decision = ModerationDecision.parse(await res.json());
    expect(decision.signal?.targets.map((t) => t.label)).toEqual(['31', '17']);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(decision.signal?.targets.map((t) => t.origin)).toEqual([{ kind: 'bronnen' }, { kind: 'melding', mergedOn: today }]);
    // The extension's answer for the law carries the same origin.
    const reg = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0015703')).json());
    const signal = reg.signals.find((s) => s.id === 'sig-19-participatiewet-giften');
    expect(signal?.targets.find((t) => t.label === '17')?.origin).toEqual({ kind: 'melding', mergedOn: today });
    // Reloading the seed rewrites the seeded targets and keeps the merged one with its origin.
    await loadSeed(ctx.db, { force: true });
    expect((await getSignal(ctx.db, 'sig-19-participatiewet-giften'))?.targets.map((t) => [t.label, t.origin?.kind])).toEqual([
      ['31', 'bronnen'],
      ['17', 'melding'],
    ]);
    expect(await auditRows(ack.id)).toEqual([{ action: 'attach', actor: 'api', signal_id: 'sig-19-participatiewet-giften' }]);
    expect((await statusOf(ack)).state).toBe('samengevoegd');
  });

  it('refuses to attach to a signal that does not exist (404) and leaves the submission open', async () => {
    const ack = await newSubmission();
    expect((await post(`/v1/moderation/submissions/${ack.id}/attach`, { signalId: 'sig-does-not-exist' })).status).toBe(404);
    expect((await statusOf(ack)).state).toBe('ontvangen');
    expect(await auditRows(ack.id)).toEqual([]);
  });

  it('requires a reason to reject, then records it and its audit row', async () => {
    const ack = await newSubmission();
    const missing = Problem.parse(await (await post(`/v1/moderation/submissions/${ack.id}/reject`, {})).json());
    expect(missing.errors?.map((e) => e.field)).toEqual(['reason']);
    const res = await post(`/v1/moderation/submissions/${ack.id}/reject`, { reason: 'Geen hardheid van de wet.' });
    expect(res.status).toBe(200);
    expect(await statusOf(ack)).toMatchObject({ state: 'afgewezen', reason: 'Geen hardheid van de wet.' });
    expect(await auditRows(ack.id)).toEqual([{ action: 'reject', actor: 'api', signal_id: null }]);
  });

  it('answers 409 to a second decision and 404 for an unknown submission', async () => {
    const ack = await newSubmission();
    await post(`/v1/moderation/submissions/${ack.id}/reject`, { reason: 'Dubbel.' });
    expect((await post(`/v1/moderation/submissions/${ack.id}/reject`, { reason: 'Nog eens.' })).status).toBe(409);
    expect((await post('/v1/moderation/submissions/sub-000000000000/reject', { reason: 'x' })).status).toBe(404);
  });

  it('edits a signal with PATCH, bumping updatedAt and writing an audit row', async () => {
    const before = (await (await app.request('/v1/signals/sig-20-participatiewet-kostendelersnorm')).json()) as { updatedAt: string };
    const res = await app.request('/v1/moderation/signals/sig-20-participatiewet-kostendelersnorm', {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: '3_analyse', impactAreas: ['inkomen', 'wonen'] }),
    });
    expect(res.status).toBe(200);
    const decision = ModerationDecision.parse(await res.json());
    expect(decision.signal).toMatchObject({ status: '3_analyse', impactAreas: ['inkomen', 'wonen'] });
    expect(Date.parse(decision.signal!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
    const audit = await ctx.db.query('SELECT action FROM moderation_audit WHERE signal_id = $1 AND action = $2', [
      'sig-20-participatiewet-kostendelersnorm',
      'edit_signal',
    ]);
    expect(audit).toHaveLength(1);
    const empty = await app.request('/v1/moderation/signals/sig-20-participatiewet-kostendelersnorm', {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(empty.status).toBe(422);
  });

  describe('CLI', () => {
    it('lists, shows and decides with the same rules and audit rows (actor cli)', async () => {
      const a = await newSubmission();
      const b = await newSubmission();
      const c = await newSubmission();
      expect(await runModerate(ctx.db, ['list'])).toContain(a.id);
      expect(await runModerate(ctx.db, ['show', a.id])).toContain('melder@example.org');
      const published = await runModerate(ctx.db, ['publish', a.id, '--title', 'Via de terminal', '--summary', 'Neutrale tekst.']);
      expect(published).toMatch(/signal sig-m-[0-9a-f]+: Via de terminal/);
      await runModerate(ctx.db, ['attach', b.id, 'sig-18-participatiewet-algemeen']);
      await runModerate(ctx.db, ['reject', c.id, '--reason', 'Buiten de wet.']);
      for (const [ack, action] of [
        [a, 'publish'],
        [b, 'attach'],
        [c, 'reject'],
      ] as const) {
        expect((await auditRows(ack.id)).map((r) => [r.action, r.actor])).toEqual([[action, 'cli']]);
      }
      expect(await runModerate(ctx.db, ['list'])).not.toContain(a.id);
    });

    it('explains bad usage', async () => {
      await expect(runModerate(ctx.db, [])).rejects.toThrow(UsageError);
      await expect(runModerate(ctx.db, ['frobnicate'])).rejects.toThrow(/unknown command/);
      await expect(runModerate(ctx.db, ['reject', 'sub-000000000000'])).rejects.toThrow(/--reason/);
      await expect(runModerate(ctx.db, ['attach', 'sub-000000000000'])).rejects.toThrow(/signalId/);
    });
  });
});
