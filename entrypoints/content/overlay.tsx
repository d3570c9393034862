// Mounts the overlay: one badge per article that has something to show, a summary at the top of
// the law and one dialog panel. Everything lives in shadow roots; the law text is never changed.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../../components/overlay.css?inline';
import { Badge } from '../../components/Badge';
import { ArticlePanel } from '../../components/ArticlePanel';
import { ReportFrame } from '../../components/ReportFrame';
import { browser } from 'wxt/browser';
import { RegulationSummary } from '../../components/RegulationSummary';
import { translator } from '../../utils/i18n';
import type { Catalog } from '../../utils/i18n/catalog';
import type { AnchorMatch } from '../../components/SignalCard';
import { ask } from '../../utils/extension/send';
import { articleBodyRange, selectedQuote } from './selection';
import type { ArticleFindings, RegulationLookup } from '../../utils/extension/messages';
import type { Settings } from '../../utils/extension/settings';
import { buildArticleViews, hasAnything, type ArticleView } from '../../utils/overlay/model';
import type { ArticleOnPage, RegulationIdentity } from '../../utils/recognition/types';
import type { Quote } from '../../utils/contract/identity';
import { articleBodyText } from '../../utils/recognition/recognise';

export const HOST_NAMES = ['wetsignaal-badge', 'wetsignaal-summary', 'wetsignaal-panel'] as const;
/** Badges inserted per task: each insertion batch costs one relayout of the (large) page. */
const BATCH = 200;
const ANALYSE_BATCH = 200;

export interface OverlayOptions {
  regulation: RegulationIdentity;
  settings: Settings;
  lookup: RegulationLookup;
  catalog: Catalog;
}

/** Where the quoted sentences of this article's reports are in its current text. */
async function anchorQuotes(view: ArticleView, text: string): Promise<Map<string, AnchorMatch>> {
  const quotes = view.signals.flatMap((signal) => {
    const quote = signal.targets.find((t) => t.label === view.article.label)?.quote;
    return quote ? [{ id: signal.id, quote }] : [];
  });
  if (quotes.length === 0) return new Map();
  const found = await ask({ type: 'reanchor', text, quotes });
  return new Map(found.map((f) => [f.id, f.match]));
}

/** Lets the page paint and handle input between batches, so no task runs long. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function addPrintRule(): void {
  if (document.getElementById('wetsignaal-print')) return;
  const style = document.createElement('style');
  style.id = 'wetsignaal-print';
  style.textContent = `@media print { ${HOST_NAMES.join(', ')} { display: none !important; } }`;
  (document.head ?? document.documentElement).append(style);
}

export function createOverlay(ctx: ContentScriptContext, { regulation, settings, lookup, catalog }: OverlayOptions) {
  const data = lookup.state === 'ok' ? lookup.data : null;
  const offline = lookup.state === 'ok' && lookup.offline;
  const error = lookup.state === 'error' ? { code: lookup.code, status: lookup.status } : null;
  const language = settings.language;
  const t = translator(catalog.messages);
  const labels = catalog.labels;
  const views: ArticleView[] = [];
  const handled = new WeakSet<Element>();
  const anchors = new Map<string, string>();
  let summary: ShadowRootContentScriptUi<void> | null = null;
  let panel: ShadowRootContentScriptUi<void> | null = null;
  /** Re-render functions of mounted badges, so computed findings can update them. */
  const badges = new Map<ArticleView, () => void>();

  addPrintRule();

  function renderSummary(): void {
    if (summary) {
      render(
        <RegulationSummary bwbId={regulation.bwbId} data={data} views={views} offline={offline} error={error} language={language} labels={labels} t={t} />,
        summary.uiContainer,
      );
    }
  }

  async function mountSummary(first: ArticleOnPage): Promise<void> {
    const heading = document.querySelector('#regeling > h1, .fragment-header h1');
    summary = await createShadowRootUi<void>(ctx, {
      name: 'wetsignaal-summary',
      position: 'inline',
      // Inside the title, after its text: inline, so the law below does not move.
      anchor: heading ?? first.element,
      append: heading ? 'last' : 'before',
      css,
      onMount: (_container, _shadow, host) => {
        host.dataset.wsKind = 'summary';
      },
    });
    summary.mount();
  }

  async function openPanel(view: ArticleView, opener: HTMLElement): Promise<void> {
    panel ??= await createShadowRootUi<void>(ctx, {
      name: 'wetsignaal-panel',
      position: 'inline',
      anchor: document.body,
      append: 'last',
      css,
      isolateEvents: true,
      onMount: () => undefined,
    });
    if (!panel.shadowHost.isConnected) panel.mount();
    const container = panel.uiContainer;
    const quote = await selectedQuote(view.article);
    const anchoring = await anchorQuotes(view, articleBodyRange(view.article).toString());
    const close = () => {
      render(null, container);
      opener.focus();
    };
    render(
      <ArticlePanel
        view={view}
        regulation={regulation}
        data={data}
        anchors={anchors}
        quote={quote}
        anchoring={anchoring}
        reportForm={(chosen, closeForm) => (
          <ReportFrame src={reportFrameUrl(view, chosen)} title={t('formTitle', { label: view.article.label })} onClose={closeForm} onEscape={close} />
        )}
        language={language}
        labels={labels}
        t={t}
        onClose={close}
      />,
      container,
    );
  }

  function reportFrameUrl(view: ArticleView, quote: Quote | null): string {
    const { label, path, jci, textHash } = view.article;
    const input = {
      language,
      regulation: { bwbId: regulation.bwbId, title: regulation.title, versionDate: regulation.versionDate },
      article: { label, path, jci, textHash },
      quote,
    };
    return `${browser.runtime.getURL('/report.html')}#${encodeURIComponent(JSON.stringify(input))}`;
  }

  /** Prepares a badge (no DOM change yet), so many can be inserted in one go. */
  function createBadge(view: ArticleView) {
    const heading = view.article.headingElement;
    return createShadowRootUi<void>(ctx, {
      name: 'wetsignaal-badge',
      position: 'inline',
      // Inside the heading, after its text: inline, so the law text below does not move.
      anchor: heading ?? view.article.element,
      append: heading ? 'last' : 'first',
      css,
      onMount: (container, _shadow, host) => {
        host.dataset.wsKind = 'badge';
        host.dataset.wsLabel = view.article.label;
        const draw = () => render(<Badge view={view} t={t} onOpen={(opener) => void openPanel(view, opener)} />, container);
        badges.set(view, draw);
        draw();
      },
      onRemove: () => undefined,
    });
  }

  async function mountBadges(list: ArticleView[]): Promise<void> {
    for (let i = 0; i < list.length; i += BATCH) {
      const uis = await Promise.all(list.slice(i, i + BATCH).map(createBadge));
      for (const ui of uis) ui.mount();
      await yieldToPage();
    }
  }

  return {
    /** Adds articles (first the whole page, later what appears); each article is handled once. */
    async add(articles: ArticleOnPage[]): Promise<void> {
      const fresh = articles.filter((a) => !handled.has(a.element));
      if (fresh.length === 0) return;
      for (const a of fresh) {
        handled.add(a.element);
        if (a.anchorId) anchors.set(a.label, a.anchorId);
      }
      const added = buildArticleViews(fresh, data);
      views.push(...added);
      // A law nobody reported on gets no summary: nothing to show, nothing to shift.
      const worthSaying = data !== null || error !== null;
      if (!summary && worthSaying && fresh[0]) await mountSummary(fresh[0]);
      renderSummary();
      await mountBadges(added.filter((v) => settings.showAll || hasAnything(v)));
    },
    /**
     * Has the law text itself read for clauses and Awb hooks (in the background, off the page's main
     * thread). Texts are collected a batch per idle period; curated data keeps priority in the panel.
     */
    analyseInIdleTime(): void {
      let next = 0;
      const apply = (findings: ArticleFindings[], batch: ArticleView[]) => {
        const added: ArticleView[] = [];
        findings.forEach(({ clause, hooks }, i) => {
          const view = batch[i]!;
          const hadSomething = hasAnything(view);
          view.computed = { clause, hooks };
          const redraw = badges.get(view);
          if (redraw) redraw();
          else if (!hadSomething && hasAnything(view)) added.push(view);
        });
        void mountBadges(added);
      };
      const step = (deadline: IdleDeadline) => {
        const batch: ArticleView[] = [];
        while (next < views.length && batch.length < ANALYSE_BATCH && deadline.timeRemaining() > 2) batch.push(views[next++]!);
        const articles = batch.map((v) => ({ label: v.article.label, text: articleBodyText(v.article.element) }));
        if (batch.length > 0) {
          void ask({ type: 'analyse', bwbId: regulation.bwbId, articles }).then((findings) => apply(findings, batch));
        }
        if (next < views.length) ctx.requestIdleCallback(step, { timeout: 2000 });
      };
      ctx.requestIdleCallback(step, { timeout: 2000 });
    },
    signalCount(): number {
      return data?.signals.length ?? 0;
    },
  };
}
