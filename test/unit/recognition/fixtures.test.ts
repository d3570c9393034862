// Every reconstructed fixture page against its corpus file: the recognised articles must be the
// corpus articles (labels, paths, text hashes), whatever variant of the markup the page uses.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type ManifestPage } from '../../fixtures/generate';
import { loadCorpus, selectArticles, stepsOf } from '../../fixtures/corpus';
import { indexPage, recognisePage } from '../../../utils/recognition/recognise';
import { articleBodyText } from '../../../utils/recognition/text';
import { detectClause } from '../../../utils/analysis/clause';
import { mayHoldClause } from '../../../utils/analysis/clause-stems';
import { NOTICE_EVERY, REPEALED_PER } from '../../fixtures/render';
import { REAL_PAGES, REAL_PAGES_DIR } from '../../fixtures/real-pages';
import { parseJci } from '../../../utils/recognition/jci';
import { hashArticleText } from '../../../utils/recognition/text-hash';
import { ArticleLabel, Jci, PathStep, Target } from '../../../utils/contract/identity';

const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-fixtures-'));
let pages: ManifestPage[] = [];
beforeAll(() => {
  pages = generate(dir);
});

const results = new Map<string, ReturnType<typeof recognisePage>>();
function recognise(page: ManifestPage): ReturnType<typeof recognisePage> {
  let result = results.get(page.file);
  if (!result) {
    const { document } = parseHTML(readFileSync(join(dir, page.file), 'utf8'));
    result = recognisePage(document as unknown as Document, page.url);
    results.set(page.file, result);
  }
  return result;
}

// The list is static so each page is its own test; generate() must produce exactly these.
const LAW_FILES = [
  'awb.html', 'awb-art-4-84.html', 'awb-art-4-84-no-ids.html', 'awb-2015.html', 'participatiewet.html',
  'participatiewet-hoofdstuk-3.html', 'bw7.html', 'wet-ib-2001.html', 'awr.html', 'zorgtoeslag.html', 'wlz.html',
  'zvw.html', 'kieswet.html', 'awir.html', 'leerplichtwet.html',
];

describe('fixture manifest', () => {
  it('lists every law page, at least 10 laws, reconstructions marked as such', () => {
    expect(pages.filter((p) => p.corpus).map((p) => p.file)).toEqual(LAW_FILES);
    expect(new Set(pages.map((p) => p.bwbId).filter((id) => id && pages.some((p) => p.corpus && p.bwbId === id))).size).toBeGreaterThanOrEqual(10);
    for (const p of pages.filter((x) => x.reconstruction)) {
      expect(p.reconstruction).toBe(true);
      expect(readFileSync(join(dir, p.file), 'utf8')).toContain('RECONSTRUCTION');
      expect(new URL(p.url).hostname).toBe('wetten.overheid.nl');
    }
  });

  it('covers every uncertain point of the dossier as a variant', () => {
    const used = new Set(pages.flatMap((p) => p.variants));
    expect([...used].sort()).toEqual(
      ['h3-articles', 'heading-ids', 'lid-number-dot', 'no-actions', 'no-ids', 'no-jci', 'notice-in-body'],
    );
  });

  it('copies the real pages byte for byte', () => {
    expect(pages.filter((p) => !p.reconstruction).map((p) => p.file)).toEqual(REAL_PAGES.map((p) => p.file));
    for (const real of REAL_PAGES) expect(readFileSync(join(dir, real.file)).equals(readFileSync(join(REAL_PAGES_DIR, real.source))), real.file).toBe(true);
  });

  it('reconstructed pages are self-contained (no external resources)', () => {
    for (const p of pages.filter((x) => x.reconstruction)) {
      const html = readFileSync(join(dir, p.file), 'utf8');
      expect(html).not.toMatch(/<(?:script|img|iframe)\b[^>]*\bsrc=/i);
      expect(html).not.toMatch(/<link\b(?![^>]*href="data:)[^>]*>/i);
    }
  });

  it('is deterministic (same bytes on a second run)', () => {
    const again = mkdtempSync(join(tmpdir(), 'wetsignaal-fixtures-'));
    generate(again);
    for (const p of pages) expect(readFileSync(join(again, p.file), 'utf8')).toBe(readFileSync(join(dir, p.file), 'utf8'));
  });
});

describe.each(LAW_FILES)('%s', (file) => {
  const page = (): ManifestPage => pages.find((p) => p.file === file)!;

  it('yields exactly the corpus articles, in order, with their paths and text hashes', () => {
    const p = page();
    const expected = selectArticles(loadCorpus(p.corpus!), p.selection);
    const { page: identity } = recognise(p);
    expect(identity.articles.map((a) => [a.label, a.path])).toEqual(expected.map((a) => [a.label, stepsOf(a)]));
    expect(identity.articles.map((a) => a.textHash)).toEqual(expected.map((a) => hashArticleText(a.text)));
    expect(identity.articles.map((a) => a.repealed)).toEqual(expected.map((a) => a.status === 'vervallen'));
    expect(identity.health.problem).toBeNull();
    expect(identity.health.unrecognised).toBe(0);
    expect(identity.health.conflicts).toBe(0);
  });

  it('reads every numbered lid of the corpus, with the id the real markup gives it', () => {
    const p = page();
    const expected = selectArticles(loadCorpus(p.corpus!), p.selection);
    const { articles } = recognise(p).page;
    articles.forEach((a, i) => {
      const corpus = expected[i]!;
      // Unnumbered intro text is no lid; a number the contract cannot name (Participatiewet 18 has a lid "8*") is left out.
      const numbered =
        corpus.status === 'vervallen' ? [] : corpus.leden.flatMap((l) => (l.nr !== null && Target.shape.lid.safeParse(l.nr).success ? [l.nr] : []));
      expect(a.leden.map((l) => l.nr), `${p.file} artikel ${a.label}`).toEqual(numbered);
      expect(a.leden.map((l) => l.anchorId)).toEqual(numbered.map((nr) => (a.anchorId && !p.variants.includes('heading-ids') ? `${a.anchorId}_Lid${nr}` : null)));
    });
  });

  it('reads the notices the generator put on repealed and changed articles', () => {
    const p = page();
    const law = loadCorpus(p.corpus!);
    const expected = selectArticles(law, p.selection).map((a) => {
      if (a.status === 'vervallen') return [`[Vervallen per ${REPEALED_PER}]`];
      return law.articles.indexOf(a) % NOTICE_EVERY === NOTICE_EVERY - 1
        ? ['[Wijziging(en) zonder datum inwerkingtreding aanwezig. Zie het wijzigingenoverzicht.]']
        : [];
    });
    expect(recognise(p).page.articles.map((a) => a.notices)).toEqual(expected);
  });

  it('identifies the regulation as the manifest says', () => {
    const p = page();
    const { page: identity } = recognise(p);
    expect(identity.regulation).toMatchObject({
      bwbId: p.bwbId,
      title: p.title,
      versionDate: p.versionDate,
      validTo: p.validTo,
      kind: p.shape,
    });
  });

  it('gives JCI references that parse back to the same identity and satisfy the contract', () => {
    const p = page();
    const { page: identity } = recognise(p);
    for (const a of identity.articles) {
      expect(Jci.safeParse(a.jci).success, a.jci).toBe(true);
      expect(ArticleLabel.safeParse(a.label).success, a.label).toBe(true);
      for (const step of a.path) expect(PathStep.safeParse(step).success).toBe(true);
      expect(parseJci(a.jci)).toMatchObject({ bwbId: p.bwbId, path: a.path, label: a.label });
    }
  });

  it('reports the strategy the variant leaves available', () => {
    const p = page();
    const { page: identity } = recognise(p);
    const { byStrategy } = identity.health;
    const jciGone = p.variants.includes('no-jci') || p.variants.includes('no-actions');
    const idsGone = p.variants.includes('no-ids');
    const expected = !jciGone ? 'jci' : !idsGone ? 'container-id' : 'heading';
    expect(byStrategy[expected]).toBe(identity.articles.length);
  });
});

describe('the article index (what the content script uses) finds by label what the full scan finds', () => {
  it.each(LAW_FILES)('%s', (file) => {
    const page = pages.find((p) => p.file === file)!;
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    const doc = document as unknown as Document;
    const full = recognisePage(doc, page.url).onPage;
    const labels = full.map((a) => a.label);
    // Every fifth label, one that also occurs with another number's digits in it, and one not on the page.
    const wanted = [...labels.filter((_, i) => i % 5 === 2), labels.at(-1)!, '1', '999zz'];
    const expected = full.filter((a) => wanted.includes(a.label)).map((a) => a.element);
    expect(expected.length).toBeGreaterThan(0);
    const { index } = indexPage(doc, page.url)!;
    expect(index.withLabels(wanted).map((a) => a.element)).toEqual(expected);
    // One by one, each container gives the article the full scan gave for it.
    const byElement = new Map(full.map((a) => [a.element, a.label]));
    const containers = Array.from(index.containers);
    expect(containers.map((el) => index.at(el)?.label).filter((l) => l !== undefined)).toEqual(labels);
    expect(containers.filter((el) => byElement.has(el)).length).toBe(full.length);
    expect(index.first()?.element).toBe(full[0]?.element);
  });
});

describe('non-law pages', () => {
  it.each(['awb-informatie.html', 'awb-afdrukken.html', 'zoeken.html'])('%s gives nothing', (file) => {
    const { page, onPage } = recognise(pages.find((p) => p.file === file)!);
    expect(page.regulation).toBeNull();
    expect(page.articles).toEqual([]);
    expect(onPage).toEqual([]);
    expect(page.health.problem).toBeNull();
  });

  it('a law URL with markup we do not know reports a problem and no articles', () => {
    const { page } = recognise(pages.find((p) => p.file === 'onbekend.html')!);
    expect(page.regulation?.bwbId).toBe('BWBR0099999');
    expect(page.articles).toEqual([]);
    expect(page.health.problem).toMatch(/niet gevonden/);
  });
});

describe('the same result in a browser DOM (happy-dom) as in linkedom', () => {
  it.each(['zorgtoeslag.html', 'participatiewet-hoofdstuk-3.html', 'awb-art-4-84-no-ids.html', 'leerplichtwet.html'])('%s', (file) => {
    const p = pages.find((x) => x.file === file)!;
    const doc = new DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
    expect(recognisePage(doc, p.url).page).toEqual(recognise(p).page);
  });
});

describe('clause pre-filter on page text', () => {
  // The content script tests an article's raw text (textContent, without the line breaks the body text
  // gets) before it reads and sends it for analysis; that test must never drop a clause.
  it('passes every article the detector reads as a hardheidsclausule, and few others', () => {
    let clauses = 0;
    let passed = 0;
    let articles = 0;
    for (const file of LAW_FILES) {
      for (const article of recognise(pages.find((p) => p.file === file)!).onPage) {
        articles++;
        const raw = mayHoldClause(article.element.textContent ?? '');
        if (raw) passed++;
        if (detectClause(articleBodyText(article.element)) !== null) {
          clauses++;
          expect(raw, `${file} artikel ${article.label}`).toBe(true);
        }
      }
    }
    expect(clauses).toBeGreaterThan(20);
    expect(passed).toBeLessThan(articles / 2);
  });
});
