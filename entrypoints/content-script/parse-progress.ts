// Where the parser is: the content script starts before the page is parsed (document_start).
import type { PageContext } from '../../utils/extension/page-context';

/** Resolves once the parser is done with the document (at once when it already is). */
export function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Resolves at the start of the first frame at which `ready()` holds, before that frame's style and layout, so
 * what goes in then is laid out in it; or once the document is parsed (at once when it already is). While the
 * parser adds to the page, its frames run anyway. A mutation observer, which told the end of each parser task
 * instead, handed over a record for each node the parser had added: 5,000–10,000 on a 2 MB law, about 0.7 µs
 * each (3–7 ms a page, traced in Chromium).
 */
export function atFrameWhen(ctx: PageContext, ready: () => boolean): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (document.readyState !== 'loading' || ready()) resolve();
      else ctx.requestAnimationFrame(check);
    };
    ctx.requestAnimationFrame(check);
    // A tab in the background renders no frames: its page is shown once parsed.
    ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true });
  });
}
