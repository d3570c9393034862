// The overlay's UI script is asked for once; a failed load is not remembered, so the next opening retries.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadOverlayUi } from '../../../entrypoints/content/overlay-ui-loader';
import { OVERLAY_UI_GLOBAL, type OverlayUi } from '../../../utils/overlay/overlay-ui';

const world = globalThis as Record<string, unknown>;
afterEach(() => {
  delete world[OVERLAY_UI_GLOBAL];
  fakeBrowser.reset();
});

/** A background that "injects" the script by setting the global, or fails to. */
function background(inject: () => void): string[] {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    asked.push((message as { type: string }).type);
    inject();
    return null;
  });
  return asked;
}

describe('loadOverlayUi', () => {
  it('fails when the script did not arrive, and asks again on the next call', async () => {
    let injectNow = false;
    const ui = { panelCss: '' } as OverlayUi;
    const asked = background(() => {
      if (injectNow) world[OVERLAY_UI_GLOBAL] = ui;
    });
    await expect(loadOverlayUi()).rejects.toThrow(/did not load/);
    injectNow = true;
    await expect(loadOverlayUi()).resolves.toBe(ui);
    await expect(loadOverlayUi()).resolves.toBe(ui);
    expect(asked).toEqual(['load-overlay-ui', 'load-overlay-ui']);
  });
});
