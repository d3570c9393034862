import { describe, expect, it } from 'vitest';
import { quoteFromSelection } from '../../../utils/anchoring/quote';
import { FUZZY_MIN_SCORE, reanchorQuote } from '../../../utils/anchoring/reanchor';
import { normaliseArticleText as normalised } from '../../../utils/recognition/text-hash';

const S1 = 'Het bestuursorgaan handelt overeenkomstig de beleidsregel.';
const S2 =
  'Het kan afwijken als de gevolgen voor een belanghebbende wegens bijzondere omstandigheden onevenredig zijn in verhouding tot de te dienen doelen.';
const S3 = 'Bij ministeriële regeling worden nadere regels gesteld over de aanvraag.';
const S4 = 'Een besluit wordt binnen acht weken na ontvangst van de aanvraag genomen.';
const article = [`1. ${S1} ${S2}`, `2. ${S3}`, `3. ${S4}`].join('\n');

function quoteOf(text: string, needle: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`not in text: ${needle}`);
  return quoteFromSelection(text, start, start + needle.length);
}


describe('reanchorQuote', () => {
  it('finds an unchanged quote exactly at its old position', () => {
    const quote = quoteOf(article, S2);
    expect(reanchorQuote(quote, article)).toEqual({ match: 'exact', start: quote.start, end: quote.end, score: 1 });
  });

  it('ignores whitespace changes', () => {
    const quote = quoteOf(article, S3);
    const reflowed = article.replace(/ /g, '  ').replace('nadere regels', 'nadere\n     regels');
    const result = reanchorQuote(quote, `\n\t${reflowed}  `);
    expect(result.match).toBe('exact');
    expect(result.start).toBe(quote.start);
  });

  it('anchors a quote made on the page in the corpus form of the same text', () => {
    const page = `\n  1. ${S1}\n     ${S2}\n  [Vervallen per 01-01-2030]\n  2. ${S3}\n  3. ${S4}\n`;
    const start = page.indexOf('2. ');
    const quote = quoteFromSelection(page, start, start + 3 + S3.length);
    expect(quote.exact).toBe(`2 ${S3}`);
    expect(reanchorQuote(quote, article)).toEqual({ match: 'exact', start: quote.start, end: quote.end, score: 1 });
  });

  it('follows a sentence that moved to another lid', () => {
    const quote = quoteOf(article, S3);
    const moved = [`1. ${S1} ${S2}`, `2. ${S4}`, `3. ${S3}`].join('\n');
    const result = reanchorQuote(quote, moved);
    expect(result.match).toBe('exact');
    expect(normalised(moved).slice(result.start, result.end)).toBe(S3);
    expect(result.start).not.toBe(quote.start);
  });

  it('finds a sentence with a changed word approximately', () => {
    const quote = quoteOf(article, S2);
    const amended = article.replace('onevenredig', 'niet evenredig').replace('bijzondere', 'bepaalde');
    const result = reanchorQuote(quote, amended);
    expect(result.match).toBe('fuzzy');
    expect(result.score).toBeGreaterThanOrEqual(FUZZY_MIN_SCORE);
    expect(result.score).toBeLessThan(1);
    const found = normalised(amended).slice(result.start, result.end);
    expect(found.startsWith('Het kan afwijken')).toBe(true);
    expect(found.endsWith('te dienen doelen.')).toBe(true);
  });

  it('picks the occurrence of a repeated sentence whose context matches', () => {
    const repeated = [`1. ${S1} ${S3}`, `2. ${S2}`, `3. ${S4} ${S3}`].join('\n');
    const second = quoteOf(repeated, S3, 1);
    const first = quoteOf(repeated, S3, 0);
    // Insert text before both, so the old positions alone no longer point at either occurrence.
    const changed = `Inleiding die er eerder niet stond. ${repeated}`;
    const text = normalised(changed);
    const secondResult = reanchorQuote(second, changed);
    expect(secondResult.match).toBe('exact');
    expect(secondResult.start).toBe(text.lastIndexOf(S3));
    const firstResult = reanchorQuote(first, changed);
    expect(firstResult.start).toBe(text.indexOf(S3));
  });

  it('picks the right repeated sentence also when it changed', () => {
    const repeated = [`1. ${S1} ${S3}`, `2. ${S2}`, `3. ${S4} ${S3}`].join('\n');
    const second = quoteOf(repeated, S3, 1);
    const changed = repeated.replaceAll('nadere regels', 'regels');
    const result = reanchorQuote(second, changed);
    expect(result.match).toBe('fuzzy');
    expect(result.start).toBeGreaterThan(normalised(changed).indexOf(S4));
  });

  it('reports a deleted sentence as lost', () => {
    const quote = quoteOf(article, S4);
    const shortened = [`1. ${S1} ${S2}`, `2. ${S3}`].join('\n');
    expect(reanchorQuote(quote, shortened)).toMatchObject({ match: 'lost', start: -1, end: -1 });
  });

  it('reports a quote that was rewritten beyond recognition as lost', () => {
    const quote = quoteOf(article, S1);
    const rewritten = article.replace(S1, 'Het orgaan volgt in beginsel de eigen regels van beleid.');
    expect(reanchorQuote(quote, rewritten).match).toBe('lost');
  });
});
