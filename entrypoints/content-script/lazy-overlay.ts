// Starts the overlay without loading it where there is nothing to show. The overlay script
// (entrypoints/overlay) is loaded at once when the API knows articles of the law or "toon alles" is on;
// otherwise only when an article that holds a hardheidsclausule comes near the viewport. Where the API
// knows the law only as a whole, or nothing, or the lookup failed, the content script has put the summary
// line in while the page was parsed; where it could not (no version in the URL, a regulation without
// articles), the much smaller summary script shows it. Watching the viewport and finding those articles
// stay here: on most law pages they are all a visit runs.
import type { PageContext } from '../../utils/extension/page-context';
import type { ArticleFindings, RegulationLookup } from '../../utils/extension/messages';
import type { Settings } from '../../utils/extension/settings';
import type { Catalog } from '../../utils/i18n/catalog';
import type { ArticleIndex } from '../../utils/recognition/recognise';
import type { OverlayScript, SummaryScript } from '../../utils/overlay/overlay-script';
import type { Overlay } from '../overlay/overlay';
import type { LawSummaryRequest } from '../../utils/overlay/law-summary';
import { findContainers, ignoredRegions, validSelectors, type LawPage } from '../../utils/recognition/page';
import { loadPageScript } from '../../utils/overlay/load-page-script';
import { isPrivateLaw } from '../../utils/analysis/law-kinds';
import { mayHoldClause } from '../../utils/analysis/clause-stems';
import { articleBodyText } from '../../utils/recognition/text';
import { ask } from '../../utils/extension/send';
import { observeNearView } from './near-view';
import { lineWithoutArticles } from '../../utils/overlay/line-texts';
import type { LawClause } from '../../utils/overlay/law-clauses';
import type { FirstArticles } from './first-articles';

export interface LoadedOverlay {
  script: OverlayScript;
  /** The page's articles; the overlay and the popup's count share it. */
  index: ArticleIndex;
}

/** Loads the overlay script once, and indexes the articles once per reading of the page. */
export function overlayLoader(): (page: LawPage) => Promise<LoadedOverlay> {
  let last: { page: LawPage; loaded: Promise<LoadedOverlay> } | undefined;
  return (page) => {
    if (last?.page !== page) {
      const loaded = loadPageScript('overlay').then((script) => ({ script, index: script.indexArticles(page) }));
      last = { page, loaded };
      // The extension was reloaded or the script could not load: a later need tries again.
      loaded.catch(() => {
        if (last?.loaded === loaded) last = undefined;
      });
    }
    return last.loaded;
  };
}

export interface LazyOverlayOptions {
  page: LawPage;
  settings: Settings;
  lookup: RegulationLookup;
  /** The UI texts, when they came with the page setup. */
  catalog: Catalog | null;
  load: (page: LawPage) => Promise<LoadedOverlay>;
  loadSummary: () => Promise<SummaryScript>;
  /** The summary line is on the page already: put in while the page was parsed (early-summary.ts). */
  summaryOnPage?: boolean;
  /** The law's own general clauses, read from the whole page (law-clauses.ts); null where none can apply. */
  lawClauses?: LawClause[] | null;
  /** With a badge on every article: the first articles, analysed while the page was parsed, get theirs at once. */
  firstArticles?: FirstArticles | null;
}

export interface StartedOverlay {
  /** Content was added to the page: its articles are watched, and shown at once when the overlay is there. */
  add(roots: Element[]): void;
  /** The reader asked to report (context menu, popup): loads the overlay if needed and opens the form. */
  report(at: 'selection' | 'top'): Promise<boolean>;
  /** Focus or the pointer came to `target` inside the law: its article gets a report button (the overlay is loaded for it). */
  offer(target: Element, by: 'keyboard' | 'pointer'): void;
}

/**
 * A summary without badges at load: the API knows nothing about the law's articles (it knows the law only as
 * a whole, or nothing at all, or could not be asked); and always on a regulation without articles, where the
 * summary is the one place to read and report on its whole text.
 */
function summaryAlone({ page, settings, lookup }: Pick<LazyOverlayOptions, 'page' | 'settings' | 'lookup'>): boolean {
  return page.wholeText !== null || summaryWithoutBadges(settings, lookup);
}

/** On a page with articles: no badge shows at load, so the summary line is the one thing shown. */
export function summaryWithoutBadges(settings: Settings, lookup: RegulationLookup): boolean {
  return !settings.showAll && lineWithoutArticles(lookup);
}

function summaryRequest(page: LawPage, { settings, lookup, catalog, lawClauses }: LazyOverlayOptions, report: () => void): LawSummaryRequest {
  const ignored = ignoredRegions(document, page.context.config);
  return {
    bwbId: page.regulation.bwbId,
    lookup,
    lawClauses,
    language: settings.language,
    catalog,
    // A regulation without articles offers its form in the details; a law with articles on the line.
    ...(page.containers.length > 0 ? { report } : {}),
    // On a page without a title the summary goes before the first article, outside the table of contents.
    firstArticle: () =>
      page.wholeText ?? (Array.prototype.find.call(page.containers, (el: Element) => el.closest(ignored) === null) as Element | undefined),
    ...(page.wholeText ? { wholeText: { regulation: page.regulation, element: page.wholeText } } : {}),
  };
}

function prefetchedFindings(first: FirstArticles | null | undefined): ReadonlyMap<Element, ArticleFindings> {
  return new Map(first?.elements.map((el, i) => [el, first.findings[i]!]));
}

export async function startOverlay(ctx: PageContext, options: LazyOverlayOptions): Promise<StartedOverlay> {
  const { page, settings, lookup, catalog, load, loadSummary } = options;
  const summaryShown = options.summaryOnPage || summaryAlone(options);
  let overlay: Promise<Overlay> | undefined;
  const open = (): Promise<Overlay> => {
    if (!overlay) {
      const opening = load(page).then(async ({ script, index }) => {
        const made = script.createOverlay(ctx, {
          regulation: page.regulation,
          settings,
          lookup,
          index,
          context: page.context,
          catalog,
          summary: !summaryShown,
          lawClauses: options.lawClauses ?? null,
          prefetched: prefetchedFindings(options.firstArticles),
        });
        await made.start();
        return made;
      });
      opening.catch(() => {
        if (overlay === opening) overlay = undefined; // the page keeps what it has; a later need tries again
      });
      overlay = opening;
    }
    return overlay;
  };
  const reportAtTop = () => open().then((o) => o.report('top'), () => false);
  // In private law "bijzondere omstandigheden" weighs between parties: no clause to look for.
  const clausesPossible = !isPrivateLaw(page.regulation.bwbId);
  const showNear = (elements: Element[], mayShowClause: ReadonlySet<Element> | null) =>
    open().then(
      (o) => o.near(elements, mayShowClause),
      () => undefined,
    );
  const nearView = observeNearView(ctx, (elements) => {
    // With "toon alles" every near article gets a badge; otherwise only a clause adds one where the API
    // has nothing, and most texts cannot hold one (the stems tell at a glance).
    if (settings.showAll) return void showNear(elements, null);
    const candidates = clausesPossible ? elements.filter((el) => mayHoldClause(el.textContent ?? '')) : [];
    if (overlay) return void showNear(elements, new Set(candidates));
    if (candidates.length === 0) return;
    // Common words among the stems ("omstandigheden") make many candidates: the background says which
    // texts hold a clause before the overlay is loaded for them.
    ask({ type: 'find-clauses', bwbId: page.regulation.bwbId, texts: candidates.map((el) => articleBodyText(el)) }).then(
      (found) => {
        const clauses = candidates.filter((_, i) => found[i]);
        if (clauses.length > 0) void showNear(elements, new Set(clauses));
      },
      () => undefined, // the extension was reloaded: nothing new is shown
    );
  });
  if (summaryShown) {
    // The extension was reloaded or the script could not load: the page keeps what it has.
    if (!options.summaryOnPage) {
      await loadSummary()
        .then((script) => script.showLawSummary(ctx, summaryRequest(page, options, () => void reportAtTop())))
        .catch(() => undefined);
    }
  } else if (lookup.state !== 'none' || settings.showAll) await open().catch(() => undefined);
  // Before the near-view's first report, which comes only after the page's next layout.
  if (options.firstArticles) void showNear(options.firstArticles.elements, null);
  nearView.observeAll(page.containers);
  const extraArticles = validSelectors(document, page.context.config?.articleSelectors);
  return {
    report: (at) => (at === 'top' ? reportAtTop() : open().then((o) => o.report(at))),
    offer(target, by) {
      open().then(
        (o) => o.offer(target, by),
        () => undefined,
      );
    },
    add(roots) {
      for (const root of roots) {
        const { containers } = findContainers(root, extraArticles);
        for (let i = 0; i < containers.length; i++) nearView.observe(containers[i]!);
      }
      void overlay?.then(
        (o) => o.add(roots),
        () => undefined,
      );
    },
  };
}
