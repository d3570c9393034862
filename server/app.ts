// The Signals API as a Hono app. Every response body is checked against the shared contract before it
// leaves; errors are RFC 9457 problems naming the bad field.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import {
  AnnotationCollection,
  AttachRequest,
  ExportJson,
  ModerationDecision,
  ModerationQueueResponse,
  ModerationSubmission,
  ModeratorCreated,
  ModeratorRequest,
  PublishRequest,
  RegulationTitleRequest,
  RejectRequest,
  SignalPatch,
  StatsResponse,
} from '../utils/contract/admin';
import {
  Health,
  IndexResponse,
  RecognitionConfig,
  RegulationResponse,
  Signal,
  SignalListResponse,
  SubmissionAck,
  SubmissionRequest,
  SubmissionStatusResponse,
} from '../utils/contract/api';
import { BwbId } from '../utils/contract/identity';
import { Register, RegisterEntryResponse, RegisterExportQuery } from '../utils/contract/register';
import type { PersonalDataKind } from '../utils/privacy/detect';
import { PUBLIC_TEXT_FIELDS, publicTextOf } from '../utils/privacy/field-check';
import type { Database } from './db/types';
import { signalsToAnnotations } from './export/annotation';
import { signalsToCsv } from './export/csv';
import { bearerMatches } from './http/auth';
import { CORS_POLICY } from './http/cors';
import { etagFor, matchesIfNoneMatch } from './http/etag';
import { embeddableJson } from './http/embeddable-json';
import { NOSNIFF_HEADERS } from './http/nosniff';
import { buildOpenApi } from './http/openapi';
import { fieldErrors, problem, validationProblem, type FieldError } from './http/problem';
import { decodeCursor, encodeCursor, ExportQuery, IDEMPOTENCY_KEY, RegulationQuery, SignalListQuery } from './http/queries';
import { createRateLimiter } from './http/rate-limit';
import { CACHE_PUBLIC, createReadCache, INDEX_PATH, JSON_TYPE, preparedHeaders, REGULATION_PATH, REGULATION_ROUTE, type Prepared, type ReadCache } from './http/read-cache';
import { requestLogLine } from './http/request-log';
import { malformedTextFields, urlHasNul } from './http/text-guard';
import * as moderation from './moderation/service';
import { moderatorTextFindings, personalDataIn, type PersonalDataFinding } from './moderation/moderator-text';
import { registerWebRoutes } from './web/routes';
import { AccountError, addModerator, revokeModerator } from './desk/accounts';
import { registerDeskRoutes } from './desk/routes';
import { withComputed } from './register/findings';
import { committedRegister, type LoadedRegister } from './register/load';
import { registerToCsv } from './register/csv';
import { getIndex, getRegulationView, getStats } from './repo/regulations';
import { allSignals, getSignal, listSignals } from './repo/signals';
import { IdempotencyConflict, newReceipt, newSubmissionId, storeSubmission, submissionStatus } from './repo/submissions';

export const API_VERSION = '1.0.0';
export const BODY_LIMIT_BYTES = 64 * 1024;

export type AppDeps = {
  db: Database;
  /** Moderation is disabled (503) without a token. */
  adminToken?: string | null;
  rateLimitPerMinute?: number;
  /** Receives one JSON line per request; omit to stay silent. */
  log?: (line: string) => void;
  /** Take the client address from X-Forwarded-For (only behind a proxy you control). */
  trustProxy?: boolean;
  /** Prepared public reads; pass one to share it with the fast read path (server/http/fast-reads.ts). */
  reads?: ReadCache;
  /** The statute book's register (issue #24); default the committed one, loaded on first use. Null: none. */
  register?: () => LoadedRegister | null;
  /** Law texts the desk compares reports with (default: WETSIGNAAL_CORPUS or ../shared/corpus). */
  corpusDir?: string;
};

const KIND_NAMES: Record<PersonalDataKind, string> = {
  bsn: 'een burgerservicenummer',
  iban: 'een rekeningnummer (IBAN)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  birthdate: 'een geboortedatum',
  postcode_huisnummer: 'een adres (postcode en huisnummer)',
};

/** The answer to a path whose BWB id is not one. */
const BAD_BWB_ID: FieldError = { field: 'bwbId', message: 'must look like BWBR0005537' };

class ContractViolation extends Error {}

/** The body as JSON, after checking it against its contract schema (a violation is our bug: 500). */
function contractJson<T>(schema: z.ZodType<T>, body: T): string {
  const checked = schema.safeParse(body);
  if (!checked.success) throw new ContractViolation(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return embeddableJson(body);
}

function send<T>(c: Context, schema: z.ZodType<T>, body: T, status: ContentfulStatusCode = 200, headers: Record<string, string> = {}) {
  return c.body(contractJson(schema, body), status, { 'Content-Type': JSON_TYPE, ...headers });
}

function prepare<T>(schema: z.ZodType<T>, content: object, body: T): Prepared {
  return { at: Date.now(), etag: etagFor(content), body: Buffer.from(contractJson(schema, body)) };
}

/** Conditional GET: 304 when the client already has this content. */
function sendPrepared(c: Context, prepared: Prepared) {
  const notModified = matchesIfNoneMatch(c.req.header('If-None-Match'), prepared.etag);
  return notModified ? c.body(null, 304, preparedHeaders(prepared, true)) : c.body(prepared.body, 200, preparedHeaders(prepared, false));
}

async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: problem(c, 400, 'Malformed JSON', { type: 'malformed-json', detail: 'The request body is not valid JSON.' }) };
  }
  const malformed = malformedTextFields(value);
  return malformed.length ? { ok: false, response: validationProblem(c, malformed) } : { ok: true, value };
}

/** Certain personal data in texts that become public: refused, naming each field. */
function personalDataErrors(found: Array<PersonalDataFinding<string>>): FieldError[] {
  return found.map(({ field, kinds }) => ({ field, message: `Dit veld wordt openbaar en bevat ${kinds.map((k) => KIND_NAMES[k]).join(' en ')}. Haal dit weg.` }));
}

export function createApp(deps: AppDeps) {
  const { db } = deps;
  const limiter = createRateLimiter(deps.rateLimitPerMinute ?? 30);
  const app = new Hono();
  const reads = deps.reads ?? createReadCache();
  const register = deps.register ?? committedRegister;
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') reads.clear();
  });

  const clientKey = (c: Context): string => {
    if (deps.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // app.request() in tests has no socket
    }
  };

  app.onError((error, c) => {
    if (error instanceof moderation.PrivacyBlock) {
      return problem(c, 409, 'Personal data would be published', {
        type: 'privacy',
        detail: 'Handle each flagged field first: confirm it, leave it out or give the official text.',
        errors: error.errors,
      });
    }
    if (error instanceof moderation.ModerationError) {
      return problem(c, error.code === 'not_found' ? 404 : 409, error.code === 'not_found' ? 'Not found' : 'Conflict', { detail: error.message });
    }
    deps.log?.(JSON.stringify({ level: 'error', route: routePath(c, -1), error: error.name, message: error instanceof ContractViolation ? error.message : undefined }));
    return problem(c, 500, 'Internal server error');
  });
  app.notFound((c) => problem(c, 404, 'Not found', { detail: `No route for ${c.req.method} ${new URL(c.req.url).pathname}` }));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(NOSNIFF_HEADERS)) c.res.headers.set(name, value);
  });
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.log?.(requestLogLine(c.req.method, routePath(c, -1), c.res.status, started));
  });
  app.use('*', cors(CORS_POLICY));
  app.use('*', async (c, next) => {
    if (urlHasNul(c.req.url)) return problem(c, 400, 'Invalid request', { detail: 'The address must not contain NUL characters.' });
    return next();
  });
  // Writes: size limit, then a per-client rate limit.
  app.on(['POST', 'PATCH', 'PUT', 'DELETE'], '*', async (c, next) => {
    const verdict = limiter.hit(clientKey(c));
    if (!verdict.ok) {
      return problem(c, 429, 'Too many requests', {
        type: 'rate-limited',
        detail: `Try again in ${verdict.retryAfterSeconds} seconds.`,
        headers: { 'Retry-After': String(verdict.retryAfterSeconds) },
      });
    }
    return next();
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: (c) => problem(c, 413, 'Request body too large', { detail: `The limit is ${BODY_LIMIT_BYTES} bytes.` }),
    }),
  );

  app.get('/healthz', (c) => send(c, Health, { status: 'ok', version: API_VERSION }));
  app.get('/readyz', async (c) => {
    try {
      await db.query('SELECT 1');
      return send(c, Health, { status: 'ok', version: API_VERSION });
    } catch {
      return send(c, Health, { status: 'unavailable', version: API_VERSION }, 503);
    }
  });
  const openApi = buildOpenApi(API_VERSION);
  app.get('/openapi.json', (c) => c.json(openApi));

  app.get(INDEX_PATH, async (c) => {
    const prepared = await reads.read(INDEX_PATH, async () => {
      const content = await getIndex(db);
      return prepare(IndexResponse, content, { ...content, generatedAt: new Date().toISOString() });
    });
    return sendPrepared(c, prepared!);
  });

  app.get(REGULATION_ROUTE, async (c) => {
    const bwbId = c.req.param('bwbId');
    const errors: FieldError[] = [];
    if (!BwbId.safeParse(bwbId).success) errors.push(BAD_BWB_ID);
    const query = RegulationQuery.safeParse(c.req.query());
    if (!query.success) errors.push(...fieldErrors(query.error));
    if (errors.length) return validationProblem(c, errors, 400);
    const prepared = await reads.read(REGULATION_PATH + bwbId, async () => {
      const found = await getRegulationView(db, bwbId);
      // Computed findings only join a law the API already has data for: the register does not widen /v1/index.
      const view = found && withComputed(found, register(), bwbId);
      return view && prepare(RegulationResponse, view, { ...view, generatedAt: new Date().toISOString() });
    });
    if (!prepared) return problem(c, 404, 'No data for this regulation', { detail: `There are no signals or clause data for ${bwbId}.` });
    return sendPrepared(c, prepared);
  });

  app.get('/v1/signals', async (c) => {
    const query = SignalListQuery.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, fieldErrors(query.error), 400);
    const { cursor, limit, ...filter } = query.data;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (after === null) return validationProblem(c, [{ field: 'cursor', message: 'unknown cursor; start again without it' }], 400);
    const page = await listSignals(db, { ...filter, after, limit });
    const last = page.items.at(-1);
    return send(c, SignalListResponse, { items: page.items, nextCursor: page.more && last ? encodeCursor(last.id) : null });
  });

  app.get('/v1/signals/:id', async (c) => {
    const signal = await getSignal(db, c.req.param('id'));
    if (!signal) return problem(c, 404, 'Signal not found');
    return send(c, Signal, signal);
  });

  app.post('/v1/submissions', async (c) => {
    const key = c.req.header('Idempotency-Key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) {
      return validationProblem(c, [{ field: 'Idempotency-Key', message: 'header required: 8-100 characters of A-Z, a-z, 0-9, _ or -' }], 400);
    }
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = SubmissionRequest.safeParse(body.value);
    if (!parsed.success) return validationProblem(c, fieldErrors(parsed.error));
    const req = parsed.data;
    // Honeypot filled: a bot. Answer like a success so it learns nothing; store nothing.
    if (req.website) return send(c, SubmissionAck, { id: newSubmissionId(), receipt: newReceipt() }, 202);
    const privacy = personalDataErrors(personalDataIn(PUBLIC_TEXT_FIELDS.map((field) => [field, publicTextOf(req, field)])));
    if (privacy.length) return validationProblem(c, privacy);
    try {
      const stored = await storeSubmission(db, req, key);
      return send(c, SubmissionAck, { id: stored.id, receipt: stored.receipt }, 202, stored.replay ? { 'Idempotent-Replayed': 'true' } : {});
    } catch (error) {
      if (error instanceof IdempotencyConflict) {
        return validationProblem(c, [{ field: 'Idempotency-Key', message: error.message }]);
      }
      throw error;
    }
  });

  app.get('/v1/submissions/:id', async (c) => {
    const receipt = c.req.header('X-Receipt') ?? '';
    const status = await submissionStatus(db, c.req.param('id'), receipt);
    if (!status) return problem(c, 404, 'Submission not found', { detail: 'Unknown id or wrong receipt.' });
    return send(c, SubmissionStatusResponse, status, 200, { 'Cache-Control': 'no-store' });
  });

  // ---- moderation ----------------------------------------------------------------------------
  app.use('/v1/moderation/*', async (c, next) => {
    if (!deps.adminToken) return problem(c, 503, 'Moderation is disabled', { detail: 'No ADMIN_TOKEN is configured on this server.' });
    if (!bearerMatches(c.req.header('Authorization'), deps.adminToken)) {
      return problem(c, 401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    c.header('Cache-Control', 'no-store');
    return next();
  });
  const ACTOR = 'api';
  /** Moderators write public text too: certain personal data in it is refused like a citizen's. */
  async function moderationBody<T>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
    const body = await readJson(c);
    if (!body.ok) return body;
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) return { ok: false, response: validationProblem(c, fieldErrors(parsed.error)) };
    const privacy = personalDataErrors(moderatorTextFindings(parsed.data));
    if (privacy.length) return { ok: false, response: validationProblem(c, privacy) };
    return { ok: true, value: parsed.data };
  }

  app.get('/v1/moderation/queue', async (c) => send(c, ModerationQueueResponse, { items: await moderation.listQueue(db) }));
  app.get('/v1/moderation/submissions/:id', async (c) => {
    const submission = await moderation.getSubmission(db, c.req.param('id'));
    if (!submission) return problem(c, 404, 'Submission not found');
    return send(c, ModerationSubmission, submission);
  });
  app.post('/v1/moderation/submissions/:id/publish', async (c) => {
    const body = await moderationBody(c, PublishRequest);
    if (!body.ok) return body.response;
    return send(c, ModerationDecision, await moderation.publish(db, c.req.param('id'), body.value, ACTOR));
  });
  app.post('/v1/moderation/submissions/:id/attach', async (c) => {
    const body = await moderationBody(c, AttachRequest);
    if (!body.ok) return body.response;
    const { signalId, ...choices } = body.value;
    return send(c, ModerationDecision, await moderation.attach(db, c.req.param('id'), signalId, ACTOR, choices));
  });
  app.post('/v1/moderation/submissions/:id/reject', async (c) => {
    const body = await moderationBody(c, RejectRequest);
    if (!body.ok) return body.response;
    return send(c, ModerationDecision, await moderation.reject(db, c.req.param('id'), body.value.reason, ACTOR));
  });
  app.patch('/v1/moderation/signals/:id', async (c) => {
    const body = await moderationBody(c, SignalPatch);
    if (!body.ok) return body.response;
    return send(c, ModerationDecision, await moderation.patchSignal(db, c.req.param('id'), body.value, ACTOR));
  });

  app.post('/v1/moderation/regulations/:bwbId/title', async (c) => {
    const bwbId = c.req.param('bwbId');
    if (!BwbId.safeParse(bwbId).success) return validationProblem(c, [BAD_BWB_ID], 400);
    const body = await moderationBody(c, RegulationTitleRequest);
    if (!body.ok) return body.response;
    const auditId = await moderation.confirmRegulationTitle(db, bwbId, body.value.title, ACTOR);
    return c.body(null, 204, { 'X-Audit-Id': String(auditId) });
  });
  app.post('/v1/moderation/moderators', async (c) => {
    const body = await moderationBody(c, ModeratorRequest);
    if (!body.ok) return body.response;
    try {
      return send(c, ModeratorCreated, { name: body.value.name, token: await addModerator(db, body.value.name) }, 201);
    } catch (error) {
      if (error instanceof AccountError) return problem(c, 409, 'Conflict', { detail: error.message });
      throw error;
    }
  });
  app.delete('/v1/moderation/moderators/:name', async (c) => {
    try {
      await revokeModerator(db, c.req.param('name'));
      return c.body(null, 204);
    } catch (error) {
      if (error instanceof AccountError) return problem(c, 404, 'Not found', { detail: error.message });
      throw error;
    }
  });

  // ---- open data -------------------------------------------------------------------------------
  app.get('/v1/export', async (c) => {
    const query = ExportQuery.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, fieldErrors(query.error), 400);
    const signals = await allSignals(db);
    if (query.data.format === 'csv') {
      return c.body(signalsToCsv(signals), 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'attachment; filename="wetsignaal-signalen.csv"',
      });
    }
    if (query.data.format === 'annotation') {
      const base = new URL(c.req.url).origin;
      return send(c, AnnotationCollection, signalsToAnnotations(signals, base), 200, {
        'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      });
    }
    return send(c, ExportJson, { signals, generatedAt: new Date().toISOString() });
  });

  // The register is one immutable text version: its export is serialised once per process.
  const registerExports = new Map<'json' | 'csv', string>();
  const registerExport = (format: 'json' | 'csv', loaded: LoadedRegister): string => {
    let body = registerExports.get(format);
    if (body === undefined) {
      body = format === 'csv' ? registerToCsv(loaded.register) : contractJson(Register, loaded.register);
      registerExports.set(format, body);
    }
    return body;
  };
  const noRegister = (c: Context) => problem(c, 404, 'No register', { detail: 'This server has no statute-book register loaded.' });

  app.get('/v1/export/register', (c) => {
    const query = RegisterExportQuery.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, fieldErrors(query.error), 400);
    const loaded = register();
    if (!loaded) return noRegister(c);
    const { format } = query.data;
    return c.body(registerExport(format, loaded), 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : JSON_TYPE,
      'Content-Disposition': `attachment; filename="wetsignaal-register.${format}"`,
      'Cache-Control': CACHE_PUBLIC,
    });
  });

  app.get('/v1/register/:bwbId', (c) => {
    const bwbId = c.req.param('bwbId');
    if (!BwbId.safeParse(bwbId).success) return validationProblem(c, [BAD_BWB_ID], 400);
    const loaded = register();
    if (!loaded) return noRegister(c);
    const entry = loaded.byId.get(bwbId);
    if (!entry) return problem(c, 404, 'Not in the register', { detail: `The register's text version has no regulation ${bwbId}.` });
    return send(c, RegisterEntryResponse, { source: loaded.register.source, regulation: entry }, 200, { 'Cache-Control': CACHE_PUBLIC });
  });

  app.get('/v1/stats', async (c) => send(c, StatsResponse, { ...(await getStats(db)), generatedAt: new Date().toISOString() }));

  app.get('/v1/config', async (c) => {
    const [row] = await db.query<{ config: unknown }>('SELECT config FROM recognition_config WHERE id = 1');
    const config = RecognitionConfig.safeParse(row?.config ?? { version: 0 });
    // A bad stored config must not break recognition in every browser: fall back to the defaults.
    const body = config.success ? config.data : RecognitionConfig.parse({ version: 0 });
    return send(c, RecognitionConfig, body, 200, { 'Cache-Control': CACHE_PUBLIC });
  });

  // ---- public web pages (server/web) ------------------------------------------------------------
  registerWebRoutes(app, { db, reads, register });
  registerDeskRoutes(app, { db, corpusDir: deps.corpusDir });

  return app;
}

export type App = ReturnType<typeof createApp>;
