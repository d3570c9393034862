// The content script loads the overlay script once, indexes a page's articles once per reading of the
// page (the overlay and the popup's count share that index), and tries again after a failed load.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { overlayLoader } from '../../../entrypoints/content-script/lazy-overlay';
import { PAGE_SCRIPTS } from '../../../utils/overlay/page-scripts';
import type { OverlayScript } from '../../../utils/overlay/overlay-script';
import type { LawPage } from '../../../utils/recognition/page';
import type { ArticleIndex } from '../../../utils/recognition/recognise';

const world = globalThis as Record<string, unknown>;
afterEach(() => {
  delete world[PAGE_SCRIPTS.overlay.global];
  fakeBrowser.reset();
});

describe('overlayLoader', () => {
  it('indexes once per page read, and retries a failed load', async () => {
    let injectNow = false;
    let requests = 0;
    fakeBrowser.runtime.onMessage.addListener(async () => {
      requests++;
      if (injectNow) world[PAGE_SCRIPTS.overlay.global] = script;
      return null;
    });
    const indexed: LawPage[] = [];
    const script = {
      indexArticles: (page: LawPage) => {
        indexed.push(page);
        return { page } as unknown as ArticleIndex;
      },
    } as unknown as OverlayScript;
    const load = overlayLoader();
    const first = { containers: [] } as unknown as LawPage;
    const again = { containers: [] } as unknown as LawPage; // the page read anew (remote selectors)

    await expect(load(first)).rejects.toThrow(/did not load/);
    injectNow = true;
    const loaded = await load(first);
    expect(await load(first)).toBe(loaded);
    expect((await load(again)).index).not.toBe(loaded.index);
    expect(indexed).toEqual([first, again]);
    expect(requests).toBe(2); // the failed load and the one that worked; the script is kept after that
  });
});
