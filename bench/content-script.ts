// The content script in real Chromium on the largest fixture pages: main-thread time it costs per
// 1,000 articles, its longest task, the extra JS heap, its share of the page's own load work, and the
// API requests on a repeat visit. Each page is loaded with and without the extension in the same run.
// Run: npx tsx bench/content-script.ts [--reps N] [--mode seeded|every] [--law NAME] [--before DIR] [--portal-styles DIR]
//   --mode   only seeded data as a user sees it, or only a badge on every article (default: both)
//   --law    only the laws whose name contains NAME (e.g. "BW 7"; may be given more than once)
//   --before another build of the extension (e.g. main's), visited in turn with this one in the same run,
//            so a change is judged before/after on the same machine at the same moment
//   --portal-styles  a directory with the portal's own stylesheets at their portal paths
//            (scripts/lib/portal-styles.ts): each page links those found, as the real page does, so it is
//            styled as on the portal; its rows are marked "with the portal's stylesheets"
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startServer } from '../server/start';
import { configureExtension, launchChromium, type Launched } from '../scripts/lib/chromium';
import { loadFixtureManifest, startFixtureServer, type FixturePage } from '../scripts/lib/fixture-server';
import { loadPortalStyles } from '../scripts/lib/portal-styles';
import { bundleSizes, CONTENT_SCRIPT_BUDGET, CONTENT_SCRIPT_FILE } from '../scripts/bundle-sizes';
import { startCountingProxy, type CountingProxy } from './lib/counting-proxy';
import { analyseTrace, mainThread, startTrace, tasksOf, type MainThreadBreakdown, type TaskTotals, type Thread } from './lib/main-thread';
import { emit, note } from './lib/report';
import { median } from './lib/stats';
import { LAW_CLAUSES_KEY_PREFIX } from '../utils/background/law-clauses-memory';

const LAWS = [
  { bwbId: 'BWBR0005290', name: 'BW 7' },
  { bwbId: 'BWBR0011353', name: 'Wet IB 2001' },
  { bwbId: 'BWBR0005537', name: 'Awb' },
];
/** The values given for `--name`, in order. */
function option(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === `--${name}` && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}
// Five visits: the medians hold still on a shared, noisy machine.
const REPS = Number(option('reps')[0]) || 5;
const MODES = { seeded: 'seeded data', every: 'badge on every article' } as const;
type Mode = keyof typeof MODES;
const modes = option('mode');
for (const m of modes) if (!(m in MODES)) throw new Error(`--mode ${m}: expected ${Object.keys(MODES).join(' or ')}`);
const MODES_RUN = (modes.length > 0 ? modes : Object.keys(MODES)) as Mode[];
const lawNames = option('law').map((n) => n.toLowerCase());
const LAWS_RUN = LAWS.filter((law) => lawNames.length === 0 || lawNames.some((n) => law.name.toLowerCase().includes(n)));
if (LAWS_RUN.length === 0) throw new Error(`--law ${option('law').join(', ')}: none of ${LAWS.map((l) => l.name).join(', ')}`);
const BEFORE_DIR = option('before')[0];
const PORTAL_STYLES = option('portal-styles')[0];
const SCROLL_STEP_MS = 40;
const AREA = PORTAL_STYLES ? "content script, with the portal's stylesheets" : 'content script';
/**
 * Machines here differ 2× in speed, so the content script is judged by ratios within one run: its main-thread
 * time against the page's own load/render time, and its longest task against the page's floor.
 */
const SHARE_TARGET: Record<string, number> = { 'seeded data': 0.02, 'badge on every article': 0.05 };

interface Visit {
  breakdown: MainThreadBreakdown;
  /** Script tasks while scrolling through the law afterwards. */
  scrolling: TaskTotals;
  /** Without the extension: the render task after inserting one plain span into an article heading, per try. */
  floorMs: number[];
  badgesAfterScroll: number;
  heapBytes: number;
  loadEventMs: number;
  apiRequests: number;
  badges: number;
}

/** The largest whole-regulation fixture of a law (the heaviest page the portal serves for it). */
function largestFixture(bwbId: string): FixturePage & { articleCount: number } {
  const pages = loadFixtureManifest().filter((p) => p.bwbId === bwbId && p.shape === 'regulation');
  const page = pages.sort((a, b) => Number(b.articleCount) - Number(a.articleCount))[0];
  if (!page) throw new Error(`no whole-regulation fixture for ${bwbId}`);
  return page as FixturePage & { articleCount: number };
}

/**
 * Lets the page and the content script finish. Nothing is asked of the page meanwhile: Playwright's
 * locators run JavaScript over the whole (2 MB) document, which the trace would count as ours.
 */
const SETTLE_WINDOW_MS = 3_000;

/** Badges on the page, counted through DevTools' DOM domain (native, no page JavaScript). */
async function countBadges(cdp: CDPSession): Promise<number> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'wetsignaal-badge' });
  return nodeIds.length;
}

/**
 * Scrolls to the end of the law with the mouse wheel, a screen at a time, as a reader would; the
 * overlay does its per-article work (reading texts for clauses, "toon alles" badges) near the viewport.
 */
async function scrollThrough(page: Page, { height, screen }: { height: number; screen: number }): Promise<void> {
  await page.mouse.move(640, 450);
  // Two screens per step: the overlay looks two screens ahead, so no article is skipped.
  for (let top = 0; top < height; top += 2 * screen) {
    await page.mouse.wheel(0, 2 * screen);
    await page.waitForTimeout(SCROLL_STEP_MS);
  }
  await page.waitForTimeout(SETTLE_WINDOW_MS / 3);
}

/** Article headings the floor is measured at: near the top, where the overlay mounts at load. */
const FLOOR_HEADINGS = [3, 10, 20];

/**
 * The page's own floor for any overlay: the longest render task after one plain <span> is inserted into an
 * article heading (no extension, no shadow root), once per heading in FLOOR_HEADINGS. A 2–3 MB page is
 * laid out and pre-painted anew for it.
 */
async function insertionFloor(page: Page, cdp: CDPSession, thread: Thread): Promise<number[]> {
  const found: number[] = [];
  for (const i of FLOOR_HEADINGS) {
    const stop = await startTrace(cdp);
    await cdp.send('Runtime.evaluate', {
      expression: `document.querySelectorAll('div.artikel h4')[${i}]?.append(Object.assign(document.createElement('span'), { textContent: ' x' }))`,
    });
    await page.waitForTimeout(400);
    found.push(tasksOf(await stop(), thread, 'render').longestMs);
  }
  return found;
}

async function visit(context: BrowserContext, href: string, withExtension: boolean, proxy: CountingProxy): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const stopTrace = await startTrace(cdp);
  proxy.reset();
  await page.goto(href, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_WINDOW_MS);
  const events = await stopTrace();
  const badges = withExtension ? await countBadges(cdp) : 0;
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  const loadEventMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  const breakdown = analyseTrace(events, href);
  if (!breakdown) throw new Error(`no main thread found in the trace of ${href}`);
  // Then the reader scrolls through the whole law: what the overlay costs on the way. Without the
  // extension these (script-free) pages run no script while scrolling, so only that run scrolls.
  const thread = mainThread(events, href)!;
  if (!withExtension) {
    const floorMs = await insertionFloor(page, cdp, thread);
    await page.close();
    const scrolling = { totalMs: 0, longestMs: 0, longestWholeMs: 0 };
    return { breakdown, heapBytes, loadEventMs, apiRequests: proxy.requests.length, badges, scrolling, badgesAfterScroll: 0, floorMs };
  }
  const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: innerHeight }));
  const stopScrollTrace = await startTrace(cdp);
  await scrollThrough(page, size);
  const scrolling = tasksOf(await stopScrollTrace(), thread, 'script');
  const badgesAfterScroll = await countBadges(cdp);
  await page.close();
  return { breakdown, heapBytes, loadEventMs, apiRequests: proxy.requests.length, badges, scrolling, badgesAfterScroll, floorMs: [] };
}

/** A build of the extension under measure: this one, or the one `--before` names. */
interface Build {
  /** Added to its rows' law label: '' for this build. */
  suffix: string;
  launched: Launched;
}

/** The background forgets the law clauses pages read this session (law-clauses-memory.ts): the next visit reads them. */
async function forgetLawClauses({ background }: Launched): Promise<void> {
  await background?.evaluate(async (prefix) => {
    type Session = { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
    const session = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome.storage.session;
    await session.remove(Object.keys(await session.get(null)).filter((key) => key.startsWith(prefix)));
  }, LAW_CLAUSES_KEY_PREFIX);
}

/**
 * `coldCache`: the first visit of each law is the browser's first, so its API requests are real. `reading`: each
 * turn also visits once with the law's clauses forgotten, as a law opened for the first time this session.
 */
async function runMode(label: string, builds: Build[], baseline: Launched, proxy: CountingProxy, coldCache: boolean, reading: boolean): Promise<void> {
  for (const law of LAWS_RUN) {
    const fixture = largestFixture(law.bwbId);
    const href = new URL(fixture.url, 'https://wetten.overheid.nl').href;
    note(`${label}: ${law.name} (${fixture.file}, ${fixture.articleCount} articles), ${REPS} visits each${reading ? ', and as many reading the clauses' : ''}`);
    const plain: Visit[] = [];
    const visits = builds.map(() => [] as Visit[]);
    const readingVisits = builds.map(() => [] as Visit[]);
    // In turn, so the builds and the page without extension meet the same moments of a shared machine.
    for (let i = 0; i < REPS; i++) {
      plain.push(await visit(baseline.context, href, false, proxy));
      for (const [b, build] of builds.entries()) {
        visits[b]!.push(await visit(build.launched.context, href, true, proxy));
        if (!reading) continue;
        await forgetLawClauses(build.launched);
        readingVisits[b]!.push(await visit(build.launched.context, href, true, proxy));
      }
    }
    for (const [b, build] of builds.entries()) {
      report({ name: `${law.name}${build.suffix}`, fixture, label, plain, withExt: visits[b]!, reading: readingVisits[b]!, coldCache });
    }
  }
}

interface Measured {
  /** The law, and which build: the row's label. */
  name: string;
  fixture: { articleCount: number };
  /** The mode. */
  label: string;
  plain: Visit[];
  withExt: Visit[];
  /** Visits whose version's clauses the background had forgotten: the page read them (seeded data only). */
  reading: Visit[];
  coldCache: boolean;
}

/** The rows of one law, mode and build, from its visits and those of the page without extension. */
function report({ name, fixture, label, plain, withExt, reading, coldCache }: Measured): void {
  const perK = 1000 / fixture.articleCount;
  const m = (pick: (v: Visit) => number, visits = withExt) => median(visits.map(pick));
  const scriptMs = m((v) => v.breakdown.scriptMs);
  const renderMs = m((v) => v.breakdown.inducedRenderMs);
  const longest = Math.max(...withExt.map((v) => Math.max(v.breakdown.longestScriptTaskMs, v.breakdown.longestInducedTaskMs)));
  const row = (metric: string, value: number | string, unit?: string, target?: string, met?: boolean) =>
    emit({ area: AREA, metric: `${name}, ${label}: ${metric}`, value, unit, target, met });
  row('articles / badges mounted (after scrolling through)', `${fixture.articleCount} / ${withExt[0]!.badges} (${withExt[0]!.badgesAfterScroll})`);
  row('script time per 1,000 articles', scriptMs * perK, 'ms');
  row('  the same in thread (CPU) time, without waits for the CPU', m((v) => v.breakdown.scriptCpuMs) * perK, 'ms');
  row('  of which style/layout it forced', m((v) => v.breakdown.forcedLayoutMs) * perK, 'ms');
  const phased = withExt.map((v) => v.breakdown.phases).filter((p) => p !== null);
  if (phased.length === withExt.length) {
    row('  of which at load (script, setup, recognition, mounting) per 1,000 articles', median(phased.map((p) => p.loadMs)) * perK, 'ms');
    row('  of which later (articles near the viewport) per 1,000 articles', median(phased.map((p) => p.laterMs)) * perK, 'ms');
  }
  row('+ induced layout/paint per 1,000 articles', renderMs * perK, 'ms');
  const floors = plain.flatMap((v) => v.floorMs);
  const floor = median(floors);
  const longestMedian = m((v) => Math.max(v.breakdown.longestScriptTaskMs, v.breakdown.longestInducedTaskMs));
  row("longest task caused (script or layout), median of the visits / the page's floor", longestMedian / floor, '×', '≤ 1', longestMedian <= floor);
  row('  the same in ms, median of the visits', longestMedian, 'ms');
  row('  the same, longest of all visits', longest, 'ms');
  row("  page's floor: render after one plain <span> in a heading (no extension), median / max", `${floor.toFixed(1)} / ${Math.max(...floors).toFixed(1)}`, 'ms');
  row('tasks over 50 ms (median per visit)', m((v) => v.breakdown.tasksOver50));
  const scrollScript = m((v) => v.scrolling.totalMs);
  row('scrolling through the law: script time per 1,000 articles', scrollScript * perK, 'ms');
  const scrollLongest = Math.max(...withExt.map((v) => v.scrolling.longestMs));
  row('scrolling through the law: longest script task (without the frame it ran in)', scrollLongest, 'ms', '≤ 50 ms', scrollLongest <= 50);
  const scrollFrame = Math.max(...withExt.map((v) => v.scrolling.longestWholeMs));
  row("  longest frame one of its observer callbacks ran in (the page's own scrolling included)", scrollFrame, 'ms');
  row('extra JS heap vs. without extension', (m((v) => v.heapBytes) - m((v) => v.heapBytes, plain)) / 2 ** 20, 'MiB');
  const pageOwn = m((v) => v.breakdown.pageOwnMs, plain);
  row("page's own load/render main-thread time", pageOwn, 'ms');
  const share = (scriptMs + renderMs) / pageOwn;
  const target = SHARE_TARGET[label];
  row('extension time / page own time', share, '×', target === undefined ? undefined : `≤ ${target}`, target === undefined ? undefined : share <= target);
  if (reading.length > 0 && target !== undefined) {
    // A citizen opens a law once: the page reads the law's clauses itself, as on every version not read this session.
    const read = (m((v) => v.breakdown.scriptMs, reading) + m((v) => v.breakdown.inducedRenderMs, reading)) / pageOwn;
    row("  the same where the page reads the law's clauses (a version not read this browser session)", read, '×', `≤ ${target}`, read <= target);
  }
  row('load event without / with extension', `${m((v) => v.loadEventMs, plain).toFixed(0)} / ${m((v) => v.loadEventMs).toFixed(0)}`, 'ms');
  if (!coldCache) return;
  const repeat = withExt.slice(1).map((v) => v.apiRequests);
  row('API requests on first visit', withExt[0]!.apiRequests);
  row('API requests on repeat visits (max)', Math.max(...repeat), undefined, '0', Math.max(...repeat) === 0);
}

function reportBundleSizes(): void {
  for (const s of bundleSizes().filter((s) => s.file.endsWith('.js'))) {
    const content = s.file === CONTENT_SCRIPT_FILE;
    emit({
      area: 'bundle (gzip)',
      metric: s.file,
      value: s.gzip / 1024,
      unit: 'KB',
      ...(content ? { target: `≤ ${CONTENT_SCRIPT_BUDGET / 1024} KB`, met: s.gzip <= CONTENT_SCRIPT_BUDGET } : {}),
    });
  }
}

async function main(): Promise<void> {
  reportBundleSizes();
  const api = await startServer({ port: 0, memory: true, log: false });
  const proxy = await startCountingProxy(api.url);
  const styles = PORTAL_STYLES ? loadPortalStyles(PORTAL_STYLES) : undefined;
  if (styles) note(`each page links the portal's ${styles.paths.join(', ')} from ${PORTAL_STYLES}`);
  const fixtures = await startFixtureServer({ styles });
  const baseline = await launchChromium({ fixturePort: fixtures.port, extension: false });
  const builds: Build[] = [{ suffix: '', launched: await launchChromium({ fixturePort: fixtures.port }) }];
  if (BEFORE_DIR) {
    note(`comparing with the build in ${BEFORE_DIR} (rows marked "before")`);
    builds.push({ suffix: ' (before)', launched: await launchChromium({ fixturePort: fixtures.port, extensionDir: BEFORE_DIR }) });
  }
  try {
    // Seeded data as a user sees it, then the worst case: a badge on every article.
    for (const [i, mode] of MODES_RUN.entries()) {
      for (const { launched } of builds) await configureExtension(launched, { apiBaseUrl: proxy.url, showAll: mode === 'every' });
      await runMode(MODES[mode], builds, baseline, proxy, i === 0, mode === 'seeded');
    }
  } finally {
    for (const { launched } of builds) await launched.context.close();
    await baseline.context.close();
    await fixtures.close();
    await proxy.close();
    await api.close();
  }
}

await main();
