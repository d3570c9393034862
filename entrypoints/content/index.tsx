// Runs on wetten.overheid.nl: recognise the law, ask the background for what is known, and show it
// beside the text without touching the text itself. Articles are recognised as they are needed.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { classifyUrl } from '../../utils/recognition/url';
import { indexPage, recogniseWithin, type IndexedPage } from '../../utils/recognition/recognise';
import { ask } from '../../utils/extension/send';
import type { TabReport } from '../../utils/extension/messages';
import { createOverlay } from './overlay';
import { watchForNewArticles } from './watch';

/** The tab report with every article counted: asked for when the popup opens, not at every visit. */
function countedReport(base: TabReport, { regulation, index }: IndexedPage): TabReport {
  const { articles, health } = index.all();
  return {
    ...base,
    recognised: articles.length > 0,
    bwbId: regulation.bwbId,
    title: regulation.title,
    versionDate: regulation.versionDate,
    articleCount: articles.length,
    problem: health.problem,
    strategies: health.byStrategy,
  };
}

/** Answers the background's "describe-page" (sent when the popup opens) with the counted report. */
function answerDescribe(ctx: ContentScriptContext, describe: () => TabReport): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'describe-page') return false;
    sendResponse(describe());
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

export default defineContentScript({
  matches: ['https://wetten.overheid.nl/*'],
  cssInjectionMode: 'manual',
  // WXT's "script started" postMessage to the page (kept for its older versions) took about 2.6 ms per load and
  // told the page's own scripts our extension id; the DOM event it also sends is enough to stop an old copy.
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  async main(ctx: ContentScriptContext) {
    const url = location.href;
    const classified = classifyUrl(url);
    let report: TabReport = {
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
      await ask({ type: 'tab-report', report });
      return;
    }
    const { bwbId, versionDate } = classified;
    const setup = await ask({ type: 'page-setup', regulation: versionDate ? { bwbId, versionDate } : null });
    const page = indexPage(document, classified, setup.config ?? undefined);
    if (!page || page.index.containers.length === 0) {
      await ask({ type: 'tab-report', report: page ? countedReport(report, page) : report });
      return;
    }
    const { regulation, index, context } = page;
    answerDescribe(ctx, () => countedReport(report, page));
    // Until the popup asks, the articles are not counted and the title is not read.
    report = { ...report, recognised: true, bwbId: regulation.bwbId, versionDate: regulation.versionDate, articleCount: null };
    // Without a version date in the URL, the page's status line names the version to look up.
    const lookup = setup.lookup ?? (await ask({ type: 'get-regulation', bwbId: regulation.bwbId, versionDate: regulation.versionDate }));
    const overlay = createOverlay(ctx, { regulation, settings: setup.settings, lookup, index, catalog: setup.catalog });
    await overlay.start();
    performance.mark('wetsignaal:mounted'); // read by bench/content-script.ts
    report = { ...report, signalCount: overlay.signalCount(), offline: lookup.state === 'ok' && lookup.offline };
    await ask({ type: 'tab-report', report });
    watchForNewArticles(
      ctx,
      (roots) => roots.flatMap((root) => recogniseWithin(root, context).articles),
      (articles) => void overlay.add(articles),
    );
  },
});
