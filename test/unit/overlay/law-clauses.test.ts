// The law's own general clauses, read from the whole page at load (issue #24): found wherever they stand,
// with what they cover; "onbillijk" that is no clause is not one; private law and pages without articles
// get no status.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/recognition/page';
import { readLawClauses } from '../../../utils/overlay/law-clauses';

const article = (label: string, body: string) =>
  `<div class="artikel" id="Artikel${label}"><div class="article__header--law artikel"><h4>Artikel ${label}</h4></div><p>${body}</p></div>`;

function pageWith(bwbId: string, articles: string[]) {
  document.body.innerHTML = `<div id="regeling"><h1>Een wet</h1><div class="wetgeving">${articles.join('')}</div></div>`;
  return readPage(document, `https://wetten.overheid.nl/${bwbId}/2024-01-01/0`)!;
}

const filler = Array.from({ length: 40 }, (_, i) => article(String(i + 1), `De aanvrager verstrekt de gegevens binnen ${i + 2} weken.`));

describe('readLawClauses', () => {
  it('finds a general clause far down the law, with what it covers', () => {
    const page = pageWith('BWBR0099001', [
      ...filler,
      article('41', 'Onze Minister kan de bepalingen van deze wet buiten toepassing laten of daarvan afwijken voor zover toepassing daarvan, gelet op het belang dat deze wet beoogt te beschermen, zal leiden tot een onbillijkheid van overwegende aard.'),
    ]);
    const found = readLawClauses(page);
    expect(found?.map(({ label }) => label)).toEqual(['41']);
    expect(new Set(found![0]!.covers.map((c) => c.kind))).toEqual(new Set(['law']));
    expect(found![0]!.text).toContain('onbillijkheid van overwegende aard');
  });

  it('says none was found where "onbillijk" stands in something else, or not at all', () => {
    expect(readLawClauses(pageWith('BWBR0099002', [...filler, article('41', 'De rechter kan een onbillijke bevoordeling van een der partijen herstellen.')]))).toEqual([]);
    expect(readLawClauses(pageWith('BWBR0099003', filler))).toEqual([]);
  });

  it('gives no status in private law, or on a page without articles', () => {
    // BW Boek 7: "onbillijk" there weighs between parties.
    expect(readLawClauses(pageWith('BWBR0005290', [article('7', 'De rechter kan, indien dit onbillijk zou zijn, de bedongen boete matigen en van deze bepaling afwijken.')]))).toBeNull();
    document.body.innerHTML = '<div id="regeling"><div class="tekst" id="Tekst"><p>Een regeling zonder artikelen, tenzij dat onbillijk is.</p></div></div>';
    const whole = readPage(document, 'https://wetten.overheid.nl/BWBR0099004/2024-01-01/0');
    expect(whole && readLawClauses(whole)).toBeNull();
  });
});
