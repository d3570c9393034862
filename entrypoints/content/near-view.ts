// Calls back once per element when it comes within a few screens of the viewport (or is there at
// load), so per-article work follows the reader instead of costing the whole law up front.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How far outside the viewport an article counts as near: two screens above and below. */
const MARGIN = '200% 0px';

export function observeNearView(ctx: ContentScriptContext, onNear: (elements: Element[]) => void): { observe(el: Element): void } {
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target);
      for (const el of near) observer.unobserve(el);
      if (near.length > 0) onNear(near);
    },
    { rootMargin: MARGIN },
  );
  ctx.onInvalidated(() => observer.disconnect());
  return { observe: (el) => observer.observe(el) };
}
