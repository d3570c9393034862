// Recognition on the real wetten.overheid.nl pages (../shared/real-pages, saved byte for byte): every
// article's identity exact, the regulation exact, no problem. Expectations: test/fixtures/real-pages.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { expectedArticles, readRealPage, REAL_PAGES, REAL_PAGES_DIR, type RealPage } from '../../fixtures/real-pages';
import { indexPage, recognisePage } from '../../../utils/recognition/recognise';
import { lidContaining } from '../../../utils/recognition/leden';
import { parseJci } from '../../../utils/recognition/jci';
import { Jci, Target } from '../../../utils/contract/identity';

const results = new Map<string, ReturnType<typeof recognisePage>>();
function recognise(page: RealPage): ReturnType<typeof recognisePage> {
  let result = results.get(page.file);
  if (!result) {
    const { document } = parseHTML(readRealPage(page));
    result = recognisePage(document as unknown as Document, page.url);
    results.set(page.file, result);
  }
  return result;
}

describe.each(REAL_PAGES)('$file ($bwbId)', (page) => {
  it('is the file its provenance names (SHA-256 matches)', () => {
    const source = readFileSync(join(REAL_PAGES_DIR, `${page.source}.source.txt`), 'utf8');
    const expected = /Expected SHA-256:\s*([0-9a-f]{64})/.exec(source)?.[1];
    expect(createHash('sha256').update(readFileSync(join(REAL_PAGES_DIR, page.source))).digest('hex')).toBe(expected);
    expect(source).toContain(`URL:        ${page.url}`);
  });

  it('identifies the regulation exactly, with no problem', () => {
    const { page: identity } = recognise(page);
    expect(identity.regulation).toEqual({
      bwbId: page.bwbId,
      title: page.title,
      versionDate: page.versionDate,
      validTo: null,
      kind: 'regulation',
      notices: page.notices,
      status: { validOn: null, viewDate: null, futureFrom: null, repealedPer: null },
    });
    expect(identity.health).toMatchObject({ problem: null, unrecognised: 0, conflicts: 0, unknownStatusLines: [] });
    expect(identity.wholeText).toBeNull();
  });

  it('finds every article with the label, path and anchor the portal gives it', () => {
    const expected = expectedArticles(readRealPage(page), page.bwbId);
    expect(expected).toHaveLength(page.articleCount);
    const { articles } = recognise(page).page;
    expect(articles.map((a) => ({ label: a.label, path: a.path, anchorId: a.anchorId }))).toEqual(
      expected.map(({ label, path, anchorId }) => ({ label, path, anchorId })),
    );
  });

  it("takes the JCI from the page's permalink, and builds the portal's form where the page has none", () => {
    const expected = expectedArticles(readRealPage(page), page.bwbId);
    const { articles, health } = recognise(page).page;
    articles.forEach((a, i) => {
      const own = expected[i]!.pageJci;
      if (own) expect(a.jci).toBe(own);
      else {
        // Not in force: the page's action list has no permalink; the reference is built in the same form.
        const divisions = a.path.map((s) => `&${s.kind}=${s.nr}`).join('');
        expect(a.jci).toBe(`jci1.3:c:${page.bwbId}${divisions}&artikel=${a.label}&z=${page.versionDate}&g=${page.versionDate}`);
      }
      expect(Jci.safeParse(a.jci).success).toBe(true);
      expect(parseJci(a.jci)).toMatchObject({ bwbId: page.bwbId, path: a.path, label: a.label });
    });
    const withoutPermalink = expected.filter((e) => e.pageJci === null).length;
    expect(health.byStrategy).toEqual({ jci: page.articleCount - withoutPermalink, 'container-id': withoutPermalink, heading: 0, override: 0 });
  });

  it('reads each lid with its number and id', () => {
    const expected = expectedArticles(readRealPage(page), page.bwbId);
    const { articles } = recognise(page).page;
    expect(articles.map((a) => a.leden)).toEqual(expected.map((e) => e.leden));
    expect(articles.some((a) => a.leden.length >= 3)).toBe(true);
    for (const a of articles) for (const lid of a.leden) expect(Target.shape.lid.safeParse(lid.nr).success).toBe(true);
  });

  it('anchors a node inside a lid to that lid, and text outside the leden to none', () => {
    const { onPage } = recognise(page);
    const article = onPage.find((a) => a.leden.length >= 2)!;
    const second = article.element.ownerDocument.getElementById(article.leden[1]!.anchorId!)!;
    const textNode = second.querySelector('p.lid')!.lastChild!;
    expect(lidContaining(article.element, textNode)).toMatchObject({ nr: article.leden[1]!.nr, anchorId: article.leden[1]!.anchorId });
    expect(lidContaining(article.element, article.headingElement!)).toBeNull();
  });

  it('marks repealed articles and keeps the not-in-force notices', () => {
    const { articles } = recognise(page).page;
    expect(articles.filter((a) => a.repealed).map((a) => a.label)).toEqual(page.repealed);
    for (const label of page.notInForce) {
      expect(articles.find((a) => a.label === label)!.notices).toEqual(['[Tekst zonder datum inwerkingtreding. Zie het wijzigingenoverzicht.]']);
    }
    // Headings carry a trailing space on the portal; the identity has none.
    for (const a of articles) expect(a.heading).toBe(a.heading?.trim());
  });

  it('the article index (content script path) finds by label what the full scan finds', () => {
    const { document } = parseHTML(readRealPage(page));
    const doc = document as unknown as Document;
    const full = recognisePage(doc, page.url).onPage;
    const wanted = [full[0]!.label, full.at(-1)!.label, ...page.notInForce, ...page.repealed];
    const { index } = indexPage(doc, page.url)!;
    expect(index.withLabels(wanted).map((a) => a.label)).toEqual(full.filter((a) => wanted.includes(a.label)).map((a) => a.label));
    expect(Array.from(index.containers).flatMap((el) => index.at(el)?.label ?? [])).toEqual(full.map((a) => a.label));
  });

  it('gives the same result in a browser DOM (happy-dom) as in linkedom', () => {
    // Without the stylesheet links, which happy-dom would try (and fail, noisily) to fetch; they hold no text.
    const doc = new DOMParser().parseFromString(readRealPage(page).replace(/<link\b[^>]*>/g, ''), 'text/html');
    expect(recognisePage(doc, page.url).page).toEqual(recognise(page).page);
  });
});

describe('npm run recognise on a real page', () => {
  it('prints the exact identities and no problem', () => {
    const page = REAL_PAGES[0]!;
    const root = resolve(import.meta.dirname, '../../..');
    const out = execFileSync('npx', ['tsx', 'scripts/recognise.ts', join(REAL_PAGES_DIR, page.source), '--url', page.url], { cwd: root, encoding: 'utf8' });
    const printed = JSON.parse(out) as ReturnType<typeof recognise>['page'];
    expect(printed.health.problem).toBeNull();
    expect(printed.regulation?.bwbId).toBe(page.bwbId);
    expect(printed.articles.map((a) => [a.label, a.anchorId])).toEqual(expectedArticles(readRealPage(page), page.bwbId).map((e) => [e.label, e.anchorId]));
    expect(printed.wholeText).toBeNull();
    // Starting tsx in a child process takes seconds on a busy machine.
  }, 60_000);
});
