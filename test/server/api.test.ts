// Contract tests of the public endpoints, on every engine (app.request, no socket).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationCollection, ExportJson, StatsResponse } from '../../utils/contract/admin';
import {
  IndexResponse,
  Problem,
  RecognitionConfig,
  RegulationResponse,
  Signal,
  SignalListResponse,
  SubmissionAck,
  SubmissionStatusResponse,
} from '../../utils/contract/api';
import { CSV_COLUMNS } from '../../server/export/csv';
import { parseSeed, readSeedText } from '../../server/seed/schema';
import { ROUTES, toOpenApiPath } from '../../server/http/openapi';
import type { App } from '../../server/app';
import { ENGINES, freshKey, parseCsv, seededApp, validSubmission, type Engine } from './support';

describe.each(ENGINES)('public API on $name', (engine: Engine) => {
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let app: App;
  beforeAll(async () => {
    ctx = await seededApp(engine);
    app = ctx.app;
  });
  afterAll(() => ctx.drop());

  const submit = (body: unknown, key: string | null = freshKey(), headers: Record<string, string> = {}) =>
    app.request('/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const problemOf = async (res: Response) => {
    expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    return Problem.parse(await res.json());
  };

  describe('health', () => {
    it('answers /healthz and /readyz', async () => {
      expect((await app.request('/healthz')).status).toBe(200);
      const ready = await app.request('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok' });
    });
  });

  describe('GET /v1/regulations/{bwbId}', () => {
    it('returns the regulation with clause status, article summaries, hooks and signals', async () => {
      const res = await app.request('/v1/regulations/BWBR0015703');
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400');
      const body = RegulationResponse.parse(await res.json());
      expect(body.clause.status).toBe('alleen_specifiek');
      const art58 = body.articles.find((a) => a.label === '58');
      expect(art58?.signalIds.sort()).toEqual(['sig-18-participatiewet-algemeen', 'sig-21-participatiewet-terugvordering']);
      expect(art58?.counts).toEqual({ '5_aanpassing_wetgeving': 2 });
      expect(art58?.clause?.status).toBe('is_specifieke_afwijkingsbevoegdheid');
      expect(art58?.hooks.map((h) => h.awb)).toContain('4:94a');
      // Only targets on this regulation are listed with each signal.
      for (const s of body.signals) for (const t of s.targets) expect(t.bwbId).toBe('BWBR0015703');
      // Labels in natural order.
      const labels = body.articles.map((a) => a.label);
      expect(labels.indexOf('9')).toBeLessThan(labels.indexOf('16'));
    });

    it('lists whole-law signals as regulation-level signal ids', async () => {
      const body = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0018450')).json());
      expect(body.regulationSignalIds).toEqual(expect.arrayContaining(['sig-13-intensieve-kindzorg', 'sig-14-overgang-zorgstelsels']));
      expect(body.articles.find((a) => a.label === '18d')?.signalIds).toEqual(['sig-09-wanbetalersregeling-opslag']);
    });

    it('shows an external clause (huurtoeslag via Awir 47)', async () => {
      const body = RegulationResponse.parse(await (await app.request('/v1/regulations/BWBR0008659?date=2025-01-01')).json());
      expect(body.clause).toMatchObject({ status: 'algemeen_extern', clauseBwbId: 'BWBR0018472', clauseLabel: '47' });
      expect(body.articles.find((a) => a.label === '13')?.clause?.status).toBe('gedekt_extern');
    });

    it('answers 304 to a matching If-None-Match, also in a list or weak form', async () => {
      const first = await app.request('/v1/regulations/BWBR0019057');
      const etag = first.headers.get('ETag');
      expect(etag).toMatch(/^".+"$/);
      for (const header of [etag!, `W/${etag}`, `"other", ${etag}`]) {
        const again = await app.request('/v1/regulations/BWBR0019057', { headers: { 'If-None-Match': header } });
        expect(again.status).toBe(304);
        expect(again.headers.get('ETag')).toBe(etag);
        expect(await again.text()).toBe('');
      }
      const stale = await app.request('/v1/regulations/BWBR0019057', { headers: { 'If-None-Match': '"stale"' } });
      expect(stale.status).toBe(200);
    });

    it('answers 404 for a well-formed BWB id without data', async () => {
      const res = await app.request('/v1/regulations/BWBR0000001');
      expect(res.status).toBe(404);
      expect((await problemOf(res)).status).toBe(404);
    });

    it('answers 400 naming the field for a malformed BWB id or date', async () => {
      const bad = await problemOf(await app.request('/v1/regulations/BWBR123'));
      expect(bad.status).toBe(400);
      expect(bad.errors?.map((e) => e.field)).toEqual(['bwbId']);
      const badDate = await problemOf(await app.request('/v1/regulations/BWBR0015703?date=2025-13-45'));
      expect(badDate.errors?.map((e) => e.field)).toEqual(['date']);
    });
  });

  describe('GET /v1/index', () => {
    it('lists every regulation with data and its labels, with a working ETag', async () => {
      const res = await app.request('/v1/index');
      const body = IndexResponse.parse(await res.json());
      const pw = body.regulations.find((r) => r.bwbId === 'BWBR0015703');
      expect(pw?.labels).toEqual(expect.arrayContaining(['17', '18', '58', '60c']));
      expect(body.regulations.some((r) => r.bwbId === 'BWBR0033715')).toBe(true);
      const again = await app.request('/v1/index', { headers: { 'If-None-Match': res.headers.get('ETag')! } });
      expect(again.status).toBe(304);
    });
  });

  describe('signals', () => {
    it('returns one signal, including one without a target law', async () => {
      const res = await app.request('/v1/signals/sig-15-narcolepsie-mexicaanse-griep');
      const body = Signal.parse(await res.json());
      expect(body.targets).toEqual([]);
      expect((await app.request('/v1/signals/sig-unknown')).status).toBe(404);
    });

    it('pages through all signals with an opaque cursor, without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: Response = await app.request(`/v1/signals?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        const body = SignalListResponse.parse(await res.json());
        seen.push(...body.items.map((s) => s.id));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(33);
    });

    it('filters by law, label and status', async () => {
      const byLabel = SignalListResponse.parse(await (await app.request('/v1/signals?bwbId=BWBR0015703&label=58')).json());
      expect(byLabel.items.map((s) => s.id).sort()).toEqual(['sig-18-participatiewet-algemeen', 'sig-21-participatiewet-terugvordering']);
      const solved = SignalListResponse.parse(await (await app.request('/v1/signals?status=opgelost')).json());
      expect(solved.items.map((s) => s.id)).toEqual(['sig-07-huurtoeslag-verblijfsstatus', 'sig-08-huurtoeslag-huurgrens']);
    });

    it('searches Dutch text with stemming (q=kinderopvangtoeslagen)', async () => {
      const res = SignalListResponse.parse(await (await app.request('/v1/signals?q=kinderopvangtoeslagen')).json());
      expect(res.items.map((s) => s.id)).toContain('sig-06-kot-alles-of-niets');
      const none = SignalListResponse.parse(await (await app.request('/v1/signals?q=ruimtevaart')).json());
      expect(none.items).toEqual([]);
    });

    it('rejects bad parameters with 400 naming them', async () => {
      const res = await problemOf(await app.request('/v1/signals?status=klaar&limit=1000&color=red'));
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.field).sort()).toEqual(['color', 'limit', 'status']);
      const cursor = await problemOf(await app.request('/v1/signals?cursor=garbage'));
      expect(cursor.errors?.[0]?.field).toBe('cursor');
    });
  });

  describe('POST /v1/submissions', () => {
    it('stores a valid submission and answers 202 with id and receipt that opens its status', async () => {
      const res = await submit(validSubmission());
      expect(res.status).toBe(202);
      const ack = SubmissionAck.parse(await res.json());
      const row = await ctx.db.query('SELECT state FROM submissions WHERE id = $1', [ack.id]);
      expect(row).toEqual([{ state: 'ontvangen' }]);
      const status = await app.request(`/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } });
      expect(status.status).toBe(200);
      expect(SubmissionStatusResponse.parse(await status.json())).toMatchObject({ id: ack.id, state: 'ontvangen', signalId: null });
    });

    it('keeps the contact address out of the submission row and the receipt only as a hash', async () => {
      const ack = SubmissionAck.parse(await (await submit(validSubmission())).json());
      const [row] = await ctx.db.query<Record<string, unknown>>('SELECT * FROM submissions WHERE id = $1', [ack.id]);
      expect(JSON.stringify(row)).not.toContain('melder@example.org');
      const contacts = await ctx.db.query('SELECT email FROM submission_contacts WHERE submission_id = $1', [ack.id]);
      expect(contacts).toEqual([{ email: 'melder@example.org' }]);
      const receipts = await ctx.db.query<{ receipt_hash: string }>('SELECT receipt_hash FROM submission_receipts WHERE submission_id = $1', [ack.id]);
      expect(receipts).toHaveLength(1);
      expect(receipts[0]?.receipt_hash).not.toContain(ack.receipt);
    });

    it('answers 404 for a wrong receipt or unknown id', async () => {
      const ack = SubmissionAck.parse(await (await submit(validSubmission())).json());
      expect((await app.request(`/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': 'wrong-receipt-0123456789' } })).status).toBe(404);
      expect((await app.request(`/v1/submissions/${ack.id}`)).status).toBe(404);
      expect((await app.request('/v1/submissions/sub-000000000000', { headers: { 'X-Receipt': ack.receipt } })).status).toBe(404);
    });

    it('returns the same id for a replay, with a receipt that also works', async () => {
      const key = freshKey();
      const first = SubmissionAck.parse(await (await submit(validSubmission(), key)).json());
      const replay = await submit(validSubmission(), key);
      expect(replay.status).toBe(202);
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      const second = SubmissionAck.parse(await replay.json());
      expect(second.id).toBe(first.id);
      for (const receipt of [first.receipt, second.receipt]) {
        expect((await app.request(`/v1/submissions/${first.id}`, { headers: { 'X-Receipt': receipt } })).status).toBe(200);
      }
    });

    it('never duplicates on concurrent replays of one key', async () => {
      const key = freshKey();
      const responses = await Promise.all(Array.from({ length: 8 }, () => submit(validSubmission(), key)));
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(202));
      const ids = new Set(await Promise.all(responses.map(async (r) => SubmissionAck.parse(await r.json()).id)));
      expect(ids.size).toBe(1);
      const rows = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions WHERE idempotency_key = $1', [key]);
      expect(rows[0]?.n).toBe(1);
    });

    it('refuses a key reused for different content', async () => {
      const key = freshKey();
      await submit(validSubmission(), key);
      const res = await problemOf(await submit(validSubmission({ affected: 'Iets anders dan eerst.' }), key));
      expect(res.status).toBe(422);
      expect(res.errors?.[0]?.field).toBe('Idempotency-Key');
    });

    it('requires a well-formed Idempotency-Key header', async () => {
      expect((await problemOf(await submit(validSubmission(), null))).errors?.[0]?.field).toBe('Idempotency-Key');
      expect((await submit(validSubmission(), 'short')).status).toBe(400);
      expect((await submit(validSubmission(), 'has spaces in it!')).status).toBe(400);
    });

    it('answers 422 naming each bad field, including unknown fields', async () => {
      const res = await problemOf(
        await submit(validSubmission({ description: 'te kort', role: 'koning', target: { bwbId: 'X', label: null, versionDate: null }, extra: 1 })),
      );
      expect(res.status).toBe(422);
      expect(res.errors?.map((e) => e.field).sort()).toEqual(['description', 'extra', 'role', 'target.bwbId']);
    });

    it('refuses NUL characters (which PostgreSQL cannot store) with a problem naming the field, not a 500', async () => {
      const res = await problemOf(await submit(validSubmission({ affected: 'Mensen\u0000in de bijstand.' })));
      expect(res.status).toBe(422);
      expect(res.errors?.map((e) => e.field)).toEqual(['affected']);
      expect((await app.request('/v1/submissions/%00', { headers: { 'X-Receipt': 'x'.repeat(20) } })).status).toBe(400);
      expect((await app.request('/v1/signals?q=%00')).status).toBe(400);
    });

    it('answers 400 for a body that is not JSON', async () => {
      expect((await submit('{not json')).status).toBe(400);
    });

    it('rejects personal data in public free text with 422 naming the field, and stores nothing', async () => {
      const before = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
      const res = await problemOf(
        await submit(
          validSubmission({
            description: 'Mijn buurman kreeg een brief, mail hem gerust op jan.jansen@example.org voor details.',
            affected: 'Rekening NL91ABNA0417164300 werd geblokkeerd.',
          }),
        ),
      );
      expect(res.status).toBe(422);
      expect(res.errors?.map((e) => e.field).sort()).toEqual(['affected', 'description']);
      expect(res.errors?.find((e) => e.field === 'description')?.message).toContain('e-mailadres');
      const after = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
      expect(after[0]?.n).toBe(before[0]?.n);
    });

    it('accepts the contact address in its own field (not public)', async () => {
      expect((await submit(validSubmission({ contactEmail: 'iemand@example.org' }))).status).toBe(202);
    });

    it('acknowledges a filled honeypot like a success but stores nothing', async () => {
      const before = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
      const res = await submit(validSubmission({ website: 'http://spam.example' }));
      expect(res.status).toBe(202);
      const ack = SubmissionAck.parse(await res.json());
      const after = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions');
      expect(after[0]?.n).toBe(before[0]?.n);
      expect((await app.request(`/v1/submissions/${ack.id}`, { headers: { 'X-Receipt': ack.receipt } })).status).toBe(404);
    });

    it('answers 413 for a body over 64 KB', async () => {
      const res = await submit(validSubmission({ description: 'x'.repeat(70 * 1024) }));
      expect(res.status).toBe(413);
      await problemOf(res);
    });
  });

  describe('open data', () => {
    it('exports JSON valid against the contract', async () => {
      const body = ExportJson.parse(await (await app.request('/v1/export')).json());
      expect(body.signals.length).toBeGreaterThanOrEqual(33);
    });

    it('exports CSV that parses, one row per target, with the header first', async () => {
      const res = await app.request('/v1/export?format=csv');
      expect(res.headers.get('Content-Type')).toContain('text/csv');
      const rows = parseCsv(await res.text());
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
      const exported = ExportJson.parse(await (await app.request('/v1/export')).json());
      const expectedRows = exported.signals.reduce((n, s) => n + Math.max(1, s.targets.length), 0);
      expect(rows.length - 1).toBe(expectedRows);
      const kot = rows.find((r) => r[0] === 'sig-06-kot-alles-of-niets');
      expect(kot?.[1]).toBe("Kinderopvangtoeslag: 'alles of niets' en volledige terugvordering");
    });

    it('exports W3C Web Annotations with source, fragment selector and time state', async () => {
      const res = await app.request('/v1/export?format=annotation');
      expect(res.headers.get('Content-Type')).toContain('application/ld+json');
      const body = AnnotationCollection.parse(await res.json());
      expect(body['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(body.total).toBe(body.first.items.length);
      const wia5 = body.first.items.find((a) => a.id.includes('sig-01-wia-35-minners#target-0'));
      expect(wia5?.target.source).toBe('https://wetten.overheid.nl/BWBR0019057/2025-01-01');
      expect(wia5?.target.selector).toMatchObject({ type: 'FragmentSelector', value: 'Artikel5' });
      expect(wia5?.target.state).toEqual({ type: 'TimeState', sourceDate: '2025-01-01T00:00:00Z' });
      const wholeLaw = body.first.items.find((a) => a.id.includes('sig-05-stapeling-verkeersboetes'));
      expect(wholeLaw?.target.source).toBe('https://wetten.overheid.nl/BWBR0004581');
      expect(wholeLaw?.target.selector).toBeUndefined();
      // A target that names a lid points at the lid's own id on the portal.
      const all = ExportJson.parse(await (await app.request('/v1/export')).json());
      const withLid = all.signals
        .flatMap((s) => s.targets.map((t, index) => ({ signalId: s.id, index, ...t })))
        .find((t) => t.lid !== null && t.label !== null);
      expect(withLid).toBeDefined();
      const annotation = body.first.items.find((a) => a.id.endsWith(`/v1/signals/${withLid!.signalId}#target-${withLid!.index}`));
      expect(annotation?.target.selector).toMatchObject({ type: 'FragmentSelector', value: expect.stringMatching(new RegExp(`_Lid${withLid!.lid}$`)) });
    });

    it('rejects an unknown export format', async () => {
      expect((await app.request('/v1/export?format=xml')).status).toBe(400);
    });

    it('counts signals by status, department and law', async () => {
      const body = StatsResponse.parse(await (await app.request('/v1/stats')).json());
      expect(body.total).toBeGreaterThanOrEqual(33);
      expect(body.byStatus.opgelost).toBe(2);
      const szwInSeed = parseSeed(readSeedText()).signals.filter((s) => s.department === 'SZW').length;
      expect(body.byDepartment.find((d) => d.department === 'SZW')?.count).toBe(szwInSeed);
      expect(body.byLaw.find((l) => l.bwbId === 'BWBR0015703')?.count).toBe(5);
    });

    it('serves the default recognition config, and a stored one when present', async () => {
      const empty = RecognitionConfig.parse(await (await app.request('/v1/config')).json());
      expect(empty).toEqual({ version: 0, articleSelectors: [], titleSelectors: [], ignoreSelectors: [] });
      await ctx.db.query(`INSERT INTO recognition_config (id, config) VALUES (1, $1::jsonb)`, [
        JSON.stringify({ version: 3, articleSelectors: ['div.artikel-nieuw'] }),
      ]);
      const stored = RecognitionConfig.parse(await (await app.request('/v1/config')).json());
      expect(stored).toMatchObject({ version: 3, articleSelectors: ['div.artikel-nieuw'] });
      await ctx.db.query('DELETE FROM recognition_config');
    });
  });

  describe('protocol', () => {
    it('documents every registered route in /openapi.json (OpenAPI 3.1)', async () => {
      const doc = (await (await app.request('/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(doc.openapi).toBe('3.1.0');
      const registered = app.routes
        // The JSON API; the HTML pages (server/web, server/desk) are documented in docs/api.md, not in OpenAPI.
        .filter((r) => ['GET', 'POST', 'PATCH', 'DELETE'].includes(r.method) && /^\/(v1\/|healthz$|readyz$|openapi\.json$)/.test(r.path) && !r.path.endsWith('/*'))
        .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`);
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
      expect(new Set(registered)).toEqual(new Set(documented));
      expect(documented).toHaveLength(ROUTES.length);
    });

    it("documents a signal target's origin in answers only: a submission's target has no such field", async () => {
      type Schema = { properties: Record<string, Schema & { items?: Schema }> };
      const { components } = (await (await app.request('/openapi.json')).json()) as { components: { schemas: Record<string, Schema> } };
      const origin = components.schemas.Signal!.properties.targets!.items!.properties.origin as unknown as { oneOf: Schema[] };
      expect(origin.oneOf.map((o) => Object.keys(o.properties))).toEqual([['kind'], ['kind', 'mergedOn']]);
      expect(Object.keys(components.schemas.SubmissionRequest!.properties.target!.properties)).not.toContain('origin');
    });

    it('answers CORS preflight for POST with the headers the extension sends', async () => {
      const res = await app.request('/v1/submissions', {
        method: 'OPTIONS',
        headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('idempotency-key');
    });

    it('answers unknown routes with a problem', async () => {
      const res = await app.request('/v2/nothing');
      expect(res.status).toBe(404);
      await problemOf(res);
    });
  });
});

describe.each(ENGINES)('write rate limit on $name', (engine: Engine) => {
  it('answers 429 with Retry-After after the per-client limit, and leaves reads alone', async () => {
    const ctx = await seededApp(engine, { rateLimitPerMinute: 3 });
    try {
      const post = () =>
        ctx.app.request('/v1/submissions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': freshKey() },
          body: JSON.stringify(validSubmission()),
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post()).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
      const limited = await post();
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect((await ctx.app.request('/v1/index')).status).toBe(200);
    } finally {
      await ctx.drop();
    }
  });
});
