import { describe, expect, it } from 'vitest';
import { parseArticleHeading, parseDivisionHeading } from '../../../utils/recognition/heading';

describe('parseArticleHeading', () => {
  it.each([
    ['Artikel 17c. Collectief toedelingsmechanisme', '17c', 'Collectief toedelingsmechanisme'],
    ['Artikel 4:84', '4:84', null],
    ['Artikel 1:3. Definities', '1:3', 'Definities'],
    ['Artikel 2.10. Tarief', '2.10', 'Tarief'],
    ['Artikel 4.3.6.8', '4.3.6.8', null],
    ['Artikel IV', 'IV', null],
    ['Artikel IVa. Overgang', 'IVa', 'Overgang'],
    ['Artikel A 1', 'A 1', null],
    ['Artikel Y 12a. Kiesraad', 'Y 12a', 'Kiesraad'],
    ['Artikel 78ee*', '78ee*', null],
    ['Artikel 10.', '10', null],
    ['Enig artikel', 'enig artikel', null],
    ['Artikel 2:7 [Vervallen per 01-01-2011]', '2:7', null],
    ['  Artikel\u00a012  ', '12', null],
    ['artikel 3', '3', null],
  ])('%j → %j', (text, nr, title) => {
    expect(parseArticleHeading(text)).toEqual({ nr, title });
  });

  it.each(['Hoofdstuk 4', 'Artikelen 1 tot en met 3', '', 'Artikel', 'Toelichting'])('%j is not an article heading', (text) => {
    expect(parseArticleHeading(text)).toBeNull();
  });
});

describe('parseDivisionHeading', () => {
  it.each([
    ['Hoofdstuk 4. Bijzondere bepalingen over besluiten', 'hoofdstuk', '4', 'Bijzondere bepalingen over besluiten'],
    ['Titeldeel 4.3', 'titeldeel', '4.3', null],
    ['Titel 4.3. Beleidsregels', 'titeldeel', '4.3', 'Beleidsregels'],
    ['Afdeling 2.3', 'afdeling', '2.3', null],
    ['Onderafdeling 1. Algemeen', 'onderafdeling', '1', 'Algemeen'],
    ['Boek 7. Bijzondere overeenkomsten', 'boek', '7', 'Bijzondere overeenkomsten'],
    ['HOOFDSTUK VI', 'hoofdstuk', 'VI', null],
    ['Paragraaf 4.3', 'paragraaf', '4.3', null],
    ['§ 2. Kiesraad', 'paragraaf', '2', 'Kiesraad'],
    ['Sub-paragraaf 4.3.6', 'sub-paragraaf', '4.3.6', null],
    ['Bijlage 3. Regeling verlaagd griffierecht', 'bijlage', '3', 'Regeling verlaagd griffierecht'],
  ])('%j → %s %s', (text, kind, nr, title) => {
    expect(parseDivisionHeading(text)).toEqual({ kind, nr, title });
  });

  it.each(['Artikel 4:84', 'Inhoudsopgave', 'Toelichting bij de bijlage', ''])('%j is not a division heading', (text) => {
    expect(parseDivisionHeading(text)).toBeNull();
  });
});
