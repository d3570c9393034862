// Shadow-root hosts for the overlay: badges, the summary and the panel. Lighter than WXT's shadow-root
// UI on purpose: that one wraps the UI in an <html>/<body> pair inside the shadow root, which costs a
// 2 MB law page about 20 ms of extra pre-paint per insertion, and parses the stylesheet once per UI. A
// page can carry a thousand badges, so all hosts share constructed stylesheets instead (with <style>
// elements per root only where adopting is not supported). Every root starts from host.css, the summary
// line's rules, which the content script carries; the overlay's rules come with the scripts that use them.
import css from '../../components/host.css?inline';
import type { HostName } from './host-names';

/** Page styles must not reach in: every inherited property starts from its initial value. */
const HOST_CSS = `:host{all:initial !important;}\n${css}`;

/** Each stylesheet is parsed once per page, when the first root that uses it is made (the panel's at its first opening). */
const parsed = new Map<string, CSSStyleSheet | null>();

function sheetOf(text: string): CSSStyleSheet | null {
  let sheet = parsed.get(text);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    } catch {
      sheet = null;
    }
    parsed.set(text, sheet);
  }
  return sheet;
}

/**
 * The texts a root has, kept on the root itself: the scripts of the extension's world each parse their own
 * sheets (this module is in each), and one adds to a root that another made (the summary's details).
 */
const STYLED = Symbol.for('wetsignaal.styles');

/** Adds the stylesheets `texts` to the root, after those it has; a text it has already is left out. */
export function addStyles(shadow: ShadowRoot, texts: string[]): void {
  const root = shadow as ShadowRoot & { [STYLED]?: Set<string> };
  const styled = (root[STYLED] ??= new Set());
  const added = texts.filter((text) => !styled.has(text));
  for (const text of added) styled.add(text);
  const sheets = added.map(sheetOf);
  if (sheets.every((sheet) => sheet !== null)) {
    const had = shadow.adoptedStyleSheets.length;
    try {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...sheets];
      // Firefox may refuse a sheet made in the content script's world without throwing.
      if (shadow.adoptedStyleSheets.length === had + sheets.length) return;
    } catch {
      // fall through to <style> elements
    }
  }
  for (const text of added) {
    const element = document.createElement('style');
    element.textContent = text;
    shadow.append(element);
  }
}

export interface ShadowHost {
  host: HTMLElement;
  /** Render into this; it lives in the host's shadow root. */
  container: HTMLElement;
}

/**
 * A detached host with a styled shadow root; the caller renders, then inserts it. `css`: stylesheets on
 * top of host.css. `isolateKeys` keeps key presses inside (typing in the panel must not trigger the
 * page's shortcuts).
 */
export function createShadowHost(name: HostName, { css = [] as string[], isolateKeys = false } = {}): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow, [HOST_CSS, ...css]);
  const container = document.createElement(name === 'wetsignaal-panel' ? 'div' : 'span');
  shadow.append(container);
  host.dataset.wsKind = name.slice('wetsignaal-'.length);
  if (isolateKeys) for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}
