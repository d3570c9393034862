// Behaviour of the recogniser on small hand-made documents (happy-dom, the unit environment's DOM).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPage, recognisePage, recogniseWithin } from '../../../utils/recognition/recognise';
import { articleBodyText } from '../../../utils/recognition/text';
import { PROBLEM_NO_ARTICLES } from '../../../utils/recognition/page';
import { hashArticleText } from '../../../utils/recognition/text-hash';
import { generate } from '../../fixtures/generate';

const URL_AWB = 'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0';
const JCI_484 = 'jci1.3:c:BWBR0005537&amp;hoofdstuk=4&amp;titeldeel=4.3&amp;artikel=4:84&amp;z=2024-01-01&amp;g=2024-01-01';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function actions(jci: string | null, heading: string): string {
  const attr = jci ? ` data-juriconnectverwijzing="${jci}"` : '';
  return `<ul role="list" aria-label="Lijst met mogelijke acties voor ${heading}."><li class="action--permalink"><a href="#" class="popuppermanentelink"${attr}><span>Maak een permanente link</span></a></li></ul>`;
}

const article484 = (opts: { id?: string; jci?: string | null; heading?: string; body?: string; headerP?: string } = {}): string => {
  const heading = opts.heading ?? 'Artikel 4:84';
  const id = opts.id === undefined ? ' id="Hoofdstuk4_Titeldeel4.3_Artikel4:84"' : opts.id ? ` id="${opts.id}"` : '';
  return (
    `<div class="artikel"${id}><div class="article__header--law artikel"><h4>${heading}</h4>${opts.headerP ?? ''}${actions(opts.jci === undefined ? JCI_484 : opts.jci, heading)}</div>` +
    `${opts.body ?? '<p>Het bestuursorgaan handelt overeenkomstig de beleidsregel.</p>'}</div>`
  );
};

const page = (inner: string, extra = ''): string =>
  `<html><head><title>wetten.nl - Regeling - Algemene wet bestuursrecht - BWBR0005537</title></head><body>${extra}<div id="regeling"><h1>Algemene wet bestuursrecht</h1>` +
  `<div class="article__header--law article__header--main"><p class="regeling-toestand-meldingen">Geraadpleegd op 15-08-2026.<br>Geldend van 01-01-2024 t/m heden.<br>Wijziging(en) zonder datum inwerkingtreding aanwezig.</p></div>` +
  `<div class="wetgeving"><div class="wet-besluit"><div class="wettekst">` +
  `<div class="hoofdstuk" id="Hoofdstuk4"><div class="article__header--law article__header--law--chapter hoofdstuk"><h3>Hoofdstuk 4. Bijzondere bepalingen</h3></div>` +
  `<div class="titeldeel" id="Hoofdstuk4_Titeldeel4.3"><div class="article__header--law titeldeel"><h4>Titel 4.3. Beleidsregels</h4></div>${inner}</div></div>` +
  `</div></div></div></div></body></html>`;

describe('recognisePage', () => {
  it('reads the regulation header: title, dates, notices', () => {
    const { page: p } = recognisePage(parse(page(article484())), 'https://wetten.overheid.nl/BWBR0005537');
    expect(p.regulation).toEqual({
      bwbId: 'BWBR0005537',
      title: 'Algemene wet bestuursrecht',
      versionDate: '2024-01-01',
      validTo: null,
      kind: 'regulation',
      notices: ['Wijziging(en) zonder datum inwerkingtreding aanwezig.'],
      status: { validOn: null, viewDate: null, futureFrom: null, repealedPer: null },
    });
  });

  it('prefers the JCI, keeps the page value, and exposes the live nodes', () => {
    const doc = parse(page(article484()));
    const { page: p, onPage } = recognisePage(doc, URL_AWB);
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toMatchObject({
      label: '4:84',
      path: [{ kind: 'hoofdstuk', nr: '4' }, { kind: 'titeldeel', nr: '4.3' }],
      anchorId: 'Hoofdstuk4_Titeldeel4.3_Artikel4:84',
      jci: 'jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.3&artikel=4:84&z=2024-01-01&g=2024-01-01',
      heading: 'Artikel 4:84',
      strategy: 'jci',
      repealed: false,
    });
    expect(onPage[0]!.element).toBe(doc.getElementById('Hoofdstuk4_Titeldeel4.3_Artikel4:84'));
    expect(onPage[0]!.headingElement?.tagName).toBe('H4');
    expect(p.articles[0]).not.toHaveProperty('element');
  });

  it('falls back to the id, then to heading plus nesting, and builds the JCI', () => {
    const byId = recognisePage(parse(page(article484({ jci: null }))), URL_AWB).page;
    expect(byId.articles[0]).toMatchObject({ label: '4:84', strategy: 'container-id' });
    const byHeading = recognisePage(parse(page(article484({ jci: null, id: '' }))), URL_AWB).page;
    expect(byHeading.articles[0]).toMatchObject({
      label: '4:84',
      path: [{ kind: 'hoofdstuk', nr: '4' }, { kind: 'titeldeel', nr: '4.3' }],
      anchorId: null,
      strategy: 'heading',
      jci: 'jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.3&artikel=4:84&z=2024-01-01&g=2024-01-01',
    });
  });

  it('counts a disagreement between strategies and keeps the strongest', () => {
    const { page: p } = recognisePage(parse(page(article484({ heading: 'Artikel 4:85' }))), URL_AWB);
    expect(p.articles[0]!.label).toBe('4:84');
    expect(p.health.conflicts).toBe(1);
  });

  it('takes the divisions from the id when the JCI names only the article', () => {
    const bare = 'jci1.3:c:BWBR0005537&amp;artikel=4:84&amp;z=2024-01-01&amp;g=2024-01-01';
    const { page: p } = recognisePage(parse(page(article484({ jci: bare }))), URL_AWB);
    expect(p.articles[0]).toMatchObject({
      label: '4:84',
      path: [{ kind: 'hoofdstuk', nr: '4' }, { kind: 'titeldeel', nr: '4.3' }],
      strategy: 'jci',
      jci: 'jci1.3:c:BWBR0005537&artikel=4:84&z=2024-01-01&g=2024-01-01',
    });
  });

  it('builds the JCI when the page value is malformed', () => {
    const messy = 'jci1.3:c:BWBR0005537&amp;hoofdstuk=4&amp;titeldeel=4.3&amp;artikel=4:84 &amp;z=2024-01-01';
    const { page: p } = recognisePage(parse(page(article484({ jci: messy }))), URL_AWB);
    expect(p.articles[0]).toMatchObject({
      strategy: 'jci',
      jci: 'jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.3&artikel=4:84&z=2024-01-01&g=2024-01-01',
    });
  });

  it('ignores a JCI that names another regulation', () => {
    const other = 'jci1.3:c:BWBR0015703&amp;artikel=18';
    const { page: p } = recognisePage(parse(page(article484({ jci: other }))), URL_AWB);
    expect(p.articles[0]).toMatchObject({ label: '4:84', strategy: 'container-id' });
  });

  it('hashes the body only: not the header, its notices or an action list', () => {
    const plain = recognisePage(parse(page(article484())), URL_AWB).page.articles[0]!;
    const decorated = recognisePage(
      parse(page(article484({ headerP: '<p>[Wijziging(en) zonder datum inwerkingtreding aanwezig.]</p>', body: `${actions(JCI_484, 'x')}<p>Het bestuursorgaan handelt overeenkomstig de beleidsregel.</p>` }))),
      URL_AWB,
    ).page.articles[0]!;
    expect(decorated.textHash).toBe(plain.textHash);
    expect(plain.textHash).toBe(hashArticleText('Het bestuursorgaan handelt overeenkomstig de beleidsregel.'));
    expect(decorated.notices).toEqual(['[Wijziging(en) zonder datum inwerkingtreding aanwezig.]']);
  });

  it('reads lid numbers and list markers without a space before the text', () => {
    const body = '<ul class="list--law__unordered"><li><p><span>1</span>Eerste lid:</p><ul><li><p><span>a.</span>onderdeel</p></li></ul></li><li><p><span>2</span>Tweede lid.</p></li></ul>';
    const { onPage } = recognisePage(parse(page(article484({ body }))), URL_AWB);
    expect(onPage[0]!.textHash).toBe(hashArticleText('1. Eerste lid:\na. onderdeel\n2. Tweede lid.'));
    expect(articleBodyText(onPage[0]!.element)).not.toContain('Maak een permanente link');
  });

  it('marks a repealed article from a header or body notice', () => {
    const inHeader = recognisePage(parse(page(article484({ headerP: '<p>[Vervallen per 01-01-2013]</p>', body: '' }))), URL_AWB).page.articles[0]!;
    const inBody = recognisePage(parse(page(article484({ body: '<p>[Vervallen per 01-01-2013]</p>' }))), URL_AWB).page.articles[0]!;
    for (const a of [inHeader, inBody]) {
      expect(a.repealed).toBe(true);
      expect(a.notices).toEqual(['[Vervallen per 01-01-2013]']);
      expect(a.textHash).toBe(hashArticleText('Vervallen'));
    }
  });

  it('never takes the table of contents for content', () => {
    const toc = `<div id="sidebar"><ul class="treeview"><li><div class="artikel" id="TOC_Hoofdstuk4_Titeldeel4.3_Artikel4:83"><div class="article__header--law artikel"><h4>Artikel 4:83</h4></div></div></li></ul></div>`;
    const { page: p } = recognisePage(parse(page(article484(), toc)), URL_AWB);
    expect(p.articles.map((a) => a.label)).toEqual(['4:84']);
  });

  it('does not modify the document', () => {
    const doc = parse(page(article484({ id: '', jci: null })));
    const before = doc.documentElement.outerHTML;
    recognisePage(doc, URL_AWB);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives nothing for a law URL without any law markup (e.g. an error page)', () => {
    const { page: p } = recognisePage(parse('<html><body><h1>Pagina niet gevonden</h1></body></html>'), URL_AWB);
    expect(p).toMatchObject({ regulation: null, articles: [], health: { problem: null } });
  });

  it('reports a problem when the law markup is there but no article is understood', () => {
    const { page: p } = recognisePage(parse(page('<div class="artikel"><h4>Toelichting</h4><p>Tekst</p></div>')), URL_AWB);
    expect(p.articles).toEqual([]);
    expect(p.health.problem).toBe(PROBLEM_NO_ARTICLES);
    expect(p.health.unrecognised).toBe(1);
  });
});

describe('remote override (RecognitionConfig)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-fixtures-'));
  generate(dir);
  const unknown = readFileSync(join(dir, 'onbekend.html'), 'utf8');
  const url = 'https://wetten.overheid.nl/BWBR0099999/2024-01-01/0';

  it('extra article selectors recognise markup the built-ins miss', () => {
    const { page: p } = recognisePage(parse(unknown), url, { articleSelectors: ['section.onbekend-artikel'] });
    expect(p.articles.map((a) => [a.label, a.strategy])).toEqual([
      ['1', 'override'],
      ['2', 'override'],
    ]);
    expect(p.health.byStrategy.override).toBe(2);
    expect(p.health.problem).toBeNull();
  });

  it('ignore selectors take a region out, and a broken selector is skipped', () => {
    const doc = parse(page(article484()));
    expect(recognisePage(doc, URL_AWB, { ignoreSelectors: ['#Hoofdstuk4_Titeldeel4\\.3', '<<broken'] }).page.articles).toEqual([]);
    expect(recognisePage(doc, URL_AWB, { articleSelectors: ['<<broken'] }).page.articles).toHaveLength(1);
  });

  it('extra title selectors are used when the built-ins find no title', () => {
    const doc = parse('<html><body><div class="kop"><span class="titel">Wet X</span></div><div class="wetgeving"></div></body></html>');
    expect(recognisePage(doc, URL_AWB, { titleSelectors: ['.kop .titel'] }).page.regulation?.title).toBe('Wet X');
  });
});

describe('indexPage', () => {
  /** The selectors a document was queried with, in order. */
  function queried(doc: Document): string[] {
    const seen: string[] = [];
    for (const name of ['querySelector', 'querySelectorAll'] as const) {
      const original = doc[name].bind(doc) as (s: string) => unknown;
      Object.assign(doc, { [name]: (selector: string) => (seen.push(selector), original(selector)) });
    }
    return seen;
  }

  it('reads the title and status lines only when they are asked for', () => {
    const doc = parse(page(article484()));
    const seen = queried(doc);
    const { regulation } = indexPage(doc, URL_AWB)!;
    expect(regulation.versionDate).toBe('2024-01-01'); // from the URL
    expect(seen.filter((s) => s.includes('h1') || s.includes('regeling-toestand'))).toEqual([]);
    expect(regulation.title).toBe('Algemene wet bestuursrecht');
    expect(regulation.notices).toEqual(['Wijziging(en) zonder datum inwerkingtreding aanwezig.']);
    expect(regulation.validTo).toBeNull();
    expect(seen.filter((s) => s.includes('regeling-toestand'))).toHaveLength(1); // read once, kept
  });

  it('takes the version date from the status line when the URL has none', () => {
    const { regulation } = indexPage(parse(page(article484())), 'https://wetten.overheid.nl/BWBR0005537')!;
    expect(regulation.versionDate).toBe('2024-01-01');
  });

  it('is null for a page of the law without articles or any other sign of a law text', () => {
    expect(indexPage(parse('<html><body><h2>Zoeken</h2></body></html>'), URL_AWB)).toBeNull();
    expect(indexPage(parse(page('')), URL_AWB)?.index.containers).toHaveLength(0);
  });
});

describe('the article index', () => {
  const JCI_485 = JCI_484.replace('4:84', '4:85');
  const two = (second: string) => page(article484() + second);

  it('recognises nothing until asked, then only what is asked for', () => {
    const { index } = indexPage(parse(two(article484({ id: '', jci: JCI_485, heading: 'Artikel 4:85' }))), URL_AWB)!;
    expect(index.containers).toHaveLength(2);
    expect(index.withLabels(['4:85']).map((a) => a.label)).toEqual(['4:85']);
    expect(index.withLabels(['4:84', '4:85']).map((a) => a.label)).toEqual(['4:84', '4:85']);
    expect(index.withLabels([])).toEqual([]);
  });

  it('finds an article known only by its heading when its permalink is missing', () => {
    // The permalinks no longer vouch for every container: the index falls back to reading them all.
    const { index } = indexPage(parse(two(article484({ id: '', jci: null, heading: 'Artikel 4:85' }))), URL_AWB)!;
    expect(index.withLabels(['4:85']).map((a) => a.strategy)).toEqual(['heading']);
  });

  it('reads a permalink it cannot read at a glance in full (encoded, other case, &amp;)', () => {
    for (const jci of [JCI_485.replace('4:85', '4%3A85'), JCI_485.replace('artikel=', 'ARTIKEL='), JCI_485.replaceAll('&amp;', '&amp;amp;')]) {
      const { index } = indexPage(parse(two(article484({ id: '', jci, heading: 'Artikel 4:85' }))), URL_AWB)!;
      expect(index.withLabels(['4:85']).map((a) => a.label), jci).toEqual(['4:85']);
    }
  });

  it('gives no article for a container in an ignored region', () => {
    const { index } = indexPage(parse(page(article484(), `<div id="sidebar">${article484({ id: '' })}</div>`)), URL_AWB)!;
    expect(index.containers).toHaveLength(2);
    expect(index.at(index.containers[0]!)).toBeNull();
    expect(index.withLabels(['4:84']).map((a) => a.element)).toEqual([index.containers[1]]);
  });
});

describe('recogniseWithin', () => {
  it('recognises a subtree added later, with the divisions around it', () => {
    const doc = parse(page(article484()));
    const { context } = recognisePage(doc, URL_AWB);
    const holder = doc.createElement('div');
    holder.innerHTML = article484({ id: '', jci: null, heading: 'Artikel 4:84a' });
    doc.getElementById('Hoofdstuk4_Titeldeel4.3')!.appendChild(holder);
    const { articles, health } = recogniseWithin(holder, context!);
    expect(articles.map((a) => [a.label, a.path, a.strategy])).toEqual([
      ['4:84a', [{ kind: 'hoofdstuk', nr: '4' }, { kind: 'titeldeel', nr: '4.3' }], 'heading'],
    ]);
    expect(health.byStrategy.heading).toBe(1);
  });

  it('takes the part path from the URL on a part page', () => {
    const doc = parse(`<html><body><div class="fragment-header"><h1>Algemene wet bestuursrecht</h1></div><div><div class="wetgeving">${article484({ id: '', jci: null })}</div></div></body></html>`);
    const url = 'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Hoofdstuk4/Titeldeel4.3/Artikel4:84';
    const { page: p, context } = recognisePage(doc, url);
    expect(p.regulation?.kind).toBe('part');
    expect(p.articles[0]?.path).toEqual([{ kind: 'hoofdstuk', nr: '4' }, { kind: 'titeldeel', nr: '4.3' }]);
    expect(recogniseWithin(doc.body, context!).articles).toHaveLength(1);
  });
});

describe('a part page shown under its Juriconnect permalink', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-fixtures-'));
  generate(dir);

  it('gives the same article identity as under its part URL, without ids or JCI attributes on the page', () => {
    const html = readFileSync(join(dir, 'awb-art-4-84-no-ids.html'), 'utf8');
    const viaPart = recognisePage(parse(html), 'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Hoofdstuk4/Titeldeel4.3/Artikel4:84/');
    const viaJci = recognisePage(
      parse(html),
      'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.3&artikel=4:84&z=2024-01-01&g=2024-01-01',
    );
    expect(viaJci.page.regulation).toMatchObject({ bwbId: 'BWBR0005537', versionDate: '2024-01-01', kind: 'part' });
    expect(viaJci.page.articles.map((a) => [a.label, a.path, a.jci])).toEqual(viaPart.page.articles.map((a) => [a.label, a.path, a.jci]));
    expect(viaJci.page.articles[0]?.path).toEqual([
      { kind: 'hoofdstuk', nr: '4' },
      { kind: 'titeldeel', nr: '4.3' },
    ]);
  });
});
