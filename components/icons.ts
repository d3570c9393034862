// The overlay's icons as inline SVG paths: font glyphs such as ⚑ and ⓘ show as empty boxes where the
// reader's fonts lack them (a plain Debian machine). One definition for the DOM-built badges and the
// Preact views (the legend).
export const ICON_PATHS = {
  /** A flag: known signals. */
  flag: 'M5 21V4M5 4h11l-2 4 2 4H5',
  /** An "i" in a circle: information without signals (a clause, Awb provisions). */
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7v1',
  /** A speech bubble with a plus: report an example. */
  report: 'M4 4h16v12H9l-5 4zM12 7v6M9 10h6',
} as const;
export type IconName = keyof typeof ICON_PATHS;

const SVG = 'http://www.w3.org/2000/svg';

/** The icon as a DOM element, hidden from screen readers (the button's text names it). */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'ws-icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}
