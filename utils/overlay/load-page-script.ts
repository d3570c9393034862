// Gets one of the page scripts (page-scripts.ts) the first time it is needed: the background injects it
// into this page's extension world, where it leaves its value under a known name. A failed load is not
// remembered (for example, the extension was reloaded), so the next call tries again.
import { ask } from '../extension/send';
import { PAGE_SCRIPTS, type PageScriptName, type PageScriptValues } from './page-scripts';

const loading = new Map<PageScriptName, Promise<unknown>>();

export function loadPageScript<N extends PageScriptName>(script: N): Promise<PageScriptValues[N]> {
  let load = loading.get(script);
  if (!load) {
    load = ask({ type: 'load-script', script }).then(() => {
      const value = (globalThis as Record<string, unknown>)[PAGE_SCRIPTS[script].global];
      if (!value) throw new Error(`the ${script} script did not load`);
      return value;
    });
    loading.set(script, load);
    load.catch(() => loading.delete(script));
  }
  return load as Promise<PageScriptValues[N]>;
}
