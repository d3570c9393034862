// Where the parser is: the content script starts before the page is parsed (document_start).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Resolves once the parser is done with the document (at once when it already is). */
export function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Resolves at the end of the first parser task after which `ready()` holds, or once the document is parsed
 * (at once when it already is). A mutation observer's callback runs at the end of the task that added the
 * nodes, before the page's next frame; the observer records only until then.
 */
export function afterParserTask(ctx: ContentScriptContext, ready: () => boolean): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (ready()) done();
    });
    observer.observe(document, { childList: true, subtree: true });
    ctx.addEventListener(document, 'DOMContentLoaded', done, { once: true });
    ctx.onInvalidated(() => observer.disconnect());
  });
}
