// Mounts the overlay: one badge per article that has something to show, a summary at the top of
// the law and one dialog panel. Everything lives in shadow roots; the law text is never changed.
// Work that only matters where the reader looks (reading an article's text for clauses and hooks,
// "toon alles" badges) is done as the content script reports articles near the viewport (`near`),
// not for the whole law at load.
import type { PageContext } from '../../utils/extension/page-context';
import { browser } from 'wxt/browser';
import { createBadge } from '../../components/badge';
import { createReportButton } from '../../components/report-button';
import type { SummaryLine } from '../../components/summary-line';
import type { Translate } from '../../utils/i18n';
import type { Catalog } from '../../utils/i18n/catalog';
import { ask } from '../../utils/extension/send';
import type { ArticleFindings, RegulationLookup, RigidView } from '../../utils/extension/messages';
import type { Settings } from '../../utils/extension/settings';
import { buildArticleViews, hasAnything, holdsGeneralClause, namedCover, summaryFigures, type ArticleView } from '../../utils/overlay/model';
import type { ArticleOnPage, RegulationIdentity } from '../../utils/recognition/types';
import { recogniseWithin, type ArticleIndex } from '../../utils/recognition/recognise';
import { articleBodyText } from '../../utils/recognition/text';
import type { LawClause } from '../../utils/overlay/law-clauses';
import type { RecognitionContext } from '../../utils/recognition/page';
import { loadPageScript } from '../../utils/overlay/load-page-script';
import { knownAboutLaw, mountSummary } from '../../utils/overlay/law-summary';
import { pageHosts } from '../../utils/overlay/page-hosts';
import overlayCss from '../../components/overlay.css?inline';
import type { ShadowHost } from '../../utils/overlay/shadow-host';
import { uiTexts } from '../../utils/overlay/ui-texts';

/**
 * Badges inserted per frame. Any insertion into a 2–3 MB page costs a relayout and pre-paint of 25–40 ms
 * however small it is, plus a little per badge: the articles near the viewport at load (up to a group of
 * the near-view, near-view.ts) go in together, in one frame; a fast scroll's many, a batch per frame.
 */
const BATCH = 16;

export interface OverlayOptions {
  regulation: RegulationIdentity;
  settings: Settings;
  lookup: RegulationLookup;
  /** The page's articles, recognised as the overlay needs them. */
  index: ArticleIndex;
  /** For articles added to the page later. */
  context: RecognitionContext;
  /** The UI texts, when they came with the page setup. */
  catalog: Catalog | null;
  /** Whether the overlay shows the law's summary: not where the summary script showed it (law-summary.ts). */
  summary: boolean;
  /** The law's own general clauses read from the whole page at load; null where none can apply. */
  lawClauses: LawClause[] | null;
  /** Analysis the content script already has (the first articles, with a badge on every article). */
  prefetched?: ReadonlyMap<Element, ArticleFindings>;
}

/** A copy of what is selected now: the click's moment decides, the quote is made once the UI script is there. */
function selectedRange(): Range | null {
  const selection = document.getSelection();
  return selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
}

/**
 * Waits about a frame (and lets the page handle input), so batches rarely share one relayout. A timer, not
 * requestAnimationFrame: a callback inside the frame would make the page's whole frame wait on our script.
 */
const FRAME_MS = 20;
const afterAFrame = () => new Promise<void>((resolve) => setTimeout(resolve, FRAME_MS));
/** How long the summary waits for the first "toon alles" badges to share their relayout. */
const SUMMARY_WAIT_MS = 1000;

export interface Overlay {
  /** Shows what is known at load; resolves once it is on the page. */
  start(): Promise<void>;
  /**
   * Articles came near the viewport. `mayShowClause`: those of them whose text may hold a hardheidsclausule
   * (the content script checked), or null with "toon alles", where every near article gets a badge.
   */
  near(elements: Element[], mayShowClause: ReadonlySet<Element> | null): void;
  /** Content was added to the page (folded parts opened, late content): shows what is known about its articles. */
  add(roots: Element[]): Promise<void>;
  /**
   * Opens the report form for the article holding the selected sentence (with it as the quote), or the one
   * nearest the top of the viewport. False when there is no such article.
   */
  report(at: 'selection' | 'top'): Promise<boolean>;
  /**
   * The reader reached something inside the law by keyboard, or pointed at an article's heading: the article
   * it is in gets a report button, and by keyboard the next one too (so tabbing on meets it before that
   * article's own links). Made on demand, for those articles only.
   */
  offer(target: Element, by: 'keyboard' | 'pointer'): Promise<void>;
}

export function createOverlay(ctx: PageContext, { regulation, settings, lookup, index, context, catalog, summary, lawClauses, prefetched }: OverlayOptions): Overlay {
  const known = knownAboutLaw(lookup);
  const { data } = known;
  const language = settings.language;
  const loadTexts = uiTexts(catalog, language);
  let summaryLine: SummaryLine | null = null;
  let panel: ShadowHost | null = null;
  const hosts = pageHosts(ctx, [overlayCss]);
  /** Re-render functions of mounted badges, so computed findings can update them. */
  const badges = new Map<ArticleView, () => void>();
  /** One view per article container: badge, analysis and panel share it. */
  const viewOf = new Map<Element, ArticleView>();
  /** Analysis asked for, per article: each is read and sent once; the panel waits for it. */
  const analyses = new Map<ArticleView, Promise<void>>();

  /** Views for articles not seen before, joined with what the API knows about them. */
  function track(articles: ArticleOnPage[]): ArticleView[] {
    const added = buildArticleViews(articles.filter((a) => !viewOf.has(a.element)), data);
    for (const view of added) viewOf.set(view.article.element, view);
    return added;
  }

  /** Anchor ids of the recognised articles, by label; first recognises those a panel or the summary may link to (where its clause sits). */
  function anchorsFor(view: ArticleView | null): Map<string, string> {
    const known = new Set([...viewOf.values()].map((v) => v.article.label));
    const wanted = [view?.curated?.clause, data?.clause]
      .filter((c) => c?.clauseLabel && (c.clauseBwbId ?? regulation.bwbId) === regulation.bwbId && !known.has(c.clauseLabel))
      .map((c) => c!.clauseLabel!);
    if (wanted.length > 0) track(index.withLabels(wanted));
    return new Map([...viewOf.values()].flatMap(({ article }) => (article.anchorId ? [[article.label, article.anchorId] as const] : [])));
  }

  async function openPanel(view: ArticleView, opener: HTMLElement, reporting = false): Promise<void> {
    const selected = selectedRange();
    const anchors = anchorsFor(view);
    const [ui, { t, labels }, rigid] = await Promise.all([loadPageScript('overlay-ui'), loadTexts(), rigidOf(view), analyse([view])]);
    panel ??= hosts.create('wetsignaal-panel', { css: [ui.panelCss], isolateKeys: true });
    if (!panel.host.isConnected) document.body.append(panel.host);
    await ui.openPanel(panel.container, {
      view,
      regulation,
      data,
      anchors,
      rigid,
      selected,
      reportPage: browser.runtime.getURL('/report.html'),
      reporting,
      language,
      labels,
      t,
      onClose: () => opener.focus(),
    });
  }

  /**
   * The article's rigid provisions, read by the background when its panel opens (never for every article near
   * the viewport), with the law's general clauses the page has shown so far and the clause the API names.
   */
  function rigidOf(view: ArticleView): Promise<RigidView[]> {
    const read = ({ article }: ArticleView) => ({ label: article.label, text: articleBodyText(article.element) });
    // The law's general clauses read from the whole page at load, and any an analysis found since.
    const fromPage = (lawClauses ?? []).filter((c) => c.label !== view.article.label).map(({ label, text }) => ({ label, text }));
    const seen = new Set(fromPage.map((c) => c.label));
    const clauses = [...fromPage, ...[...viewOf.values()].filter((v) => v !== view && holdsGeneralClause(v) && !seen.has(v.article.label)).map(read)];
    const named = namedCover(view, data, regulation.bwbId);
    // Without the background the panel still opens, without the section.
    return ask({ type: 'rigid', bwbId: regulation.bwbId, title: regulation.title, article: read(view), clauses, named }).then(
      (found) => (Array.isArray(found) ? found : []),
      () => [],
    );
  }

  /** Renders the badge into a detached host, then inserts it: one insertion per badge, after the heading text. */
  function mountBadge(view: ArticleView, t: Translate): void {
    if (badges.has(view)) return; // "toon alles" and a finished analysis may both ask for it
    const made = hosts.create('wetsignaal-badge');
    const { host, container } = made;
    host.dataset.wsLabel = view.article.label;
    // The extension was reloaded or the UI could not load: the badge stays, and a later click tries again.
    const open = (opener: HTMLElement) => void openPanel(view, opener).catch(() => undefined);
    badges.set(view, createBadge(container, view, { t, onOpen: open }).update);
    // Inside the heading, after its text: inline, so the law text below does not move.
    const heading = view.article.headingElement;
    if (heading) heading.append(host);
    else view.article.element.prepend(host);
    hosts.fit(made);
  }

  /**
   * With "toon alles" on a law without data, the summary waits for the first badges (the articles near the
   * viewport, once read): inserted in the same task, the two cost the page one relayout instead of two.
   */
  let summaryWaiting: (() => void) | null = null;
  const showWaitingSummary = () => {
    const mount = summaryWaiting;
    summaryWaiting = null;
    mount?.();
  };

  async function mountBadges(list: ArticleView[]): Promise<void> {
    if (list.length === 0) return;
    const { t } = await loadTexts();
    showWaitingSummary();
    for (let i = 0; i < list.length; i += BATCH) {
      if (i > 0) await afterAFrame();
      for (const view of list.slice(i, i + BATCH)) mountBadge(view, t);
    }
  }

  /** Has the background read these articles for clauses and Awb hooks; curated data keeps priority in the panel. */
  function analyse(list: ArticleView[]): Promise<void> {
    const fresh = list.filter((v) => !analyses.has(v));
    if (fresh.length > 0) {
      // Already analysed: applied in this task, so their badges go in before the page's next layout.
      const known = fresh.map((v) => prefetched?.get(v.article.element));
      const findings = known.every((f) => f !== undefined)
        ? Promise.resolve(known as ArticleFindings[])
        : ask({ type: 'analyse', bwbId: regulation.bwbId, title: regulation.title, articles: fresh.map((v) => ({ label: v.article.label, text: articleBodyText(v.article.element) })) });
      const done = findings.then(
        (findings) => applyFindings(findings, fresh),
        () => undefined, // the extension was reloaded or the worker is gone: the page keeps what it has
      );
      for (const v of fresh) analyses.set(v, done);
    }
    return Promise.all(list.map((v) => analyses.get(v))).then(() => undefined);
  }

  function applyFindings(findings: ArticleFindings[], batch: ArticleView[]): Promise<void> {
    const added: ArticleView[] = [];
    findings.forEach(({ clause, hooks }, i) => {
      const view = batch[i]!;
      const hadSomething = hasAnything(view);
      view.computed = { clause, hooks };
      const redraw = badges.get(view);
      if (redraw) redraw();
      // Built now, complete: marks added to a badge on the page would lay the law out again.
      else if (settings.showAll || (!hadSomething && hasAnything(view))) added.push(view);
    });
    return mountBadges(added);
  }

  /** Summary (a law with data or an API error) and the badges of articles that have something to show. */
  async function show(added: ArticleView[], firstArticle: () => Element | undefined): Promise<void> {
    const shown = added.filter(hasAnything);
    if (summary && !summaryLine && !summaryWaiting) {
      const texts = await loadTexts();
      const mount = () => {
        // start and a late add may both have waited here
        summaryLine ??= mountSummary({
          ...known,
          bwbId: regulation.bwbId,
          language,
          texts: { t: texts.t, regulationClause: texts.labels.regulationClause },
          detailsTexts: texts,
          hosts,
          firstArticle,
          anchors: () => anchorsFor(null),
          lawClauses,
          figures: summaryFigures(data, [...viewOf.values()]),
          // No "Meld een voorbeeld" on this line: where the overlay shows the summary, badges offer it, and a
          // long title's line would no longer fit a wide window.
        });
      };
      if (settings.showAll && shown.length === 0 && !summaryLine && !summaryWaiting) {
        summaryWaiting = mount;
        // Should no badge come (the analysis failed), the summary shows all the same.
        ctx.setTimeout(showWaitingSummary, SUMMARY_WAIT_MS);
      } else mount();
    } else summaryLine?.update(summaryFigures(data, [...viewOf.values()])); // mount() counted them already
    await mountBadges(shown);
  }

  /** The index of the last container that starts at or before `node` (containers are in document order). */
  function lastStartingBefore(node: Node): number {
    const list = index.containers;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const container = list[mid]!;
      if (container === node || container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }

  /** The index of the first container still (partly) below the top of the viewport; read only when asked. */
  function firstInView(): number {
    const list = index.containers;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.getBoundingClientRect().bottom > 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The view of the article in the container at `i`, recognised now if not yet. */
  function viewAt(i: number): ArticleView | null {
    const container = index.containers[i];
    if (!container) return null;
    if (!viewOf.has(container)) track(index.at(container) ? [index.at(container)!] : []);
    return viewOf.get(container) ?? null;
  }

  /** Report buttons made so far, per article (a badge opens the panel already and gets none). */
  const reportButtons = new Set<ArticleView>();

  async function mountReportButton(view: ArticleView): Promise<void> {
    if (badges.has(view) || reportButtons.has(view)) return;
    reportButtons.add(view);
    const { t } = await loadTexts();
    const made = hosts.create('wetsignaal-report');
    made.host.dataset.wsLabel = view.article.label;
    createReportButton(made.container, view.article.label, { t, onOpen: (opener) => void openPanel(view, opener, true).catch(() => undefined) });
    const heading = view.article.headingElement;
    if (heading) heading.append(made.host);
    else view.article.element.prepend(made.host);
    hosts.fit(made);
  }

  return {
    async report(at) {
      let i: number;
      if (at === 'selection') {
        const selection = document.getSelection();
        const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
        i = node ? lastStartingBefore(node) : -1;
        if (i < 0 || !index.containers[i]!.contains(node)) return false;
      } else i = firstInView();
      const view = viewAt(i);
      if (!view) return false;
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
      await openPanel(view, opener, true);
      return true;
    },
    async offer(target, by) {
      const i = lastStartingBefore(target);
      if (i < 0 || !index.containers[i]!.contains(target)) return;
      const views = by === 'keyboard' ? [viewAt(i), viewAt(i + 1)] : [viewAt(i)];
      await Promise.all(views.map((view) => view && mountReportButton(view)));
    },
    /**
     * Shows what is known at load: only the articles the API has data for are recognised now, found by
     * label; every other article when it comes near the viewport.
     */
    async start() {
      const withData = data ? track(index.withLabels(data.articles.map((a) => a.label))) : [];
      await show(withData, () => index.first()?.element);
    },
    near(elements, mayShowClause) {
      // Articles are recognised here, as the reader comes near them (those the API has data for were at
      // start). With "toon alles" each near article gets a badge, mounted once its text is read (applyFindings).
      // Otherwise only a clause adds a badge where the API has nothing, and most texts cannot hold one.
      track(elements.filter((el) => !viewOf.has(el) && (!mayShowClause || mayShowClause.has(el))).flatMap((el) => index.at(el) ?? []));
      const near = elements.flatMap((el) => viewOf.get(el) ?? []);
      // A badge shows hook and clause marks, so its article is read too.
      void analyse(mayShowClause ? near.filter((v) => badges.has(v) || mayShowClause.has(v.article.element)) : near);
    },
    async add(roots) {
      const added = track(roots.flatMap((root) => recogniseWithin(root, context).articles));
      if (added.length > 0) await show(added, () => added[0]!.article.element);
    },
  };
}
