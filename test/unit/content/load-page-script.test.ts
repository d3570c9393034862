// A page script is asked for once; a failed load is not remembered, so the next need retries.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageScript } from '../../../utils/overlay/load-page-script';
import { PAGE_SCRIPTS } from '../../../utils/overlay/page-scripts';
import type { OverlayUi } from '../../../utils/overlay/overlay-ui';
import type { OverlayScript } from '../../../utils/overlay/overlay-script';

const world = globalThis as Record<string, unknown>;
afterEach(() => {
  for (const { global } of Object.values(PAGE_SCRIPTS)) delete world[global];
  fakeBrowser.reset();
});

/** A background that "injects" a script by setting its global, or fails to; records what was asked. */
function background(inject: (script: string) => void): string[] {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, script } = message as { type: string; script: string };
    asked.push(`${type} ${script}`);
    inject(script);
    return null;
  });
  return asked;
}

describe('loadPageScript', () => {
  // A loaded script is kept for the page's life (module state), so the test that loads 'overlay-ui' comes last.
  it('keeps each script apart: one loaded does not stand in for the other', async () => {
    const overlay = { indexArticles: () => undefined } as unknown as OverlayScript;
    const asked = background((script) => {
      if (script === 'overlay') world[PAGE_SCRIPTS.overlay.global] = overlay;
    });
    await expect(loadPageScript('overlay')).resolves.toBe(overlay);
    await expect(loadPageScript('overlay-ui')).rejects.toThrow(/overlay-ui script did not load/);
    expect(asked).toEqual(['load-script overlay', 'load-script overlay-ui']);
  });

  it('fails when the script did not arrive, and asks again on the next call', async () => {
    let injectNow = false;
    const ui = { panelCss: '' } as OverlayUi;
    const asked = background((script) => {
      if (injectNow && script === 'overlay-ui') world[PAGE_SCRIPTS['overlay-ui'].global] = ui;
    });
    await expect(loadPageScript('overlay-ui')).rejects.toThrow(/overlay-ui script did not load/);
    injectNow = true;
    await expect(loadPageScript('overlay-ui')).resolves.toBe(ui);
    await expect(loadPageScript('overlay-ui')).resolves.toBe(ui);
    expect(asked).toEqual(['load-script overlay-ui', 'load-script overlay-ui']);
  });
});
