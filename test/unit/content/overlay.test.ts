// The overlay on a small law page (happy-dom, WXT's fake browser as the background): when the content
// script loads the overlay script, which articles it has read for clauses and Awb hooks as they come
// near, and what their badges then show. The overlay script runs in-process here, not injected.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOverlay } from '../../../entrypoints/overlay/overlay';
import { startOverlay } from '../../../entrypoints/content-script/lazy-overlay';
import { catalogFor } from '../../../utils/i18n/catalog';
import type { ArticleFindings, RegulationLookup, Request } from '../../../utils/extension/messages';
import { RegulationResponse } from '../../../utils/contract/api';
import { signal } from '../components/fixtures';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import { indexArticles } from '../../../utils/recognition/recognise';
import { readPage } from '../../../utils/recognition/page';
import { showLawSummary } from '../../../utils/overlay/law-summary';
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

/** Every request the fake background got, by type. */
let requested: Array<Request['type']> = [];

/** A background that answers the analysis (a clause where the text says so, a hook everywhere), and records what it read. */
function background(): string[] {
  const analysed: string[] = [];
  const clause = (text: string) => text.includes('onevenredig');
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const request = message as Request;
    requested.push(request.type);
    if (request.type === 'find-clauses') return request.texts.map(clause);
    if (request.type === 'analyse') {
      analysed.push(...request.articles.map((a) => a.label));
      return request.articles.map(
        (a): ArticleFindings => ({ label: a.label, clause: clause(a.text) ? 'general' : null, hooks: [{ awb: '3:4', reason: 'afweging' }] }),
      );
    }
    return null;
  });
  return analysed;
}

const marks = (label: string) =>
  [...(document.querySelector(`wetsignaal-badge[data-ws-label="${label}"]`)?.shadowRoot?.querySelectorAll('.ws-mark') ?? [])].map((m) => m.textContent);

describe('the overlay, loaded when needed', () => {
  beforeEach(() => {
    requested = [];
    FakeObserver.reset();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    lawPage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  /** Starts the overlay as the content script does; also says how often it loaded the overlay and summary scripts. */
  async function start(showAll: boolean, lookup: RegulationLookup = { state: 'none' }) {
    let loads = 0;
    let summaryLoads = 0;
    const started = await startOverlay(ctx, {
      page: readPage(document, URL_AWB)!,
      settings: { ...DEFAULT_SETTINGS, showAll },
      lookup,
      // As the page setup sends it when something shows at once.
      catalog: catalogFor('nl'),
      load: async (page) => {
        loads++;
        return { script: { indexArticles, createOverlay }, index: indexArticles(page) };
      },
      loadSummary: async () => {
        summaryLoads++;
        return { showLawSummary };
      },
    });
    return { loads: () => loads, summaryLoads: () => summaryLoads, started };
  }

  /** The viewport comes near these articles (all by default). */
  function near(elements?: Element[]): void {
    const nearView = FakeObserver.made.find((o) => o.observed.size > 0)!;
    nearView.report(); // the group's ancestor: its articles are observed one by one
    nearView.report(elements); // the articles themselves
  }

  async function nearEverything(showAll: boolean): Promise<void> {
    await start(showAll);
    near();
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
    // Rigid provisions are read only when a panel opens, never for the articles near the viewport.
    expect(requested).toContain('analyse');
    expect(requested).not.toContain('rigid');
    watcher.disconnect();
  });

  it('with "toon alles" and the first articles analysed while the page was parsed, gives them badges at once, without asking again', async () => {
    background();
    const elements = [document.getElementById('Hoofdstuk4_Artikel4:81')!, document.getElementById('Hoofdstuk4_Artikel4:84')!];
    const findings = [
      { label: '', clause: null, hooks: [{ awb: '3:4', reason: 'afweging' }] },
      { label: '', clause: 'general' as const, hooks: [] },
    ];
    await startOverlay(ctx, {
      page: readPage(document, URL_AWB)!,
      settings: { ...DEFAULT_SETTINGS, showAll: true },
      lookup: { state: 'none' },
      catalog: catalogFor('nl'),
      load: async (page) => ({ script: { indexArticles, createOverlay }, index: indexArticles(page) }),
      loadSummary: async () => ({ showLawSummary }),
      summaryOnPage: true,
      firstArticles: { elements, findings },
    });
    // Before the near-view reported anything: the badges show the analysis they came with.
    await vi.waitFor(() => expect(marks('4:84')).toEqual(['§']));
    expect(marks('4:81')).toEqual(['Awb']);
    expect(requested).not.toContain('analyse');
  });

  it('without it, reads only the near articles that may hold a clause', async () => {
    const analysed = background();
    await nearEverything(false);
    await vi.waitFor(() => expect(analysed).toEqual(['4:84']));
    // Its clause gives it a badge; the other article stays unread and without one.
    await vi.waitFor(() => expect(marks('4:84')).toEqual(['§', 'Awb']));
    expect(document.querySelector('wetsignaal-badge[data-ws-label="4:81"]')).toBeNull();
  });

  it('with nothing known, loads the overlay script only when an article that holds a clause comes near', async () => {
    // A common stem ("omstandigheden") without a clause: the background is asked, and says no.
    document.getElementById('Hoofdstuk4')!.insertAdjacentHTML('beforeend', article('4:82', 'Het bestuursorgaan let op de omstandigheden van het geval.'));
    const analysed = background();
    const { loads } = await start(false);
    expect(loads()).toBe(0);
    near([document.getElementById('Hoofdstuk4_Artikel4:81')!, document.getElementById('Hoofdstuk4_Artikel4:82')!]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the near-view reports in a task of its own, then asks
    expect(loads()).toBe(0);
    near([document.getElementById('Hoofdstuk4_Artikel4:84')!]);
    await vi.waitFor(() => expect(marks('4:84')).toEqual(['§', 'Awb']));
    expect(loads()).toBe(1);
    expect(analysed).toEqual(['4:84']);
  });

  it('with "toon alles", loads it at once', async () => {
    background();
    const { loads } = await start(true);
    expect(loads()).toBe(1);
  });

  /** What the API knows about the Awb: one signal on article 4:90, which is not on the page at first. */
  const known: RegulationLookup = {
    state: 'ok',
    offline: false,
    data: RegulationResponse.parse({
      regulation: { bwbId: 'BWBR0005537', title: 'Algemene wet bestuursrecht', abbreviation: 'Awb', department: 'BZK', domain: null },
      clause: { status: 'onbekend', clauseBwbId: null, clauseLabel: null, note: null, source: null, verified: true },
      regulationSignalIds: [],
      articles: [{ label: '4:90', signalIds: ['sig-1'], counts: { '4_aanpassing_geidentificeerd': 1 }, clause: null, hooks: [] }],
      signals: [signal('sig-1', { targets: [{ bwbId: 'BWBR0005537', label: '4:90', lid: null, path: [], jci: null, versionDate: '2024-01-01', textHash: null, quote: null, origin: { kind: 'bronnen' } }] })],
      generatedAt: '2025-01-01T00:00:00Z',
    }),
  };
  const addArticle = (label: string, body: string): Element => {
    document.getElementById('Hoofdstuk4')!.insertAdjacentHTML('beforeend', article(label, body));
    return document.getElementById(`Hoofdstuk4_Artikel${label}`)!;
  };

  it('with data about articles of the law, loads it at once and shows the summary', async () => {
    background();
    const { loads, summaryLoads } = await start(false, known);
    expect(loads()).toBe(1);
    expect(summaryLoads()).toBe(0);
    expect(document.querySelector('wetsignaal-summary')).not.toBeNull();
  });

  /** The summary's text, as its line shows it. */
  const summaryText = () => document.querySelectorAll('wetsignaal-summary').length === 1 && document.querySelector('wetsignaal-summary')!.shadowRoot!.textContent;

  it('with data about the law as a whole only, shows the summary without the overlay, which a clause loads later without a second summary', async () => {
    background();
    const wholeLaw = structuredClone(known) as Extract<RegulationLookup, { state: 'ok' }>;
    wholeLaw.data.articles = [];
    wholeLaw.data.regulationSignalIds = ['sig-1'];
    const { loads, summaryLoads } = await start(false, wholeLaw);
    expect([loads(), summaryLoads()]).toEqual([0, 1]);
    // In the law's title, counting the signal about the whole law.
    expect(document.querySelector('#regeling > h1 > wetsignaal-summary')).not.toBeNull();
    expect(summaryText()).toContain('1 signaal');
    near([document.getElementById('Hoofdstuk4_Artikel4:84')!]);
    await vi.waitFor(() => expect(marks('4:84')).toEqual(['§', 'Awb']));
    expect(loads()).toBe(1);
    expect(summaryText()).toContain('1 signaal');
  });

  it('with a failed lookup, the summary says so without the overlay', async () => {
    background();
    const { loads, summaryLoads } = await start(false, { state: 'error', code: 'timeout', status: null, message: 'timed out' });
    expect([loads(), summaryLoads()]).toEqual([0, 1]);
    expect(document.querySelector('wetsignaal-summary')!.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('antwoordde niet op tijd');
  });

  it('puts a quiet line outside private law on a row of its own from the start, and a line with signals or an error beside the title', async () => {
    const wraps = () => document.querySelector('wetsignaal-summary')!.hasAttribute('data-ws-wrap');
    const show = async (bwbId: string, lookup: RegulationLookup) => {
      document.querySelector('wetsignaal-summary')?.remove();
      await showLawSummary(ctx, { bwbId, lookup, language: 'nl', catalog: catalogFor('nl'), firstArticle: () => undefined, lawClauses: [] });
      return { wraps: wraps(), text: summaryText() };
    };
    // Quiet, with the law's clause status ("geen hardheidsclausule gevonden"), too long beside most titles.
    expect(await show('BWBR0005537', { state: 'none' })).toEqual({ wraps: true, text: expect.stringContaining('geen hardheidsclausule gevonden') });
    // Private law: no clause status, the short line stays beside the title.
    expect((await show('BWBR0005290', { state: 'none' })).wraps).toBe(false);
    const wholeLaw = structuredClone(known) as Extract<RegulationLookup, { state: 'ok' }>;
    wholeLaw.data.articles = [];
    wholeLaw.data.regulationSignalIds = ['sig-1'];
    expect((await show('BWBR0005537', wholeLaw)).wraps).toBe(false);
    expect((await show('BWBR0005537', { state: 'error', code: 'timeout', status: null, message: 'timed out' })).wraps).toBe(false);
  });

  it('on a page without a title, puts that summary before the first article outside the sidebar', async () => {
    background();
    document.querySelector('#regeling > h1')!.remove();
    document.body.insertAdjacentHTML('afterbegin', `<div id="sidebar">${article('1:1', 'Een artikel in de zijbalk.')}</div>`);
    await start(false, { state: 'error', code: 'http', status: 500, message: 'server error' });
    expect(document.querySelector('wetsignaal-summary')?.nextElementSibling?.id).toBe('Hoofdstuk4_Artikel4:81');
  });

  it('with "toon alles", the overlay shows the summary of a law known as a whole, and the summary script is not loaded', async () => {
    background();
    const wholeLaw = structuredClone(known) as Extract<RegulationLookup, { state: 'ok' }>;
    wholeLaw.data.articles = [];
    const { loads, summaryLoads } = await start(true, wholeLaw);
    expect([loads(), summaryLoads()]).toEqual([1, 0]);
    // It waits for the first badges, to share their relayout; none come here (no article is near), so it
    // shows after a moment all the same.
    expect(summaryText()).toBe(false);
    await vi.waitFor(() => expect(summaryText()).not.toBe(false), { timeout: 3000 });
  });

  it('watches content added later, and shows what is known about it only where the overlay is loaded', async () => {
    background();
    const quiet = await start(false);
    const added = addArticle('4:90', 'Het bestuursorgaan beslist binnen acht weken.');
    quiet.started.add([added]);
    const nearView = () => FakeObserver.made[0]!; // made first; the overlay's badges get observers of their own
    expect(nearView().observed.has(added)).toBe(true);
    expect(quiet.loads()).toBe(0);
    added.remove();

    FakeObserver.reset();
    const shown = await start(false, known);
    const later = addArticle('4:90', 'Het bestuursorgaan beslist binnen acht weken.');
    expect(document.querySelector('wetsignaal-badge[data-ws-label="4:90"]')).toBeNull();
    shown.started.add([later]);
    await vi.waitFor(() => expect(document.querySelector('wetsignaal-badge[data-ws-label="4:90"]')).not.toBeNull());
    expect(nearView().observed.has(later)).toBe(true);
  });
});
