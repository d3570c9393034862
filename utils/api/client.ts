// The only code that talks to the Signals API. Runs in the background; every response is validated
// against the contract before anyone sees it.
import { z } from 'zod';
import {
  IndexResponse,
  Problem,
  RecognitionConfig,
  RegulationResponse,
  SubmissionAck,
  SubmissionStatusResponse,
  type SubmissionRequest,
} from '../contract/api';

/** What went wrong, for a message in the user's language. */
export type ApiErrorCode = 'unreachable' | 'timeout' | 'not-json' | 'unknown-format' | 'http';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly errors: Array<{ field: string; message: string }> = [],
    readonly code: ApiErrorCode = 'http',
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** Worth retrying later: network failure, timeout, rate limit or server error. */
  get transient(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }
}

export type Conditional<T> = { notModified: true } | { notModified: false; body: T; etag: string | null };

const TIMEOUT_MS = 10_000;

export function createApiClient(baseUrl: string, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, {
        ...init,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      const timeout = error instanceof Error && error.name === 'TimeoutError';
      throw new ApiError(`signals service unreachable (${timeout ? 'timeout' : 'network error'})`, null, [], timeout ? 'timeout' : 'unreachable');
    }
    if (response.ok || response.status === 304) return response;
    const problem = Problem.safeParse(await response.json().catch(() => null));
    const detail = problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${response.status}`;
    throw new ApiError(detail, response.status, problem.success ? (problem.data.errors ?? []) : []);
  }

  async function parse<T>(schema: z.ZodType<T>, response: Response): Promise<T> {
    const json: unknown = await response.json().catch(() => {
      throw new ApiError('the signals service sent something that is not JSON', response.status, [], 'not-json');
    });
    const result = schema.safeParse(json);
    if (!result.success) {
      throw new ApiError('the signals service sent data in an unknown format', response.status, [], 'unknown-format');
    }
    return result.data;
  }

  async function conditional<T>(schema: z.ZodType<T>, path: string, etag: string | null): Promise<Conditional<T>> {
    const response = await request(path, { headers: etag ? { 'If-None-Match': etag } : {} });
    if (response.status === 304) return { notModified: true };
    return { notModified: false, body: await parse(schema, response), etag: response.headers.get('ETag') };
  }

  return {
    health: async (): Promise<boolean> => {
      try {
        await request('/healthz');
        return true;
      } catch {
        return false;
      }
    },
    index: (etag: string | null) => conditional(IndexResponse, '/v1/index', etag),
    regulation: (bwbId: string, versionDate: string | null, etag: string | null) =>
      conditional(
        RegulationResponse,
        `/v1/regulations/${encodeURIComponent(bwbId)}${versionDate ? `?date=${versionDate}` : ''}`,
        etag,
      ),
    config: async () => parse(RecognitionConfig, await request('/v1/config')),
    submit: async (body: SubmissionRequest, idempotencyKey: string) =>
      parse(
        SubmissionAck,
        await request('/v1/submissions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
          body: JSON.stringify(body),
        }),
      ),
    submissionStatus: async (id: string, receipt: string) =>
      parse(
        SubmissionStatusResponse,
        await request(`/v1/submissions/${encodeURIComponent(id)}`, { headers: { 'X-Receipt': receipt } }),
      ),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
