// Finds the signals for one regulation version while revealing as little as possible:
// with private lookups on, only regulations listed in the public /v1/index are ever asked about,
// and a cached answer younger than FRESH_MS is served without any network request.
import type { IndexResponse, RegulationResponse } from '../contract/api';
import { ApiError, type ApiClient, type Conditional } from '../api/client';
import type { CachedResponse, Database } from '../storage/database';
import type { RegulationLookup } from '../extension/messages';

export const FRESH_MS = 5 * 60_000;
export const INDEX_FRESH_MS = 60 * 60_000;

export interface LookupDeps {
  db: () => Promise<Database>;
  client: () => Promise<ApiClient>;
  privateLookups: () => Promise<boolean>;
  now?: () => number;
}

export function createRegulationLookup(deps: LookupDeps) {
  const now = deps.now ?? Date.now;

  /** Fetch (or revalidate) a cached document; on a transient failure fall back to the cached copy. */
  async function cachedFetch<T>(
    key: string,
    freshFor: number,
    fetcher: (etag: string | null) => Promise<Conditional<T>>,
  ): Promise<{ body: T; offline: boolean }> {
    const db = await deps.db();
    const cached = (await db.get('cache', key)) as CachedResponse<T> | undefined;
    if (cached && now() - cached.fetchedAt < freshFor) return { body: cached.body, offline: false };
    try {
      const result = await fetcher(cached?.etag ?? null);
      if (result.notModified) {
        if (!cached) throw new ApiError('the signals service answered 304 without a cached copy', 304);
        await db.put('cache', { ...cached, fetchedAt: now() });
        return { body: cached.body, offline: false };
      }
      await db.put('cache', { key, body: result.body, etag: result.etag, fetchedAt: now() });
      return { body: result.body, offline: false };
    } catch (error) {
      if (cached && error instanceof ApiError && error.transient) return { body: cached.body, offline: true };
      throw error;
    }
  }

  async function indexed(bwbId: string): Promise<boolean> {
    const client = await deps.client();
    const { body } = await cachedFetch<IndexResponse>('index', INDEX_FRESH_MS, (etag) => client.index(etag));
    return body.regulations.some((r) => r.bwbId === bwbId);
  }

  return async function lookup(bwbId: string, versionDate: string | null): Promise<RegulationLookup> {
    try {
      if ((await deps.privateLookups()) && !(await indexed(bwbId))) return { state: 'none' };
      const client = await deps.client();
      const { body, offline } = await cachedFetch<RegulationResponse>(
        `regulation:${bwbId}@${versionDate ?? 'actueel'}`,
        FRESH_MS,
        (etag) => client.regulation(bwbId, versionDate, etag),
      );
      return { state: 'ok', data: body, offline };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return { state: 'none' };
      if (error instanceof ApiError) return { state: 'error', code: error.code, status: error.status, message: error.message };
      return { state: 'error', code: 'http', status: null, message: String(error) };
    }
  };
}
