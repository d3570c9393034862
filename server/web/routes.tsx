// The public web pages on the API server: HTML rendered with Preact on each (cached) read, the NL Design System
// stylesheets, and the headers every page carries (strict CSP, nosniff, ETag and Cache-Control like the JSON).
import type { Context, Hono } from 'hono';
import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { z } from 'zod';
import { BwbId } from '../../utils/contract/identity';
import { publicPaths } from '../../utils/contract/public-pages';
import type { Queryable } from '../db/types';
import { etagFor, matchesIfNoneMatch } from '../http/etag';
import { CACHE_PUBLIC, type Prepared, type ReadCache } from '../http/read-cache';
import { withComputed } from '../register/findings';
import type { LoadedRegister } from '../register/load';
import { summarise, type RegisterSummary } from '../register/summary';
import { getRegulationView, getStats } from '../repo/regulations';
import { publishedExamples } from '../repo/published-examples';
import { allSignals, getSignal } from '../repo/signals';
import { statusHistory } from '../repo/status-history';
import { assets } from './assets';
import { HomePage, NotFoundPage, OverviewPage, RegulationPage, SignalPage } from './pages';
import { readerLanguage, webText, type ReaderLanguage } from './strings';

export const HTML_TYPE = 'text/html; charset=utf-8';

/** No scripts at all, styles and images only from this server, forms only to this server, no framing. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const PAGE_SECURITY_HEADERS = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on form posts, which the desk's
  // same-origin check must refuse. Outbound links still carry no referrer.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

const SearchQuery = z.string().trim().max(200).catch('');

const RECENT_COUNT = 8;

function toHtml(page: VNode): Buffer<ArrayBuffer> {
  return Buffer.from(`<!doctype html>${render(page)}`);
}

function preparedPage(page: VNode): Prepared {
  const body = toHtml(page);
  return { at: Date.now(), etag: etagFor(body.toString('utf8')), body };
}

function sendPage(c: Context, prepared: Prepared, status: 200 | 404 = 200) {
  const headers = { ...PAGE_SECURITY_HEADERS, ETag: prepared.etag, 'Cache-Control': CACHE_PUBLIC, Vary: 'Accept-Language' };
  if (status === 200 && matchesIfNoneMatch(c.req.header('If-None-Match'), prepared.etag)) return c.body(null, 304, headers);
  return c.body(prepared.body, status, { 'Content-Type': HTML_TYPE, ...headers });
}

function readerOf(c: Context): ReaderLanguage {
  return readerLanguage(c.req.query('lang'), c.req.header('Accept-Language'));
}

function notFound(c: Context) {
  const page = preparedPage(<NotFoundPage text={webText(readerOf(c))} path={new URL(c.req.url).pathname} />);
  return sendPage(c, { ...page, etag: '"not-found"' }, 404);
}

async function searchRegulations(db: Queryable, q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await db.query<{ bwb_id: string; title: string; abbreviation: string | null; n: number }>(
    `SELECT r.bwb_id, r.title, r.abbreviation, count(DISTINCT t.signal_id)::int AS n
     FROM regulations r LEFT JOIN signal_targets t ON t.bwb_id = r.bwb_id
     WHERE r.title ILIKE $1 OR r.abbreviation ILIKE $1 OR r.bwb_id ILIKE $1
     GROUP BY r.bwb_id, r.title, r.abbreviation ORDER BY n DESC, r.title LIMIT 50`,
    [pattern],
  );
  return rows.map((r) => ({ bwbId: r.bwb_id, title: r.title, abbreviation: r.abbreviation, signals: r.n }));
}

async function signalsPerYear(db: Queryable) {
  const rows = await db.query<{ year: number; n: number }>(
    'SELECT extract(year FROM created_at)::int AS year, count(*)::int AS n FROM signals GROUP BY 1 ORDER BY 1',
  );
  return rows.map((r) => ({ year: String(r.year), count: r.n }));
}

async function regulationTitles(db: Queryable, bwbIds: string[]): Promise<Map<string, string>> {
  if (bwbIds.length === 0) return new Map();
  const rows = await db.query<{ bwb_id: string; title: string }>('SELECT bwb_id, title FROM regulations WHERE bwb_id = ANY($1)', [bwbIds]);
  return new Map(rows.map((r) => [r.bwb_id, r.title]));
}

export function registerWebRoutes(
  app: Hono,
  { db, reads, register }: { db: Queryable; reads: ReadCache; register: () => LoadedRegister | null },
) {
  // The register never changes while the server runs: its totals are counted once.
  let registerSummary: RegisterSummary | null = null;
  const registerTotals = () => {
    const loaded = register();
    if (!loaded) return null;
    registerSummary ??= summarise(loaded.register);
    return { summary: registerSummary, source: loaded.register.source };
  };
  const cached = (c: Context, key: string, build: (reader: ReaderLanguage) => Promise<VNode | null>) => {
    const reader = readerOf(c);
    // Keyed on what the HTML depends on: the language it is rendered in and the `?lang=` its links carry, so
    // a Dutch and an English rendering (or a Dutch one with and one without `?lang=nl`) never stand in for each
    // other. The "html:" prefix keeps these entries out of the fast JSON path, which looks entries up by path.
    return reads.read(`html:${reader.language}:${reader.linkLang ?? '-'}:${key}`, async () => {
      const page = await build(reader);
      return page && preparedPage(page);
    });
  };

  app.get('/assets/:file', (c) => {
    const asset = assets().get(new URL(c.req.url).pathname);
    if (!asset) return c.body('Not found', 404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    const headers = { ETag: asset.etag, 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' };
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304, headers);
    return c.body(new Uint8Array(asset.body), 200, { 'Content-Type': asset.type, ...headers });
  });

  app.get(publicPaths.home, async (c) => {
    const q = SearchQuery.parse(c.req.query('q') ?? '');
    if (q) {
      // Searches are not cached: the cache is keyed by path and a search space is unbounded.
      const [hits, recent] = await Promise.all([searchRegulations(db, q), allSignals(db)]);
      return sendPage(c, preparedPage(<HomePage text={webText(readerOf(c))} q={q} hits={hits} recent={recentFirst(recent)} />));
    }
    const prepared = await cached(c, publicPaths.home, async (reader) => (
      <HomePage text={webText(reader)} q="" hits={null} recent={recentFirst(await allSignals(db))} />
    ));
    return sendPage(c, prepared!);
  });

  app.get('/regeling/:bwbId', async (c) => {
    const bwbId = c.req.param('bwbId');
    if (!BwbId.safeParse(bwbId).success) return notFound(c);
    const prepared = await cached(c, publicPaths.regulation(bwbId), async (reader) => {
      const view = await getRegulationView(db, bwbId);
      return view && <RegulationPage text={webText(reader)} view={withComputed(view, register(), bwbId)} />;
    });
    return prepared ? sendPage(c, prepared) : notFound(c);
  });

  app.get('/signaal/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^sig-[a-z0-9-]{1,60}$/.test(id)) return notFound(c);
    const prepared = await cached(c, publicPaths.signal(id), async (reader) => {
      const signal = await getSignal(db, id);
      if (!signal) return null;
      const [history, examples] = await Promise.all([statusHistory(db, signal), publishedExamples(db, id)]);
      const titles = await regulationTitles(db, [...new Set([...signal.targets, ...examples].map((t) => t.bwbId))]);
      return <SignalPage text={webText(reader)} signal={signal} titles={titles} history={history} examples={examples} />;
    });
    return prepared ? sendPage(c, prepared) : notFound(c);
  });

  app.get(publicPaths.overview, async (c) => {
    const prepared = await cached(c, publicPaths.overview, async (reader) => {
      const [stats, byYear] = await Promise.all([getStats(db), signalsPerYear(db)]);
      return <OverviewPage text={webText(reader)} stats={stats} byYear={byYear} register={registerTotals()} />;
    });
    return sendPage(c, prepared!);
  });
}

function recentFirst<T extends { updatedAt: string }>(signals: T[]): T[] {
  return [...signals].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, RECENT_COUNT);
}
