// The shipped hook model in the extension (see shipped-hook-model.ts): hook-model.json is copied into the build as a
// file of its own (wxt.config.ts) and fetched by the background the first time an article's hooks are needed.
import { browser } from 'wxt/browser';
import { hookModelOf, type HookModel, type HookModelFile } from './hook-model';

export const HOOK_MODEL_FILE = '/hook-model.json';

let model: HookModel | undefined;
let loading: Promise<HookModel> | undefined;

/** The shipped model; only after loadShippedHookModel() has resolved. */
export function shippedHookModel(): HookModel {
  if (!model) throw new Error('the hook model is not loaded yet: await loadShippedHookModel() first');
  return model;
}

export function loadShippedHookModel(): Promise<HookModel> {
  // WXT types the paths of public/ only; this file is added to the build by wxt.config.ts.
  loading ??= fetch(browser.runtime.getURL(HOOK_MODEL_FILE as Parameters<typeof browser.runtime.getURL>[0]))
    .then((r) => r.json() as Promise<HookModelFile>)
    .then((file) => (model = hookModelOf(file)))
    .catch((e: unknown) => {
      loading = undefined; // try again on the next article
      throw e;
    });
  return loading;
}
