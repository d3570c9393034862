// Calls back with the elements that came within a few screens of the viewport (or were there at load),
// so per-article work follows the reader instead of costing the whole law up front.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How far outside the viewport an article counts as near: two screens above and below. */
const MARGIN = '200% 0px';

export function observeNearView(ctx: ContentScriptContext, onNear: (elements: Element[]) => void): { observe(el: Element): void } {
  let near: Element[] = [];
  // Observer callbacks run inside the rendering of a frame, which on a 2 MB page is already near the
  // long-task limit; the work is done in a task of its own right after.
  const flush = () => {
    const batch = near;
    near = [];
    onNear(batch);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const first = near.length === 0;
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        near.push(entry.target);
      }
      if (first && near.length > 0) ctx.setTimeout(flush, 0);
    },
    { rootMargin: MARGIN },
  );
  ctx.onInvalidated(() => observer.disconnect());
  return { observe: (el) => observer.observe(el) };
}
