// The shipped hook model (hook-model.json) for Node: the server, the CLIs and the tests read it from disk once. The
// extension's build replaces this module with shipped-hook-model.extension.ts (wxt.config.ts), which fetches the file
// the first time an article's hooks are needed, so the background script does not carry it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hookModelOf, type HookModel, type HookModelFile } from './hook-model';

// A path, not a URL object: under the tests' DOM environment `URL` is not Node's.
const FILE = join(dirname(fileURLToPath(import.meta.url)), 'hook-model.json');

let model: HookModel | undefined;

/** The shipped model; in Node it is always at hand. */
export function shippedHookModel(): HookModel {
  return (model ??= hookModelOf(JSON.parse(readFileSync(FILE, 'utf8')) as HookModelFile));
}

/** Resolves once the shipped model is at hand (at once in Node). */
export async function loadShippedHookModel(): Promise<HookModel> {
  return shippedHookModel();
}
