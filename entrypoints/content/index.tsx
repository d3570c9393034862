// Runs on wetten.overheid.nl: recognise the law and its articles, ask the background for what is
// known, and show it beside the text without touching the text itself.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classifyUrl } from '../../utils/recognition/url';
import { recognisePage, recogniseWithin } from '../../utils/recognition/recognise';
import { ask } from '../../utils/extension/send';
import { loadSettings } from '../../utils/extension/settings';
import type { TabReport } from '../../utils/extension/messages';
import { createOverlay } from './overlay';
import { watchForNewArticles } from './watch';

export default defineContentScript({
  matches: ['https://wetten.overheid.nl/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx: ContentScriptContext) {
    const url = location.href;
    const base: TabReport = {
      url,
      lawPage: classifyUrl(url) !== null,
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
    if (!base.lawPage) {
      await ask({ type: 'tab-report', report: base });
      return;
    }
    const config = await ask({ type: 'get-config' });
    const { page, onPage, context } = recognisePage(document, url, config ?? undefined);
    performance.mark('wetsignaal:recognised'); // read by bench/content-script.ts
    const regulation = page.regulation;
    const report: TabReport = {
      ...base,
      recognised: regulation !== null && onPage.length > 0,
      bwbId: regulation?.bwbId ?? null,
      title: regulation?.title ?? null,
      versionDate: regulation?.versionDate ?? null,
      articleCount: onPage.length,
      problem: page.health.problem,
      strategies: page.health.byStrategy,
    };
    if (!regulation || !context || onPage.length === 0) {
      await ask({ type: 'tab-report', report });
      return;
    }
    const settings = await loadSettings();
    const [lookup, catalog] = await Promise.all([
      ask({ type: 'get-regulation', bwbId: regulation.bwbId, versionDate: regulation.versionDate }),
      ask({ type: 'catalog', language: settings.language }),
    ]);
    const overlay = createOverlay(ctx, { regulation, settings, lookup, catalog });
    await overlay.add(onPage);
    performance.mark('wetsignaal:mounted');
    await ask({ type: 'tab-report', report: { ...report, signalCount: overlay.signalCount(), offline: lookup.state === 'ok' && lookup.offline } });
    watchForNewArticles(
      ctx,
      (roots) => roots.flatMap((root) => recogniseWithin(root, context).articles),
      (articles) => void overlay.add(articles),
    );
  },
});
