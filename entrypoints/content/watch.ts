// Folding and late content add articles after the first pass. Watch for added subtrees, batch them,
// and recognise only those; our own hosts are ignored so mounting a badge never loops back here.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleOnPage } from '../../utils/recognition/types';
import { HOST_NAMES } from './shadow-host';

const OWN = new Set<string>(HOST_NAMES);

export function watchForNewArticles(
  ctx: ContentScriptContext,
  recogniseAdded: (roots: Element[]) => ArticleOnPage[],
  onArticles: (articles: ArticleOnPage[]) => void,
): void {
  let pending: Element[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const roots = pending.filter((el) => el.isConnected);
    pending = [];
    const articles = recogniseAdded(roots);
    if (articles.length > 0) onArticles(articles);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !OWN.has(node.localName) && !node.closest(HOST_NAMES.join(','))) pending.push(node);
      }
    }
    if (pending.length > 0 && !scheduled) {
      scheduled = true;
      ctx.setTimeout(flush, 50);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
