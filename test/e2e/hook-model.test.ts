// The shipped hook classifier in the built extension: the background fetches hook-model.json (a file of its own in the
// build, not part of background.js) when an article's hooks are first asked for, and answers as the Node code does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayFindings } from '../../utils/analysis/analyse';
import { regulationKind } from '../../utils/analysis/regulation-kind';
import { startStack } from './support';

type Stack = Awaited<ReturnType<typeof startStack>>;

const TITLE = 'Wet handhaving voorbeelden';
const ARTICLES = [
  { label: '5', text: '1. Onze Minister kan aan degene die in strijd handelt met artikel 2 een bestuurlijke boete opleggen van ten hoogste € 10.000.\n2. De hoogte van de boete wordt bepaald naar de ernst van de overtreding en de mate waarin deze aan de overtreder kan worden verweten.' },
  { label: '6', text: 'Onze Minister kan de vergunning intrekken of wijzigen indien de houder de aan de vergunning verbonden voorschriften niet naleeft.' },
  { label: '7', text: 'Deze wet treedt in werking met ingang van 1 januari 2015.' },
];

describe('the hook model in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('gives the hooks the Node code gives, with the model fetched by the background', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(`chrome-extension://${stack.browser.extensionId}/popup.html`);
    const ask = () =>
      page.evaluate(
        ([title, articles]) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: 'analyse', bwbId: 'BWBR0099999', title, articles }),
        [TITLE, ARTICLES] as const,
      );
    const expected = ARTICLES.map(({ label, text }) => ({ label, ...overlayFindings({ bwbId: 'BWBR0099999', text }, { kind: regulationKind({ title: TITLE }) }) }));
    expect(expected[0]!.hooks.length).toBeGreaterThan(0);
    expect(await ask()).toEqual(expected);
    expect(await ask()).toEqual(expected); // the second time from the loaded model
    await page.close();
  });
});
