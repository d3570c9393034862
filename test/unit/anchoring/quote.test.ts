import { describe, expect, it } from 'vitest';
import { Quote } from '../../../utils/contract/identity';
import { QUOTE_MAX_LENGTH, quoteFromSelection } from '../../../utils/anchoring/quote';
import { normaliseArticleText } from '../../../utils/recognition/text-hash';

// As the page renders an article body: indentation, line breaks, a tab, a change notice.
const raw =
  '\n   1. Het bestuursorgaan handelt overeenkomstig de beleidsregel,\n      tenzij dat voor een of meer\tbelanghebbenden ' +
  'gevolgen zou hebben die wegens bijzondere omstandigheden onevenredig zijn in verhouding tot de met de beleidsregel ' +
  'te dienen doelen.\n   [Wijziging(en) op nader te bepalen datum(s); laatste bekendgemaakt in Stb. 2024, 1]\n' +
  '   2. Dit lid is verzonnen.  \n';

function select(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`not in text: ${needle}`);
  return [start, start + needle.length];
}

describe('quoteFromSelection', () => {
  const normalised = normaliseArticleText(raw);

  it('gives a valid contract Quote in normalised positions with 32 characters of context', () => {
    const [start, end] = select(raw, 'meer\tbelanghebbenden gevolgen');
    const quote = quoteFromSelection(raw, start, end);
    expect(Quote.parse(quote)).toEqual(quote);
    expect(quote.exact).toBe('meer belanghebbenden gevolgen');
    expect(normalised.slice(quote.start, quote.end)).toBe(quote.exact);
    expect(quote.prefix).toBe(normalised.slice(quote.start - 32, quote.start));
    expect(quote.suffix).toBe(normalised.slice(quote.end, quote.end + 32));
    expect(quote.prefix).toHaveLength(32);
  });

  it('measures positions after dropped notice lines and marker dots', () => {
    const [start, end] = select(raw, 'Dit lid is verzonnen.');
    const quote = quoteFromSelection(raw, start, end);
    expect(quote.exact).toBe('Dit lid is verzonnen.');
    expect(normalised.slice(quote.start, quote.end)).toBe(quote.exact);
    expect(quote.prefix.endsWith('doelen. 2 ')).toBe(true);
    expect(quote.suffix).toBe('');
  });

  it('drops whitespace at the edges of the selection and shortens context at the start', () => {
    const [, end] = select(raw, '1. Het');
    const quote = quoteFromSelection(raw, 0, end);
    expect(quote).toMatchObject({ exact: '1 Het', start: 0, end: 5, prefix: '' });
    const [from] = select(raw, 'Het bestuursorgaan');
    expect(quoteFromSelection(raw, from - 1, from + 3)).toMatchObject({ exact: 'Het', start: 2 });
  });

  it('refuses empty, out-of-range and over-long selections', () => {
    expect(() => quoteFromSelection(raw, 0, 4)).toThrow(RangeError);
    expect(() => quoteFromSelection(raw, 5, 5)).toThrow(RangeError);
    expect(() => quoteFromSelection(raw, 10, raw.length + 1)).toThrow(RangeError);
    const long = 'woord '.repeat(QUOTE_MAX_LENGTH);
    expect(() => quoteFromSelection(long, 0, long.length)).toThrow(/at most/);
    expect(quoteFromSelection(long, 0, QUOTE_MAX_LENGTH).exact).toHaveLength(QUOTE_MAX_LENGTH);
  });
});
