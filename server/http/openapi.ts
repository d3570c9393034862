// OpenAPI 3.1 document generated from the contract schemas (z.toJSONSchema), one entry per route.
// ROUTES is also what the app registers, so a route cannot exist without documentation.
import { z } from 'zod';
import {
  AnnotationCollection,
  AttachRequest,
  ExportJson,
  ModerationDecision,
  ModerationQueueResponse,
  ModerationSubmission,
  PublishRequest,
  RejectRequest,
  RegulationTitleRequest,
  ModeratorCreated,
  ModeratorRequest,
  SignalPatch,
  StatsResponse,
} from '../../utils/contract/admin';
import {
  Health,
  IndexResponse,
  Problem,
  RecognitionConfig,
  RegulationResponse,
  Signal,
  SignalListResponse,
  SubmissionAck,
  SubmissionRequest,
  SubmissionStatusResponse,
} from '../../utils/contract/api';
import { Register, RegisterEntryResponse, RegisterExportQuery } from '../../utils/contract/register';
import { ExportQuery, RegulationQuery, SignalListQuery } from './queries';

const SCHEMAS = {
  Health,
  IndexResponse,
  Problem,
  RecognitionConfig,
  RegulationResponse,
  Signal,
  SignalListResponse,
  SubmissionAck,
  SubmissionRequest,
  SubmissionStatusResponse,
  ModerationQueueResponse,
  ModerationSubmission,
  ModerationDecision,
  PublishRequest,
  AttachRequest,
  RejectRequest,
  RegulationTitleRequest,
  ModeratorRequest,
  ModeratorCreated,
  SignalPatch,
  StatsResponse,
  ExportJson,
  AnnotationCollection,
  Register,
  RegisterEntryResponse,
} as const;
type SchemaName = keyof typeof SCHEMAS;

export type RouteDoc = {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono path syntax (`:id`). */
  path: string;
  summary: string;
  query?: z.ZodObject;
  headers?: Array<{ name: string; required: boolean; description: string }>;
  body?: SchemaName;
  ok: { status: number; schema?: SchemaName; contentTypes?: string[] };
  errors: number[];
  admin?: boolean;
};

export const ROUTES: RouteDoc[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness', ok: { status: 200, schema: 'Health' }, errors: [] },
  { method: 'get', path: '/readyz', summary: 'Readiness: the database answers', ok: { status: 200, schema: 'Health' }, errors: [503] },
  { method: 'get', path: '/openapi.json', summary: 'This document', ok: { status: 200 }, errors: [] },
  { method: 'get', path: '/v1/index', summary: 'Regulations and article labels that have data', ok: { status: 200, schema: 'IndexResponse' }, errors: [] },
  {
    method: 'get',
    path: '/v1/regulations/:bwbId',
    summary: 'Clause status, articles, hooks and signals of one regulation',
    query: RegulationQuery,
    ok: { status: 200, schema: 'RegulationResponse' },
    errors: [304, 400, 404],
  },
  { method: 'get', path: '/v1/signals', summary: 'Search and page through signals', query: SignalListQuery, ok: { status: 200, schema: 'SignalListResponse' }, errors: [400] },
  { method: 'get', path: '/v1/signals/:id', summary: 'One signal', ok: { status: 200, schema: 'Signal' }, errors: [404] },
  {
    method: 'post',
    path: '/v1/submissions',
    summary: 'Report a hardheid (stored for moderation)',
    headers: [{ name: 'Idempotency-Key', required: true, description: '8-100 characters of A-Z a-z 0-9 _ -; a replay returns the same id' }],
    body: 'SubmissionRequest',
    ok: { status: 202, schema: 'SubmissionAck' },
    errors: [400, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/v1/submissions/:id',
    summary: 'Status of a submission for the holder of its receipt',
    headers: [{ name: 'X-Receipt', required: true, description: 'The receipt returned when submitting' }],
    ok: { status: 200, schema: 'SubmissionStatusResponse' },
    errors: [404],
  },
  { method: 'get', path: '/v1/moderation/queue', summary: 'Open submissions', ok: { status: 200, schema: 'ModerationQueueResponse' }, errors: [401, 503], admin: true },
  { method: 'get', path: '/v1/moderation/submissions/:id', summary: 'One submission with contact address', ok: { status: 200, schema: 'ModerationSubmission' }, errors: [401, 404, 503], admin: true },
  { method: 'post', path: '/v1/moderation/submissions/:id/publish', summary: 'Publish as a new signal', body: 'PublishRequest', ok: { status: 200, schema: 'ModerationDecision' }, errors: [401, 404, 409, 422, 503], admin: true },
  { method: 'post', path: '/v1/moderation/submissions/:id/attach', summary: 'Attach to an existing signal', body: 'AttachRequest', ok: { status: 200, schema: 'ModerationDecision' }, errors: [401, 404, 409, 422, 503], admin: true },
  { method: 'post', path: '/v1/moderation/submissions/:id/reject', summary: 'Reject with a reason', body: 'RejectRequest', ok: { status: 200, schema: 'ModerationDecision' }, errors: [401, 404, 409, 422, 503], admin: true },
  { method: 'post', path: '/v1/moderation/regulations/:bwbId/title', summary: 'Confirm or correct a law title taken from a report', body: 'RegulationTitleRequest', ok: { status: 204 }, errors: [400, 401, 404, 422, 503], admin: true },
  { method: 'post', path: '/v1/moderation/moderators', summary: 'Add a personal desk account; answers its one-time token', body: 'ModeratorRequest', ok: { status: 201, schema: 'ModeratorCreated' }, errors: [401, 409, 422, 503], admin: true },
  { method: 'delete', path: '/v1/moderation/moderators/:name', summary: 'Revoke a desk account and end its sessions', ok: { status: 204 }, errors: [401, 404, 503], admin: true },
  { method: 'patch', path: '/v1/moderation/signals/:id', summary: 'Edit a signal', body: 'SignalPatch', ok: { status: 200, schema: 'ModerationDecision' }, errors: [401, 404, 422, 503], admin: true },
  {
    method: 'get',
    path: '/v1/export',
    summary: 'All published signals as JSON, CSV or W3C Web Annotations',
    query: ExportQuery,
    ok: { status: 200, schema: 'ExportJson', contentTypes: ['application/json', 'text/csv', 'application/ld+json'] },
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/export/register',
    summary: "The statute book's register of hardheidsclausules and rigid provisions (computed), as JSON or CSV (one row per finding)",
    query: RegisterExportQuery,
    ok: { status: 200, schema: 'Register', contentTypes: ['application/json', 'text/csv'] },
    errors: [400, 404],
  },
  { method: 'get', path: '/v1/register/:bwbId', summary: "One regulation's line in the register (computed findings)", ok: { status: 200, schema: 'RegisterEntryResponse' }, errors: [400, 404] },
  { method: 'get', path: '/v1/stats', summary: 'Counts by status, department and law', ok: { status: 200, schema: 'StatsResponse' }, errors: [] },
  { method: 'get', path: '/v1/config', summary: 'Remote recognition config', ok: { status: 200, schema: 'RecognitionConfig' }, errors: [] },
];

export const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

function queryParameters(query: z.ZodObject) {
  const schema = z.toJSONSchema(query, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (schema.required ?? []).includes(name),
    schema: s,
  }));
}

export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const path = toOpenApiPath(r.path);
    const parameters = [
      ...[...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ? queryParameters(r.query) : []),
      ...(r.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: h.required, description: h.description, schema: { type: 'string' } })),
    ];
    const responses: Record<string, unknown> = {
      [r.ok.status]: {
        description: 'OK',
        ...(r.ok.schema
          ? { content: Object.fromEntries((r.ok.contentTypes ?? ['application/json']).map((t) => [t, { schema: ref(r.ok.schema!) }])) }
          : {}),
      },
    };
    for (const status of r.errors) {
      responses[status] =
        status === 304
          ? { description: 'Not modified' }
          : { description: 'Problem', content: { 'application/problem+json': { schema: ref('Problem') } } };
    }
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(r.body) } } } } : {}),
      responses,
      ...(r.admin ? { security: [{ bearer: [] }] } : {}),
    };
  }
  const schemas = Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => {
      const io = name.endsWith('Request') || name === 'SignalPatch' ? 'input' : 'output';
      const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
      return [name, json];
    }),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Wetsignaal Signals API', version },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
