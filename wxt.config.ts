import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Alias, AliasOptions, Plugin } from 'vite';
import { PAGE_SCRIPTS, type PageScriptName } from './utils/overlay/page-scripts';

/**
 * The content script (entrypoints/content-script): an unlisted script registered in the manifest by hand, so
 * that WXT's content-script runtime is not part of it (see page-context.ts).
 */
const CONTENT_SCRIPT = 'content-script';
/** Entrypoints that run in the content script's world: it, and the page scripts named in PAGE_SCRIPTS. */
const EXTENSION_WORLD: readonly string[] = [CONTENT_SCRIPT, ...Object.keys(PAGE_SCRIPTS)];
/** Scripts that run almost all of themselves once loaded (the UI script runs little at once). */
const RUN_AT_ONCE: readonly string[] = [CONTENT_SCRIPT, 'overlay', 'summary'] satisfies Array<PageScriptName | typeof CONTENT_SCRIPT>;
const NATIVE_BROWSER = fileURLToPath(new URL('./utils/extension/native-browser.ts', import.meta.url));

/**
 * The extension loads the hook model (about 150 KB gzip) lazily instead of carrying it in the background script: its
 * modules get shipped-hook-model.extension.ts where Node gets shipped-hook-model.ts.
 */
const SHIPPED_HOOK_MODEL_ALIAS: Alias = {
  find: /^.*\/shipped-hook-model$/,
  replacement: fileURLToPath(new URL('./utils/analysis/shipped-hook-model.extension.ts', import.meta.url)),
};
const HOOK_MODEL_JSON = fileURLToPath(new URL('./utils/analysis/hook-model.json', import.meta.url));

function aliasList(aliases: AliasOptions | undefined): Alias[] {
  if (!aliases) return [];
  return Array.isArray(aliases) ? aliases : Object.entries(aliases).map(([find, replacement]) => ({ find, replacement }));
}

/**
 * V8's explicit compile hint: compile every function of the script at once instead of each on its first
 * call. Almost all of the content script runs at load, and so does most of the overlay and summary scripts
 * once they are loaded; compiling them function by function cost more. Added after minification, which would drop it.
 */
const compileHint: Plugin = {
  name: 'wetsignaal:compile-hint',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

// Minimal permissions: storage + alarms (outbox retries), scripting (the overlay and its UI script are
// injected into the page when first needed), contextMenus (report on a selected sentence); host access
// only to the portal.
// The API origin is granted through optional_host_permissions when the user sets a self-hosted URL.
export default defineConfig({
  // Explicit imports everywhere: the same modules are used by the server and Node CLIs.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script and the scripts it has injected into its world use the browser's own API instead
    // of webextension-polyfill (see native-browser.ts); every other entrypoint keeps the polyfill. The first
    // matching alias wins, so this one goes first.
    'vite:build:extendConfig': (entrypoints, config) => {
      config.resolve ??= {};
      config.resolve.alias = [SHIPPED_HOOK_MODEL_ALIAS, ...aliasList(config.resolve.alias)];
      if (!entrypoints.every((e) => EXTENSION_WORLD.includes(e.name))) return;
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...aliasList(config.resolve.alias)];
      if (entrypoints.every((e) => RUN_AT_ONCE.includes(e.name))) config.plugins = [...(config.plugins ?? []), compileHint];
    },
    // The hook model as a file of its own, which the background fetches when first needed.
    'build:publicAssets': (_, files) => {
      files.push({ absoluteSrc: HOOK_MODEL_JSON, relativeDest: 'hook-model.json' });
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // MV2 (Firefox) injects with tabs.executeScript, which needs no permission beyond the host's.
    permissions: manifestVersion === 3 ? ['storage', 'alarms', 'scripting', 'contextMenus'] : ['storage', 'alarms', 'contextMenus'],
    host_permissions: ['https://wetten.overheid.nl/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // A self-hosted API origin is asked for only when the user sets one (MV2 has no optional_host_permissions).
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    browser_specific_settings: { gecko: { id: 'wetsignaal@wetsignaal.nl', strict_min_version: '115.0' } },
    // At document start: the summary line goes in while the page is parsed (entrypoints/content-script).
    content_scripts: [{ matches: ['https://wetten.overheid.nl/*'], js: [`${CONTENT_SCRIPT}.js`], run_at: 'document_start' }],
    // The report form is an extension page framed into the panel, out of the host page's reach.
    web_accessible_resources: [{ resources: ['report.html'], matches: ['https://wetten.overheid.nl/*'] }],
  }),
});
