// Injects a page script into the extension world of the frame that asked (see
// utils/overlay/load-page-script.ts): scripting in MV3, tabs.executeScript in Firefox's MV2. Only the
// scripts named in PAGE_SCRIPTS can be asked for; a page never names a file.
import { browser } from 'wxt/browser';
import { PAGE_SCRIPTS, type PageScriptName } from '../overlay/page-scripts';

export async function injectPageScript(tabId: number, frameId: number, script: PageScriptName): Promise<void> {
  if (!Object.hasOwn(PAGE_SCRIPTS, script)) throw new Error(`no page script named ${String(script)}`);
  const { file } = PAGE_SCRIPTS[script];
  // At once, also while the page is still parsed: the summary line is put in then (early-summary.ts).
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  else await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_start' });
}
