// The overlay's shadow-root hosts: detached until the caller inserts them, styled once per page,
// and (for the panel) keeping key presses away from the page's own shortcuts.
import { afterEach, describe, expect, it } from 'vitest';
import { createShadowHost } from '../../../utils/overlay/shadow-host';

/** The stylesheets a host's shadow root uses: adopted ones, or its own <style> elements. */
function sheetsOf(host: HTMLElement): Array<CSSStyleSheet | string> {
  const shadow = host.shadowRoot!;
  const adopted = [...(shadow.adoptedStyleSheets ?? [])];
  return adopted.length > 0 ? adopted : [...shadow.querySelectorAll('style')].map((s) => s.textContent ?? '');
}

describe('createShadowHost', () => {
  afterEach(() => document.body.replaceChildren());

  it('gives a detached host of its kind with an open shadow root that holds the container', () => {
    const { host, container } = createShadowHost('wetsignaal-badge');
    expect(host.isConnected).toBe(false);
    expect(host.localName).toBe('wetsignaal-badge');
    expect(host.dataset.wsKind).toBe('badge');
    expect(host.shadowRoot?.contains(container)).toBe(true);
    expect(host.childNodes).toHaveLength(0); // nothing lands in the light DOM, next to the law text
  });

  it('styles every root with the overlay stylesheet and the reset, sharing one sheet where it can', () => {
    const a = createShadowHost('wetsignaal-badge').host;
    const b = createShadowHost('wetsignaal-summary').host;
    const [sheetA] = sheetsOf(a);
    const [sheetB] = sheetsOf(b);
    const text = (s: CSSStyleSheet | string | undefined) =>
      typeof s === 'string' ? s : [...(s?.cssRules ?? [])].map((r) => r.cssText).join('\n');
    expect(text(sheetA)).toMatch(/:host\s*\{\s*all:\s*initial/);
    if (typeof sheetA !== 'string') expect(sheetB).toBe(sheetA);
  });

  it('adds stylesheets of its own on top of the shared one, each parsed once', () => {
    // (CSS files are empty in unit tests; the styles themselves are checked in real Chromium, test/e2e.)
    const badge = sheetsOf(createShadowHost('wetsignaal-badge').host);
    const panel = sheetsOf(createShadowHost('wetsignaal-panel', { css: ['.ws-panel { color: red; }'] }).host);
    const again = sheetsOf(createShadowHost('wetsignaal-panel', { css: ['.ws-panel { color: red; }'] }).host);
    expect(badge).toHaveLength(1);
    expect(panel).toHaveLength(2);
    if (typeof panel[1] !== 'string') expect(again[1]).toBe(panel[1]);
    if (typeof badge[0] !== 'string') expect(panel[0]).toBe(badge[0]);
    else expect(panel[0]).toEqual(badge[0]);
  });

  it('keeps key presses inside the panel, and lets them through elsewhere', () => {
    const panel = createShadowHost('wetsignaal-panel', { isolateKeys: true });
    const badge = createShadowHost('wetsignaal-badge');
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.composedPath().includes(panel.host) ? 'panel' : 'badge'));
    document.body.append(panel.host, badge.host);
    panel.container.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    badge.container.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(seen).toEqual(['badge']);
  });
});
