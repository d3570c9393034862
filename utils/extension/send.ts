// Typed wrapper over runtime.sendMessage for the content script, popup and options page.
import { browser } from 'wxt/browser';
import type { Request, ResponseFor } from './messages';

export async function ask<R extends Request>(request: R): Promise<ResponseFor<R>> {
  return (await browser.runtime.sendMessage(request)) as ResponseFor<R>;
}
