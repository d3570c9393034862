// The browser's own promise-based extension API (what `wxt/browser` is without the polyfill), for the
// content script only: on a law page it uses just runtime messaging and URLs, which Chrome (MV3) and
// Firefox both give with promises. Building the polyfill's wrapper cost about 0.8 ms on every page load.
const global = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

export const browser = global.browser?.runtime?.id ? global.browser : global.chrome;
