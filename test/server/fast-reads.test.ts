// The fast read path (server/http/fast-reads.ts) on a real HTTP server in front of the real Hono app:
// cached reads answered byte for byte as Hono answers them (apart from Date), everything else left to
// Hono. Plus the read cache it shares with the routes (server/http/read-cache.ts).
import { getRequestListener } from '@hono/node-server';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegulationResponse } from '../../utils/contract/api';
import { withFastReads } from '../../server/http/fast-reads';
import { createReadCache, READ_CACHE_MS, type Prepared } from '../../server/http/read-cache';
import { startServer } from '../../server/start';
import { ADMIN_TOKEN, ENGINES, seededApp } from './support';

type Raw = { status: string; headers: string[]; body: Buffer };

/** One request on a fresh connection; the status line and header lines as sent, without Date. */
function send(base: string, path: string, opts: { method?: string; headers?: IncomingHttpHeaders; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (res.rawHeaders[i] !== 'Date') headers.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        }
        resolve({ status: `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}`, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const REGULATION = '/v1/regulations/BWBR0015703';

describe('fast reads in front of Hono', () => {
  const reads = createReadCache();
  const lines: string[] = [];
  /** Requests that went on to Hono. */
  const toHono: string[] = [];
  let ctx: Awaited<ReturnType<typeof seededApp>>;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const log = (line: string) => void lines.push(line);
    ctx = await seededApp(ENGINES[0]!, { reads, log });
    const hono = getRequestListener(ctx.app.fetch);
    server = createServer(
      withFastReads(reads, log, (req, res) => {
        toHono.push(`${req.method} ${req.url}`);
        void hono(req, res);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.drop();
  });
  beforeEach(() => {
    reads.clear();
    toHono.length = 0;
    lines.length = 0;
  });

  it.each([REGULATION, `${REGULATION}?date=2025-01-01`, '/v1/index'])('answers a cached %s with the same status, headers and bytes as Hono', async (path) => {
    const fromHono = await send(base, path);
    const fast = await send(base, path);
    expect(toHono).toEqual([`GET ${path}`]);
    expect(fromHono.status).toBe('HTTP/1.1 200 OK');
    expect(fast).toEqual(fromHono);
    expect(fast.headers).toContain(`content-length: ${fast.body.length}`);
  });

  it('answers 304 to a matching If-None-Match (also weak or in a list) as Hono does, and 200 to another tag', async () => {
    const etag = (await send(base, REGULATION)).headers.find((h) => h.startsWith('etag: '))!.slice('etag: '.length);
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      reads.clear();
      toHono.length = 0;
      const fromHono = await send(base, REGULATION, { headers: { 'If-None-Match': tag } });
      const fast = await send(base, REGULATION, { headers: { 'If-None-Match': tag } });
      expect(toHono).toHaveLength(1);
      expect(fromHono.status).toBe('HTTP/1.1 304 Not Modified');
      expect(fast).toEqual(fromHono);
    }
    const other = await send(base, REGULATION, { headers: { 'If-None-Match': '"other"' } });
    expect(other.status).toBe('HTTP/1.1 200 OK');
    expect(toHono).toHaveLength(1);
  });

  it('logs one line per answer with the route pattern, like the Hono route', async () => {
    await send(base, REGULATION);
    await send(base, REGULATION);
    await send(base, '/v1/index');
    await send(base, '/v1/index');
    expect(toHono).toEqual([`GET ${REGULATION}`, 'GET /v1/index']);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e.method, e.route, e.status])).toEqual([
      ['GET', '/v1/regulations/:bwbId', 200],
      ['GET', '/v1/regulations/:bwbId', 200],
      ['GET', '/v1/index', 200],
      ['GET', '/v1/index', 200],
    ]);
    for (const e of entries) expect(Object.keys(e)).toEqual(['t', 'method', 'route', 'status', 'ms']);
    expect(lines.join('')).not.toContain('BWBR0015703');
  });

  it('stops answering from the cache once an entry is older than READ_CACHE_MS', async () => {
    await send(base, REGULATION);
    await send(base, REGULATION);
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + READ_CACHE_MS);
    try {
      await send(base, REGULATION);
    } finally {
      clock.mockRestore();
    }
    expect(toHono).toEqual([`GET ${REGULATION}`, `GET ${REGULATION}`]);
  });

  it('shows a write through this process at once', async () => {
    const before = RegulationResponse.parse(JSON.parse((await send(base, REGULATION)).body.toString()));
    const signal = before.signals[0]!;
    const patch = await send(base, `/v1/moderation/signals/${signal.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `${signal.title} (bijgewerkt)` }),
    });
    expect(patch.status).toBe('HTTP/1.1 200 OK');
    const after = RegulationResponse.parse(JSON.parse((await send(base, REGULATION)).body.toString()));
    expect(after.signals.find((s) => s.id === signal.id)?.title).toBe(`${signal.title} (bijgewerkt)`);
    expect(toHono).toEqual([`GET ${REGULATION}`, `PATCH /v1/moderation/signals/${signal.id}`, `GET ${REGULATION}`]);
  });

  it('leaves everything but a cached plain GET to Hono, which answers as before', async () => {
    await send(base, REGULATION);
    await send(base, '/v1/index');
    toHono.length = 0;
    const cases: Array<[method: string, path: string, status: number]> = [
      ['HEAD', REGULATION, 200],
      ['OPTIONS', REGULATION, 204],
      ['GET', '/v1/regulations/BWBR9999999', 404],
      ['GET', '/v1/regulations/BWBR9999999', 404],
      ['GET', '/v1/regulations/not-an-id', 400],
      ['GET', `${REGULATION}/`, 404],
      ['GET', '/v1/regulations/BWBR%30015703', 200],
      ['GET', `${REGULATION}?date=2025-02-30`, 400],
      ['GET', `${REGULATION}?date=2025-01-01&x=1`, 400],
      ['GET', `${REGULATION}?x=1`, 400],
      ['GET', '/v1/index?x=%00', 400],
      ['GET', '/v1/index?x=1', 200],
      ['GET', '/v1/signals', 200],
      ['POST', REGULATION, 404], // last: like any write, it clears the cache
    ];
    for (const [method, path, status] of cases) {
      const res = await send(base, path, { method });
      expect(res.status.split(' ')[1], `${method} ${path}`).toBe(String(status));
    }
    expect(toHono).toEqual(cases.map(([method, path]) => `${method} ${path}`));
  });
});

describe('startServer with fast reads', () => {
  it('answers a repeated read exactly as the first, and logs both under the route pattern', async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    const server = await startServer({ port: 0, memory: true });
    try {
      const first = await send(server.url, REGULATION);
      const again = await send(server.url, REGULATION);
      expect(first.status).toBe('HTTP/1.1 200 OK');
      expect(again).toEqual(first);
    } finally {
      await server.close();
      process.stdout.write = write;
    }
    const routes = lines.filter((l) => l.startsWith('{"t":')).map((l) => (JSON.parse(l) as { route: string }).route);
    expect(routes).toEqual(['/v1/regulations/:bwbId', '/v1/regulations/:bwbId']);
  });
});

describe('read cache', () => {
  const prepared = (etag: string): Prepared => ({ at: Date.now(), etag, body: Buffer.from('{}') });

  it('builds once for readers that arrive while it is building', async () => {
    const reads = createReadCache();
    let builds = 0;
    const build = async () => {
      builds++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return prepared('"a"');
    };
    const answers = await Promise.all([reads.read('k', build), reads.read('k', build), reads.read('k', build)]);
    expect(builds).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(reads.fresh('k')).toBe(answers[0]);
  });

  it('does not keep or share a build that began before clear()', async () => {
    const reads = createReadCache();
    let release!: () => void;
    const stale = reads.read('k', () => new Promise<Prepared>((resolve) => (release = () => resolve(prepared('"before"')))));
    reads.clear();
    const fresh = reads.read('k', async () => prepared('"after"'));
    release();
    expect((await stale)?.etag).toBe('"before"');
    expect((await fresh)?.etag).toBe('"after"');
    expect(reads.fresh('k')?.etag).toBe('"after"');
  });

  it('keeps nothing for a build that finds nothing, and shares a failed build with its waiters', async () => {
    const reads = createReadCache();
    expect(await reads.read('none', async () => null)).toBeNull();
    expect(reads.fresh('none')).toBeUndefined();
    const failing = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('database down');
    };
    const results = await Promise.allSettled([reads.read('k', failing), reads.read('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await reads.read('k', async () => prepared('"again"'))).toMatchObject({ etag: '"again"' });
  });
});
