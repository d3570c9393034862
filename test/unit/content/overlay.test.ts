// The overlay on a small law page (happy-dom, WXT's fake browser as the background): which articles it
// has read for clauses and Awb hooks as they come near, and what their badges then show.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOverlay } from '../../../entrypoints/content/overlay';
import { catalogFor } from '../../../utils/i18n/catalog';
import type { ArticleFindings, Request } from '../../../utils/extension/messages';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import { indexPage } from '../../../utils/recognition/recognise';
import { fakeContext as ctx, FakeIntersectionObserver as FakeObserver } from './fakes';

const URL_AWB = 'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0';

const article = (label: string, body: string) =>
  `<div class="artikel" id="Hoofdstuk4_Artikel${label}"><div class="article__header--law artikel"><h4>Artikel ${label}</h4></div><p>${body}</p></div>`;

function lawPage(): void {
  document.body.innerHTML =
    `<div id="regeling"><h1>Algemene wet bestuursrecht</h1><div class="wetgeving"><div class="hoofdstuk" id="Hoofdstuk4">` +
    article('4:81', 'Een bestuursorgaan kan beleidsregels vaststellen.') +
    article('4:84', 'Het bestuursorgaan handelt overeenkomstig de beleidsregel, tenzij dat wegens bijzondere omstandigheden onevenredige gevolgen zou hebben.') +
    `</div></div></div>`;
}

/** A background that answers the analysis (a clause where the text says so, a hook everywhere), and records what it read. */
function background(): string[] {
  const analysed: string[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as Request;
    if (request.type === 'analyse') {
      analysed.push(...request.articles.map((a) => a.label));
      return request.articles.map(
        (a): ArticleFindings => ({ label: a.label, clause: a.text.includes('onevenredig') ? 'general' : null, hooks: [{ awb: '3:4', reason: 'afweging' }] }),
      );
    }
    return null;
  });
  return analysed;
}

const marks = (label: string) =>
  [...(document.querySelector(`wetsignaal-badge[data-ws-label="${label}"]`)?.shadowRoot?.querySelectorAll('.ws-mark') ?? [])].map((m) => m.textContent);

describe('createOverlay', () => {
  beforeEach(() => {
    FakeObserver.reset();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    lawPage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  async function nearEverything(showAll: boolean): Promise<void> {
    const { index, regulation } = indexPage(document, URL_AWB)!;
    const overlay = createOverlay(ctx, {
      regulation,
      settings: { ...DEFAULT_SETTINGS, showAll },
      lookup: { state: 'none' },
      index,
      // As the page setup sends it when something shows at once.
      catalog: catalogFor('nl'),
    });
    await overlay.start();
    const nearView = FakeObserver.made.find((o) => o.observed.size > 0)!;
    nearView.report(); // the group's ancestor: its articles are observed one by one
    nearView.report(); // the articles themselves
  }

  it('with "toon alles", reads every near article, so each badge shows its Awb hooks from the start', async () => {
    const analysed = background();
    // What each badge shows the moment it is on the page: marks added later would lay the page out again.
    const atInsertion = new Map<string, Array<string | null>>();
    const watcher = new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node instanceof HTMLElement && node.localName === 'wetsignaal-badge') atInsertion.set(node.dataset.wsLabel!, marks(node.dataset.wsLabel!));
      }
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    await nearEverything(true);
    await vi.waitFor(() => expect(marks('4:81')).toEqual(['Awb']));
    expect(marks('4:84')).toEqual(['§', 'Awb']);
    expect(analysed.sort()).toEqual(['4:81', '4:84']);
    expect(Object.fromEntries(atInsertion)).toEqual({ '4:81': ['Awb'], '4:84': ['§', 'Awb'] });
    watcher.disconnect();
  });

  it('without it, reads only the near articles that may hold a clause', async () => {
    const analysed = background();
    await nearEverything(false);
    await vi.waitFor(() => expect(analysed).toEqual(['4:84']));
    // Its clause gives it a badge; the other article stays unread and without one.
    await vi.waitFor(() => expect(marks('4:84')).toEqual(['§', 'Awb']));
    expect(document.querySelector('wetsignaal-badge[data-ws-label="4:81"]')).toBeNull();
  });
});
