// Shadow-root hosts for the overlay: badges, the summary and the panel. Lighter than WXT's shadow-root
// UI on purpose: that one wraps the UI in an <html>/<body> pair inside the shadow root, which costs a
// 2 MB law page about 20 ms of extra pre-paint per insertion, and parses the stylesheet once per UI. A
// page can carry a thousand badges, so all hosts share one constructed stylesheet instead (with a
// <style> per root only where adopting is not supported).
import css from '../../components/overlay.css?inline';

export const HOST_NAMES = ['wetsignaal-badge', 'wetsignaal-summary', 'wetsignaal-panel'] as const;
export type HostName = (typeof HOST_NAMES)[number];

/** Page styles must not reach in: every inherited property starts from its initial value. */
const HOST_CSS = `:host{all:initial !important;}\n${css}`;

let shared: CSSStyleSheet | null | undefined;

function sharedSheet(): CSSStyleSheet | null {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(HOST_CSS);
    } catch {
      shared = null;
    }
  }
  return shared;
}

function style(shadow: ShadowRoot): void {
  const sheet = sharedSheet();
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      // Firefox may refuse a sheet made in the content script's world without throwing.
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // fall through to a <style> element
    }
  }
  const element = document.createElement('style');
  element.textContent = HOST_CSS;
  shadow.append(element);
}

export interface ShadowHost {
  host: HTMLElement;
  /** Render into this; it lives in the host's shadow root. */
  container: HTMLElement;
}

/**
 * A detached host with a styled shadow root; the caller renders, then inserts it. `isolateKeys` keeps
 * key presses inside (typing in the panel must not trigger the page's shortcuts).
 */
export function createShadowHost(name: HostName, { isolateKeys = false } = {}): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  style(shadow);
  const container = document.createElement(name === 'wetsignaal-panel' ? 'div' : 'span');
  shadow.append(container);
  host.dataset.wsKind = name.slice('wetsignaal-'.length);
  if (isolateKeys) for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}
