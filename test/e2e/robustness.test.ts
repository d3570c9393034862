// Crash-safety: a broken or hostile Signals API must never break the page. A tiny fake API answers
// with garbage, a 500, silence past the client's timeout, or valid JSON of an unknown shape; for each
// the law text stays as served, the summary says what is wrong, and nothing throws into the page.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { configureExtension, launchChromium, type Launched } from '../../scripts/lib/chromium';
import { articleTextsInFile, articleTextsOnPage, fixture, labelsInFile, scrollThrough } from './support';

type Mode = 'garbage' | 'error-500' | 'timeout' | 'unknown-schema';

/** Longer than the client's 10 s timeout, so the request is abandoned by the extension. */
const HANG_MS = 11_000;

interface FakeApi {
  url: string;
  mode: Mode;
  /** Paths of /v1/index and /v1/regulations requests seen in the current mode. */
  hits: string[];
  close(): Promise<void>;
}

async function startFakeApi(): Promise<FakeApi> {
  const pending = new Set<ServerResponse>();
  const api: FakeApi = { url: '', mode: 'garbage', hits: [], close: async () => undefined };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/healthz') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok","version":"fake"}');
    if (path !== '/v1/index' && !path.startsWith('/v1/regulations/')) {
      return void res.writeHead(404, { 'Content-Type': 'application/problem+json' }).end('{"type":"about:blank","title":"Not Found","status":404}');
    }
    api.hits.push(path);
    switch (api.mode) {
      case 'garbage':
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>{{{ not json at all');
      case 'error-500':
        return void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
      case 'unknown-schema':
        return void res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ version: 99, data: { laws: [{ id: 1, name: '<b>x</b>' }] }, regulations: 'none' }));
      case 'timeout':
        pending.add(res);
        setTimeout(() => {
          pending.delete(res);
          if (!res.destroyed) res.writeHead(503).end();
        }, HANG_MS).unref();
        return;
    }
  };
  const server: Server = createServer(answer);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = async () => {
    for (const res of pending) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
  return api;
}

// A part page of moderate size keeps each round quick; the behaviour does not depend on size.
const PAGE = fixture((p) => p.file === 'participatiewet-hoofdstuk-3.html');

/** What the summary's alert must say for each failure (Dutch UI text). */
const EXPECTED: Record<Mode, RegExp> = {
  garbage: /niet te lezen/,
  'error-500': /code 500/,
  timeout: /niet op tijd/,
  'unknown-schema': /vorm die Wetsignaal niet kent/,
};

describe('a broken Signals API never breaks the page', () => {
  let api: FakeApi;
  let fixtures: FixtureServer;
  let browser: Launched;

  beforeAll(async () => {
    api = await startFakeApi();
    fixtures = await startFixtureServer();
    browser = await launchChromium({ fixturePort: fixtures.port });
    // showAll mounts a badge on every article (as it comes into view), so the text check covers every mounted host.
    await configureExtension(browser, { apiBaseUrl: api.url, privateLookups: false, showAll: true });
  });

  afterAll(async () => {
    await browser?.context.close();
    await fixtures?.close();
    await api?.close();
  });

  async function visit(mode: Mode): Promise<{ page: Page; errors: string[] }> {
    api.mode = mode;
    api.hits = [];
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(PAGE.href);
    return { page, errors };
  }

  it.each<Mode>(['garbage', 'error-500', 'unknown-schema', 'timeout'])(
    'API answering with %s: text intact, error shown, nothing thrown',
    async (mode) => {
      const { page, errors } = await visit(mode);
      const alert = page.locator('wetsignaal-summary').getByRole('alert');
      await alert.waitFor({ timeout: HANG_MS + 15_000 });
      expect(await alert.textContent()).toMatch(EXPECTED[mode]);
      expect(api.hits.some((p) => p.startsWith('/v1/regulations/'))).toBe(true);
      // Badges were still mounted (showAll, on every article once scrolled past), and the law text
      // around them is exactly as served.
      await scrollThrough(page);
      await expect.poll(() => page.locator('wetsignaal-badge').count()).toBe(labelsInFile(PAGE.file, PAGE.href).length);
      expect(await articleTextsOnPage(page)).toEqual(articleTextsInFile(PAGE.file));
      expect(errors).toEqual([]);
      await page.close();
    },
    HANG_MS + 40_000,
  );
});
