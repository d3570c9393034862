// Property-based fuzzing of the API (issue 21) on PGlite: requests generated from the contract's schemas
// with hostile strings. Whatever comes in, the answer is a 2xx or 4xx, and the published data (the
// export of the seeded signals) is exactly as before.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublishRequest, RejectRequest, SignalPatch } from '../../utils/contract/admin';
import { SubmissionRequest } from '../../utils/contract/api';
import type { App } from '../../server/app';
import { hostileFrom } from './contract-arbitrary';
import { ADMIN_TOKEN, ENGINES, freshKey, seededApp, validSubmission } from './support';

const EXAMPLE = validSubmission({ target: { bwbId: 'BWBR0015703', label: '58', lid: '8', path: [{ kind: 'hoofdstuk', nr: '6' }], jci: 'jci1.3:c:BWBR0015703&artikel=58', versionDate: '2026-01-01', textHash: 'abcdef0123456789', quote: { exact: 'Het college kan besluiten', prefix: 'lid 8. ', suffix: ' tot', start: 7, end: 32 } }, otherLaw: null });
const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

describe('fuzzing the API from the contract', () => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  let exportBefore: string;
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];

  const send = async (path: string, method: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { method, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey(), ...headers }, body: JSON.stringify(body) });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) serverErrors.push(`${method} ${path} → ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return res.status;
  };
  const exportWithoutClock = async () => (await (await app.request('/v1/export')).text()).replace(/"generatedAt":"[^"]+"/, '');

  beforeAll(async () => {
    ctx = await seededApp(ENGINES[0]!, { rateLimitPerMinute: 1_000_000 });
    app = ctx.app;
    exportBefore = await exportWithoutClock();
  });
  afterAll(() => ctx.drop());

  it('answers every generated submission with 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFrom(SubmissionRequest, EXAMPLE), async (body) => {
        expect(await send('/v1/submissions', 'POST', body)).toBeLessThan(500);
      }),
      { numRuns: 400, seed: 21 },
    );
  });

  it('answers every generated moderation body with 2xx or 4xx', async () => {
    const [open] = await ctx.db.query<{ id: string }>(`SELECT id FROM submissions WHERE state = 'ontvangen' LIMIT 1`);
    const id = open?.id ?? 'sub-000000000000';
    await fc.assert(
      fc.asyncProperty(
        hostileFrom(PublishRequest, { title: 'Titel', summary: 'Samenvatting', confirmedFields: ['target.quote.exact'] }),
        hostileFrom(RejectRequest, { reason: 'Geen hardheid' }),
        hostileFrom(SignalPatch, { summary: 'Nieuwe samenvatting' }),
        async (publish, reject, patch) => {
          // A submission id that does not exist and a signal that does not exist: the body is checked
          // all the same, and nothing published can change.
          expect(await send('/v1/moderation/submissions/sub-ffffffffffff/publish', 'POST', publish, auth)).toBeLessThan(500);
          expect(await send(`/v1/moderation/submissions/sub-ffffffffffff/reject`, 'POST', reject, auth)).toBeLessThan(500);
          expect(await send('/v1/moderation/signals/sig-does-not-exist', 'PATCH', patch, auth)).toBeLessThan(500);
          expect(await send(`/v1/moderation/submissions/${id}/attach`, 'POST', { signalId: 'sig-does-not-exist', ...(reject as object) }, auth)).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 21 },
    );
  });

  it('never answered 5xx, accepted some and refused some, and left the published data unchanged', async () => {
    expect(serverErrors).toEqual([]);
    const codes = [...statuses.keys()];
    expect(codes.some((s) => s >= 200 && s < 300), JSON.stringify([...statuses])).toBe(true);
    expect(codes.some((s) => s === 422)).toBe(true);
    expect(await exportWithoutClock()).toBe(exportBefore);
  });
});
