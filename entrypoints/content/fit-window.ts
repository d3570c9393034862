// Badge and summary hosts are zero-width: their content shows past the end of the heading's line, so
// the law text never moves. Where that content would run off the window (a narrow window, a long title)
// the host takes room instead (`data-ws-wrap`): the text below moves then, but nothing is cut off and
// the page gets no sideways scrolling (WCAG 1.4.10, down to 320 px).

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

/**
 * Badges: each is checked once, when it is first laid out, through an IntersectionObserver entry (its box
 * and the viewport's come with the entry: nothing is read from the page, so no layout is forced; reading
 * geometry in a ResizeObserver callback for hundreds of badges made every scrolling frame lay the 2 MB page
 * out again). A badge that runs off the window goes on a line of its own; after the window is resized, all
 * are checked again.
 */
export function fitBadges(): { watch(host: HTMLElement, container: HTMLElement): void; disconnect(): void } {
  const hostOf = new Map<Element, HTMLElement>();
  const observer = new IntersectionObserver((entries) => {
    for (const { target, boundingClientRect, rootBounds } of entries) {
      observer.unobserve(target);
      const host = hostOf.get(target);
      if (host && rootBounds && boundingClientRect.right > rootBounds.right) host.setAttribute('data-ws-wrap', '');
    }
  });
  let resized: ReturnType<typeof setTimeout> | undefined;
  const recheck = () => {
    clearTimeout(resized);
    resized = setTimeout(() => {
      for (const [container, host] of hostOf) {
        host.removeAttribute('data-ws-wrap');
        observer.observe(container);
      }
    }, 200);
  };
  addEventListener('resize', recheck);
  return {
    watch(host, container) {
      hostOf.set(container, host);
      observer.observe(container);
    },
    disconnect() {
      observer.disconnect();
      removeEventListener('resize', recheck);
      clearTimeout(resized);
    },
  };
}
