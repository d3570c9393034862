import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRegulationLookup, FRESH_MS } from '../../../utils/background/regulation-lookup';
import { createApiClient } from '../../../utils/api/client';
import { openDatabase } from '../../../utils/storage/database';
import type { IndexResponse, RegulationResponse } from '../../../utils/contract/api';

const now = new Date().toISOString();
const index: IndexResponse = { regulations: [{ bwbId: 'BWBR0015703', labels: ['58'] }], generatedAt: now };
const regulation: RegulationResponse = {
  regulation: { bwbId: 'BWBR0015703', title: 'Participatiewet', abbreviation: 'Pw', department: 'SZW', domain: null },
  clause: { status: 'alleen_specifiek', clauseBwbId: null, clauseLabel: null, note: null, source: null, verified: true },
  regulationSignalIds: [],
  articles: [],
  signals: [],
  generatedAt: now,
};

/** A fetch that answers like the API and records every URL asked for. */
function fakeApi(opts: { down?: () => boolean; malformed?: boolean } = {}) {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    urls.push(url);
    if (opts.down?.()) throw new TypeError('fetch failed');
    const inm = new Headers(init?.headers).get('If-None-Match');
    const json = (body: unknown, etag: string) =>
      inm === etag ? new Response(null, { status: 304 }) : new Response(JSON.stringify(body), { status: 200, headers: { ETag: etag } });
    if (url.endsWith('/v1/index')) return json(index, '"i1"');
    if (url.includes('/v1/regulations/BWBR0015703')) return json(opts.malformed ? { nope: 1 } : regulation, '"r1"');
    return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), { status: 404 });
  }) as typeof fetch;
  return { urls, fetchImpl };
}

let n = 0;
function setup(api: ReturnType<typeof fakeApi>, privateLookups = true) {
  let clock = 5_000_000;
  const name = `lookup-${++n}`;
  const lookup = createRegulationLookup({
    db: () => openDatabase(name),
    client: async () => createApiClient('http://127.0.0.1:1', api.fetchImpl),
    privateLookups: async () => privateLookups,
    now: () => clock,
  });
  return { lookup, advance: (ms: number) => (clock += ms) };
}

describe('regulation lookup', () => {
  it('asks nothing about a law that is not in the index (private lookups)', async () => {
    const api = fakeApi();
    const { lookup } = setup(api);
    expect(await lookup('BWBR0005537', '2024-01-01')).toEqual({ state: 'none' });
    expect(api.urls.every((u) => u.endsWith('/v1/index'))).toBe(true);
  });

  it('asks directly when private lookups are off', async () => {
    const api = fakeApi();
    const { lookup } = setup(api, false);
    expect((await lookup('BWBR0005537', null)).state).toBe('none');
    expect(api.urls).toEqual(['http://127.0.0.1:1/v1/regulations/BWBR0005537']);
  });

  it('serves a repeat visit from the cache without any request', async () => {
    const api = fakeApi();
    const { lookup } = setup(api);
    expect((await lookup('BWBR0015703', '2026-01-01')).state).toBe('ok');
    const before = api.urls.length;
    const again = await lookup('BWBR0015703', '2026-01-01');
    expect(again).toMatchObject({ state: 'ok', offline: false });
    expect(api.urls.length).toBe(before);
  });

  it('revalidates a stale copy with its ETag and falls back to it, marked offline, when the API is down', async () => {
    let down = false;
    const api = fakeApi({ down: () => down });
    const { lookup, advance } = setup(api);
    await lookup('BWBR0015703', '2026-01-01');
    advance(FRESH_MS + 1);
    expect(await lookup('BWBR0015703', '2026-01-01')).toMatchObject({ state: 'ok', offline: false });
    advance(60 * 60_000 + 1);
    down = true;
    const offline = await lookup('BWBR0015703', '2026-01-01');
    expect(offline).toMatchObject({ state: 'ok', offline: true });
  });

  it('reports an error, not a crash, when the API sends an unknown format', async () => {
    const { lookup } = setup(fakeApi({ malformed: true }));
    const result = await lookup('BWBR0015703', '2026-01-01');
    expect(result).toMatchObject({ state: 'error', code: 'unknown-format', status: 200 });
  });

  it('keeps versions apart in the cache', async () => {
    const api = fakeApi();
    const { lookup } = setup(api);
    await lookup('BWBR0015703', '2026-01-01');
    await lookup('BWBR0015703', '2025-01-01');
    expect(api.urls.filter((u) => u.includes('/v1/regulations/')).length).toBe(2);
  });
});
