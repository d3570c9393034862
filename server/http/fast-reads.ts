// The hottest public reads, GET /v1/index and GET /v1/regulations/{bwbId}, answered from the read cache
// on the raw node:http request. Through Hono such a request builds Request, Headers and Response objects
// and runs the whole middleware chain, about nine tenths of its cost (bench/api-throughput.ts).
// Only a fresh cache hit is answered here, with the status, headers, body and log line the Hono route
// gives it; anything else (a miss, an unknown id, a query the route would refuse, another method) goes
// on to Hono, which also fills the cache. Nothing here writes, so nothing here needs to clear the cache.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { CORS_RESPONSE_HEADERS } from './cors';
import { matchesIfNoneMatch } from './etag';
import { NOSNIFF_HEADERS } from './nosniff';
import { RegulationQuery } from './queries';
import { INDEX_PATH, preparedHeaders, REGULATION_PATH, REGULATION_ROUTE, type Prepared, type ReadCache } from './read-cache';
import { requestLogLine } from './request-log';

const DATE_QUERY = 'date=';

/**
 * The Hono route pattern a request is logged under, when its query cannot change the answer. A query is
 * left to Hono except `?date=YYYY-MM-DD` on a regulation (what the extension sends), checked with the
 * route's own schema: Hono refuses some queries on every route (a NUL, 400) and decodes others first.
 */
function routeFor(path: string, query: string): string | null {
  const regulation = path.startsWith(REGULATION_PATH);
  if (query === '') return regulation ? REGULATION_ROUTE : path === INDEX_PATH ? INDEX_PATH : null;
  if (!regulation || !query.startsWith(DATE_QUERY)) return null;
  const date = query.slice(DATE_QUERY.length);
  return /^[\d-]+$/.test(date) && RegulationQuery.safeParse({ date }).success ? REGULATION_ROUTE : null;
}

/** Header lines as @hono/node-server writes them: lower-cased and sorted by Headers, Content-Length last. */
function headerLines(headers: Record<string, string>, contentLength?: number): string[] {
  const lines: string[] = [];
  new Headers({ ...CORS_RESPONSE_HEADERS, ...NOSNIFF_HEADERS, ...headers }).forEach((value, name) => lines.push(name, value));
  if (contentLength !== undefined) lines.push('content-length', String(contentLength));
  return lines;
}

/** A request listener that answers cached reads itself and hands every other request to `next` (Hono). */
export function withFastReads(reads: ReadCache, log: ((line: string) => void) | undefined, next: RequestListener): RequestListener {
  // Built once per cache entry (every READ_CACHE_MS at most), not per request.
  const heads = new WeakMap<Prepared, { ok: string[]; notModified: string[] }>();
  const headFor = (prepared: Prepared) => {
    let head = heads.get(prepared);
    if (!head) {
      head = { ok: headerLines(preparedHeaders(prepared, false), prepared.body.length), notModified: headerLines(preparedHeaders(prepared, true)) };
      heads.set(prepared, head);
    }
    return head;
  };

  /** Answers the request and returns true, or returns false having touched nothing. */
  const answer = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined) return false;
    const started = performance.now();
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    // A path that is not a key (another route, percent-encoding, a trailing slash) simply misses.
    const prepared = reads.fresh(path);
    if (!prepared) return false;
    const route = routeFor(path, q === -1 ? '' : url.slice(q + 1));
    if (!route) return false;
    const head = headFor(prepared);
    const notModified = matchesIfNoneMatch(req.headers['if-none-match'], prepared.etag);
    if (notModified) res.writeHead(304, head.notModified).end();
    else res.writeHead(200, head.ok).end(prepared.body);
    log?.(requestLogLine('GET', route, notModified ? 304 : 200, started));
    return true;
  };
  return (req, res) => {
    if (!answer(req, res)) next(req, res);
  };
}
