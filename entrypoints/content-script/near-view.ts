// Calls back with the elements that came within a few screens of the viewport (or were there at load),
// so per-article work follows the reader instead of costing the whole law up front.
import type { PageContext } from '../../utils/extension/page-context';

/** How far outside the viewport an article counts as near: two screens above and below. */
const MARGIN = '200% 0px';
/** Consecutive articles watched as one group (through their common ancestor) until the group comes near. */
const GROUP = 16;

export interface NearView {
  observe(el: Element): void;
  /**
   * Elements in document order, observed group by group: each group's common ancestor holds all of its
   * elements, so it comes near as soon as any of them does; only then are they observed one by one.
   * A thousand articles cost a law page some sixty observed elements, at load and in every frame.
   */
  observeAll(list: ArrayLike<Element>): void;
}

export function observeNearView(ctx: PageContext, onNear: (elements: Element[]) => void): NearView {
  let near: Element[] = [];
  /** Group ancestors → the groups they hold, as [first, last] positions in their list. */
  const groups = new Map<Element, Array<{ list: ArrayLike<Element>; first: number; last: number }>>();
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
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) continue;
        observer.unobserve(target);
        const held = groups.get(target);
        if (!held) {
          near.push(target);
          continue;
        }
        groups.delete(target);
        // The group's own elements report on the next frame (an ancestor may be one of them).
        for (const { list, first: from, last } of held) for (let i = from; i <= last; i++) observer.observe(list[i]!);
      }
      if (first && near.length > 0) ctx.setTimeout(flush, 0);
    },
    { rootMargin: MARGIN },
  );
  ctx.onInvalidated(() => observer.disconnect());
  return {
    observe: (el) => observer.observe(el),
    observeAll(list) {
      for (let from = 0; from < list.length; from += GROUP) {
        const last = Math.min(from + GROUP, list.length) - 1;
        const end = list[last]!;
        let ancestor: Element | null = list[from]!;
        while (ancestor && !ancestor.contains(end)) ancestor = ancestor.parentElement;
        if (!ancestor) continue; // not in one document: nothing to observe
        const held = groups.get(ancestor);
        if (held) held.push({ list, first: from, last });
        else {
          groups.set(ancestor, [{ list, first: from, last }]);
          observer.observe(ancestor);
        }
      }
    },
  };
}
