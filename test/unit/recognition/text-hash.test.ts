import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a64Hex, hashArticleText, normaliseArticleText } from '../../../utils/recognition/text-hash';
import { loadCorpus } from '../../fixtures/corpus';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';

describe('fnv1a64Hex', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, not UTF-16 units', () => {
    expect(fnv1a64Hex('é')).not.toBe(fnv1a64Hex('\u00e9'.normalize('NFD')));
    expect(fnv1a64Hex('€')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('normaliseArticleText', () => {
  it('ignores layout: line breaks, spacing, the dot after a lid number or list marker', () => {
    const corpus = '1. Onder besluit wordt verstaan:\na. een beslissing;\nb. een handeling.\n2. Tweede lid.';
    const page = '\n  1  Onder besluit\u00a0wordt verstaan:\n\n a.\teen beslissing;\nb een handeling.\n2 Tweede lid.\n';
    expect(normaliseArticleText(page)).toBe(normaliseArticleText(corpus));
    expect(hashArticleText(page)).toBe(hashArticleText(corpus));
  });

  it('still sees a changed word or number', () => {
    const a = '1. De termijn bedraagt zes weken.';
    expect(hashArticleText(a)).not.toBe(hashArticleText('1. De termijn bedraagt acht weken.'));
    expect(hashArticleText(a)).not.toBe(hashArticleText('2. De termijn bedraagt zes weken.'));
  });

  it('drops bracketed change notices, and a repealed article reads "Vervallen"', () => {
    expect(normaliseArticleText('[Wijziging(en) zonder datum inwerkingtreding aanwezig. Zie het wijzigingenoverzicht.]\nTekst.')).toBe('Tekst.');
    expect(hashArticleText('[Vervallen per 01-01-2013]')).toBe(hashArticleText('Vervallen'));
  });

  it('gives 16 hex digits for every corpus article, stable under re-normalisation', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json'));
    let n = 0;
    for (const file of files) {
      for (const article of loadCorpus(file).articles) {
        const h = hashArticleText(article.text);
        expect(h).toMatch(/^[0-9a-f]{16}$/);
        expect(hashArticleText(normaliseArticleText(article.text))).toBe(h);
        n++;
      }
    }
    expect(n).toBeGreaterThan(4000);
  });
});
