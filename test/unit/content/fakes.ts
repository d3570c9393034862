// Stand-ins for what the content script gets from the browser and WXT, shared by the content-script tests.
import type { PageContext } from '../../../utils/extension/page-context';

/** Stands in for the browser's IntersectionObserver: records what is observed, reports on request. */
export class FakeIntersectionObserver {
  /** Every observer made since the last `reset()`, in order. */
  static made: FakeIntersectionObserver[] = [];
  static reset(): void {
    FakeIntersectionObserver.made = [];
  }
  static get last(): FakeIntersectionObserver {
    return FakeIntersectionObserver.made.at(-1)!;
  }

  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.made.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** One frame's report: these targets are near (default: all), the other observed ones are not. */
  report(near: Element[] = [...this.observed]) {
    const entries = [...this.observed].map((target) => ({ target, isIntersecting: near.includes(target) }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

/** The parts of WXT's context the content script uses: timers and invalidation (never, in a test). */
export const fakeContext = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), onInvalidated: () => undefined } as unknown as PageContext;
