// Runs on wetten.overheid.nl: read which law the page shows, ask the background for what is known, and
// show it beside the text without touching the text itself. On most law pages (the API knows nothing about
// the law's articles) that is the summary line, built here (early-summary.ts), the law's own clauses read at
// the end of the parse, the tab report and watching the articles near the viewport. Articles are recognised
// as they are needed, by the overlay script, which is loaded only when there is something to show
// (lazy-overlay.ts); the summary script gives the line only where it could not go in while the page was parsed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageContext, type PageContext } from '../../utils/extension/page-context';
import { browser } from 'wxt/browser';
import { classifyUrl } from '../../utils/recognition/url';
import { emptyHealth, problemOf, readPage, type LawPage } from '../../utils/recognition/page';
import { ask } from '../../utils/extension/send';
import type { RegulationVersion, ReportArticle, TabReport } from '../../utils/extension/messages';
import type { RecognitionConfig } from '../../utils/contract/api';
import { countedReport, reportWithLookup } from '../../utils/extension/tab-report';
import { loadPageScript } from '../../utils/overlay/load-page-script';
import { overlayLoader, startOverlay, summaryWithoutBadges, type LoadedOverlay, type StartedOverlay } from './lazy-overlay';
import { watchForAddedContent } from './watch';
import { removeEarlySummary, showSummaryEarly } from './early-summary';
import { parsed } from './parse-progress';
import { prefetchFirstArticles, type FirstArticles } from './first-articles';
import { readLawClauses, type LawClause } from '../../utils/overlay/law-clauses';

/** A page with article containers, or the whole text of a regulation without articles: law text to show things beside. */
function readable(page: LawPage | null): page is LawPage {
  return page !== null && (page.containers.length > 0 || page.wholeText !== null);
}

/** The page shows the version the URL names (and the page setup was asked about). */
function sameVersion(page: LawPage | null, version: RegulationVersion | null): boolean {
  return page !== null && version !== null && page.regulation.bwbId === version.bwbId && page.regulation.versionDate === version.versionDate;
}

/** The version to look up: the URL's date, else the one the page's status line names. */
function versionOf({ regulation }: LawPage): RegulationVersion {
  return { bwbId: regulation.bwbId, versionDate: regulation.versionDate };
}

/**
 * The tab report at load. A page with article containers counts as recognised; until the popup asks, the
 * articles are not counted and the title is not read. A page without them is reported whole (its problem).
 */
function reportAtLoad(base: TabReport, page: LawPage | null): TabReport {
  if (!page) return base;
  if (page.containers.length === 0) {
    const health = { ...emptyHealth(), problem: problemOf(document, 0) };
    return countedReport(base, page.regulation, { articles: [], health, wholeText: page.wholeText !== null });
  }
  return { ...base, recognised: true, bwbId: page.regulation.bwbId, versionDate: page.regulation.versionDate, articleCount: null };
}

function hasRemoteSelectors(config: RecognitionConfig | null): boolean {
  return config !== null && config.articleSelectors.length + config.titleSelectors.length + config.ignoreSelectors.length > 0;
}

/** Answers the background's "describe-page" (sent when the popup opens) with the counted report. */
function answerDescribe(ctx: PageContext, describe: () => Promise<TabReport>): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'describe-page') return false;
    void describe().then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Article headings, where the pointer brings a report button. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** How long the pointer rests on a heading before its article gets a report button. */
const POINTER_REST_MS = 300;

/**
 * Reporting on any article: the context menu and the popup ask through the background ("report-article"),
 * and keyboard focus inside the law, or the pointer on an article's heading, gives that article a report
 * button. Nothing runs for these until used.
 */
function offerReporting(ctx: PageContext, scope: Element, overlay: StartedOverlay): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const request = message as ReportArticle | null;
    if (request?.type !== 'report-article') return false;
    overlay.report(request.at).then(sendResponse, () => sendResponse(false));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  // Only keyboard focus: a click focuses too, and a reader clicking a link in the law has not asked for a button.
  let keyboard = false;
  ctx.addEventListener(document, 'keydown', () => (keyboard = true), { capture: true });
  ctx.addEventListener(document, 'pointerdown', () => (keyboard = false), { capture: true });
  ctx.addEventListener(document, 'focusin', (event) => {
    const target = event.target;
    if (keyboard && target instanceof Element && !target.localName.startsWith('wetsignaal-') && scope.contains(target)) overlay.offer(target, 'keyboard');
  });
  // Only where the reader moved the pointer to and let it rest: the law scrolling under a still pointer
  // crosses a heading every few frames (the browser sends no pointermove for that), and each button costs
  // a relayout of the whole page. Each heading is offered once.
  const pointed = new WeakSet<Element>();
  let resting: { heading: Element; timer: number } | null = null;
  ctx.addEventListener(document, 'pointermove', (event) => {
    const heading = event.target instanceof Element ? event.target.closest(HEADINGS) : null;
    if (resting?.heading === heading) return; // moved within the same heading
    if (resting) clearTimeout(resting.timer);
    resting = null;
    if (!heading || pointed.has(heading) || !scope.contains(heading)) return;
    const timer = ctx.setTimeout(() => {
      resting = null;
      if (!heading.matches(':hover')) return; // scrolled away meanwhile
      pointed.add(heading);
      overlay.offer(heading, 'pointer');
    }, POINTER_REST_MS);
    resting = { heading, timer };
  });
}

/** Resolves at the page's next frame, before its style and layout, or when idle (a tab in the background renders no frames). */
function nextFrameOrIdle(ctx: PageContext): Promise<void> {
  return new Promise((resolve) => {
    ctx.requestAnimationFrame(() => resolve());
    requestIdleCallback(() => resolve(), { timeout: 1000 });
  });
}

/** Resolves when the page's main thread is idle (at the latest after a second). */
function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
}

/**
 * Registered in the manifest by hand (wxt.config.ts: CONTENT_SCRIPT), at document start: only to ask for the page
 * setup and put the summary line in while the page is parsed (early-summary.ts); the page is read once it is
 * parsed. An unlisted script, not WXT's content script, whose runtime (its context class, a location watcher)
 * was about 3 KB of every law page's compiled code.
 */
export default defineUnlistedScript(() => void showLawPage(startPageContext(() => browser.runtime?.id != null)));

async function showLawPage(ctx: PageContext): Promise<void> {
  const url = location.href;
  const classified = classifyUrl(url);
  const base: TabReport = {
    url,
    lawPage: classified !== null,
    recognised: false,
    bwbId: null,
    title: null,
    versionDate: null,
    articleCount: 0,
    signalCount: 0,
    offline: false,
    problem: null,
    strategies: {},
  };
  if (!classified) {
    await parsed();
    await ask({ type: 'tab-report', report: base });
    return;
  }
  // The setup is asked for at once, with the lookup of the version the URL names (the usual case), so that
  // the summary line can go in while the page is parsed; the tab report follows once the page is read.
  const urlVersion = classified.versionDate !== null ? { bwbId: classified.bwbId, versionDate: classified.versionDate } : null;
  const setupAsked = ask({ type: 'page-setup', report: null, regulation: urlVersion });
  const loadSummary = () => loadPageScript('summary');
  // Where badges can show at load, the overlay script is loaded while the page is parsed: ready when the
  // parse ends, it mounts the line (and badges) in that task, before the page's next frame. With a badge on
  // every article the first articles' analysis is asked for meanwhile, without waiting for that script.
  let firstArticles: Promise<FirstArticles | null> = Promise.resolve(null);
  setupAsked.then(
    ({ settings, lookup }) => {
      if (!settings.showAll && !(lookup && !summaryWithoutBadges(settings, lookup))) return;
      loadPageScript('overlay').catch(() => undefined);
      if (settings.showAll) firstArticles = prefetchFirstArticles(ctx, classified.bwbId).catch(() => null);
    },
    () => undefined,
  );
  let reportAtTop: () => void = () => undefined;
  let lawClauses: LawClause[] | null | undefined;
  const earlyLine = showSummaryEarly(ctx, {
    bwbId: classified.bwbId,
    setup: setupAsked,
    report: () => reportAtTop(),
    lawClauses: () => lawClauses,
  }).catch(() => null);
  await parsed();
  const setup = await setupAsked;
  // Read with the built-in selectors; only remote selectors (rare) mean reading it again with the setup's config.
  let page = readPage(document, classified);
  let report = reportAtLoad(base, page);
  // In the task that ends the parse, before the page's next frame: a line already in gets its words now.
  // A version whose clauses a page read this session is not read again (the background remembers them).
  const remembered = setup.lawClauses !== undefined && sameVersion(page, urlVersion) ? setup.lawClauses : undefined;
  lawClauses = remembered ?? (readable(page) ? readLawClauses(page) : null);
  // Read now, of the version the URL names: the background remembers them with the tab report.
  const toRemember = remembered === undefined && lawClauses && sameVersion(page, urlVersion) ? lawClauses : undefined;
  const load = overlayLoader();
  // Counting needs every article recognised: the overlay script does that, loaded now if not yet.
  const counted = (current: LawPage) =>
    load(current).then(
      ({ index }: LoadedOverlay) => countedReport(report, current.regulation, index.all()),
      () => report,
    );
  // A regulation without articles was counted whole at load.
  answerDescribe(ctx, () => (readable(page) && page.containers.length > 0 ? counted(page) : Promise.resolve(report)));
  if (hasRemoteSelectors(setup.config)) {
    page = readPage(document, classified, setup.config ?? undefined);
    report = reportAtLoad(base, page);
  }
  // The early line stays where the page turned out to be a law with articles (a regulation without
  // articles gets a line that offers its whole text).
  const early = await earlyLine;
  const summaryOnPage = early !== null && readable(page) && page.containers.length > 0;
  if (early && !summaryOnPage) removeEarlySummary();
  else early?.showLawClauses(lawClauses);
  if (!readable(page)) {
    await ask({ type: 'tab-report', report });
    return;
  }
  const lookup = setup.lookup ?? (await ask({ type: 'get-regulation', ...versionOf(page) }));
  report = reportWithLookup(report, lookup);
  // Not waited for: the overlay starts in this task, where what it puts in is laid out with the page's own last layout.
  ask({ type: 'tab-report', report, ...(toRemember ? { lawClauses: toRemember } : {}) }).catch(() => undefined);
  // With a badge on every article the overlay starts when the page is idle, as the browser runs a
  // document_idle script, unless the first articles' analysis is here before the page's next frame: then their
  // badges go in with it and are laid out in that frame (put in after it, they cost a layout of the whole page).
  const first = setup.settings.showAll ? await Promise.race([firstArticles, nextFrameOrIdle(ctx).then(() => null)]) : null;
  if (setup.settings.showAll && !first) await idle();
  const overlay = await startOverlay(ctx, { page, settings: setup.settings, lookup, catalog: setup.catalog, load, loadSummary, summaryOnPage, lawClauses, firstArticles: first });
  reportAtTop = () => void overlay.report('top');
  // For bench/content-script.ts: a trace event only. A performance mark would sit in the page's own
  // timeline, where its scripts could read that the extension is installed.
  console.timeStamp('wetsignaal:mounted');
  watchForAddedContent(ctx, (roots) => overlay.add(roots));
  offerReporting(ctx, page.scope, overlay);
}
