// Injects the overlay's UI script into the extension world of the frame that asked (see
// entrypoints/content/overlay-ui-loader.ts): scripting in MV3, tabs.executeScript in Firefox's MV2.
import { browser } from 'wxt/browser';
import { OVERLAY_UI_SCRIPT } from '../overlay/overlay-ui';

export async function injectOverlayUi(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_UI_SCRIPT] });
  else await browser.tabs.executeScript(tabId, { file: OVERLAY_UI_SCRIPT, frameId });
}
