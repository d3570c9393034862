// Badge and summary hosts are zero-width: their content shows past the end of the heading's line, so
// the law text never moves. Where that content would run off the window (a narrow window, a long title)
// the host takes room instead (`data-ws-wrap`): the text below moves then, but nothing is cut off and
// the page gets no sideways scrolling (WCAG 1.4.10, down to 320 px). Measuring happens in
// ResizeObserver callbacks, after layout, so it costs nothing extra while everything fits.

/**
 * The summary: on a line of its own when it does not fit after the title; checked again whenever the
 * title changes size.
 */
export function wrapWhenTooWide(host: HTMLElement, container: HTMLElement): ResizeObserver {
  const observer = new ResizeObserver(() => {
    if (host.hasAttribute('data-ws-wrap')) host.removeAttribute('data-ws-wrap');
    if (container.getBoundingClientRect().right > document.documentElement.clientWidth) host.setAttribute('data-ws-wrap', '');
  });
  if (host.parentElement) observer.observe(host.parentElement);
  return observer;
}

interface Placed {
  host: HTMLElement;
  container: HTMLElement;
}

/** Where a badge's content would end if it stood right after its heading's text (wrapped or not). */
function endAfterText({ host, container }: Placed, heading: Element): number {
  const before = document.createRange();
  before.setStart(heading, 0);
  before.setEndBefore(host);
  const rects = before.getClientRects();
  const start = rects.length > 0 ? rects[rects.length - 1]!.right : heading.getBoundingClientRect().left;
  return start + container.getBoundingClientRect().width;
}

/**
 * Badges: one observer for all their headings. A badge that would run off the window gets its own width,
 * so it moves onto the next line of its heading; when the window widens again it goes back.
 */
export function fitBadges(): { watch(host: HTMLElement, container: HTMLElement): void; disconnect(): void } {
  const inHeading = new Map<Element, Placed[]>();
  const observer = new ResizeObserver((entries) => {
    const width = document.documentElement.clientWidth;
    // All reads first, then the writes: a write between two reads would make the next read lay out the page.
    const verdicts = entries.flatMap(({ target }) =>
      (inHeading.get(target) ?? []).map((placed) => [placed.host, endAfterText(placed, target) > width] as const),
    );
    for (const [host, wrap] of verdicts) host.toggleAttribute('data-ws-wrap', wrap);
  });
  return {
    watch(host, container) {
      const heading = host.parentElement;
      if (!heading) return;
      const placed = inHeading.get(heading);
      if (placed) placed.push({ host, container });
      else {
        inHeading.set(heading, [{ host, container }]);
        observer.observe(heading);
      }
    },
    disconnect: () => observer.disconnect(),
  };
}
