// Near-view observation: a law's articles are watched group by group through a common ancestor, and
// one by one only once their group comes near; near articles are reported in a task after the frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeNearView } from '../../../entrypoints/content-script/near-view';
import { fakeContext as ctx, FakeIntersectionObserver as FakeObserver } from './fakes';

/** Two chapters of articles: `sections` × `perSection` containers, in document order. */
function law(sections: number, perSection: number): { chapters: Element[]; articles: Element[] } {
  document.body.innerHTML = Array.from({ length: sections }, (_, s) =>
    `<div class="hoofdstuk" id="h${s}">${Array.from({ length: perSection }, (_, a) => `<div class="artikel" id="a${s}-${a}"></div>`).join('')}</div>`,
  ).join('');
  return { chapters: [...document.querySelectorAll('.hoofdstuk')], articles: [...document.querySelectorAll('.artikel')] };
}

describe('observeNearView', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeObserver.reset();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('watches a thousand articles through a few ancestors, and each one once its group comes near', () => {
    const { chapters, articles } = law(2, 500);
    const reported: Element[][] = [];
    const near = observeNearView(ctx, (els) => reported.push(els));
    near.observeAll(articles);
    const io = FakeObserver.last;
    // Groups of 16 within one chapter share the chapter; a group across both chapters has the body.
    expect([...io.observed].sort((a, b) => a.id.localeCompare(b.id))).toEqual([document.body, ...chapters]);

    io.report([chapters[1]!]);
    expect(io.observed.has(chapters[1]!)).toBe(false);
    expect(articles.slice(512).every((a) => io.observed.has(a))).toBe(true); // every group held by chapter 1
    expect(articles.slice(0, 496).some((a) => io.observed.has(a))).toBe(false);

    io.report([articles[600]!, articles[601]!]);
    expect(reported).toEqual([]); // not inside the frame's callback
    vi.runAllTimers();
    expect(reported).toEqual([[articles[600], articles[601]]]);
    expect(io.observed.has(articles[600]!)).toBe(false); // reported once
  });

  it('expands a group whose ancestor is its own only article, and then reports that article', () => {
    const { articles } = law(1, 17); // the 17th article is a group of one
    const reported: Element[][] = [];
    const near = observeNearView(ctx, (els) => reported.push(els));
    near.observeAll(articles);
    const io = FakeObserver.last;
    expect(io.observed.has(articles[16]!)).toBe(true);
    io.report([articles[16]!]);
    vi.runAllTimers();
    expect(reported).toEqual([]);
    io.report([articles[16]!]);
    vi.runAllTimers();
    expect(reported).toEqual([[articles[16]]]);
  });
});
