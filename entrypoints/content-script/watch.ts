// Folding and late content add articles after the first pass. Watch for added subtrees and report them in
// batches; our own hosts are ignored so mounting a badge never loops back here.
import type { PageContext } from '../../utils/extension/page-context';
import { HOST_NAMES } from '../../utils/overlay/host-names';

const OWN = new Set<string>(HOST_NAMES);

export function watchForAddedContent(ctx: PageContext, onAdded: (roots: Element[]) => void): void {
  let pending: Element[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const roots = pending.filter((el) => el.isConnected);
    pending = [];
    if (roots.length > 0) onAdded(roots);
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
