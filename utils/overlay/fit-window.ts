// Badge and summary hosts are zero-width: their content shows past the end of the heading's line, so
// the law text never moves. Where that content would run off the window (a narrow window, a long title)
// the host takes room instead (`data-ws-wrap`): the text below moves then, but nothing is cut off and
// the page gets no sideways scrolling (WCAG 1.4.10, down to 320 px).

/**
 * Each host is checked once, when it is first laid out, through an IntersectionObserver entry: its box and
 * the viewport's come with the entry, so nothing is read from the page and no layout is forced (reading
 * geometry in observer callbacks for hundreds of badges made every scrolling frame lay the 2 MB page out
 * again). After the window is resized, all are checked again.
 */
export function fitInWindow(): { watch(host: HTMLElement, container: HTMLElement): void; disconnect(): void } {
  const hostOf = new Map<Element, HTMLElement>();
  let observer: IntersectionObserver | undefined;
  let resized: ReturnType<typeof setTimeout> | undefined;
  const recheck = () => {
    clearTimeout(resized);
    resized = setTimeout(() => {
      for (const [container, host] of hostOf) {
        host.removeAttribute('data-ws-wrap');
        observer?.observe(container);
      }
    }, 200);
  };
  // Made with the first host: most law pages show nothing at load.
  const started = () => {
    if (observer) return observer;
    addEventListener('resize', recheck);
    return (observer = new IntersectionObserver((entries) => {
      for (const { target, boundingClientRect, rootBounds } of entries) {
        observer!.unobserve(target);
        const host = hostOf.get(target);
        // Only a change: the attribute set again would restyle the host for nothing.
        if (host && rootBounds && boundingClientRect.right > rootBounds.right && !host.hasAttribute('data-ws-wrap')) host.setAttribute('data-ws-wrap', '');
      }
    }));
  };
  return {
    watch(host, container) {
      hostOf.set(container, host);
      started().observe(container);
    },
    disconnect() {
      observer?.disconnect();
      removeEventListener('resize', recheck);
      clearTimeout(resized);
    },
  };
}
