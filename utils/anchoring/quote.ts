// Turns a selection in an article into a contract Quote (W3C TextQuoteSelector + TextPositionSelector).
// Positions are measured in `normaliseArticleText` of the article, the same string the article's text
// hash is computed on, so page and server agree on them and whitespace or layout changes do not matter.
import type { Quote } from '../contract/identity';
import { normaliseArticleText } from '../recognition/text-hash';

export const QUOTE_CONTEXT_LENGTH = 32;
export const QUOTE_MAX_LENGTH = 2000;

/**
 * `start`/`end` are offsets in `articleText` as given (for example the article body's textContent);
 * the Quote's `start`/`end` are positions in its normalised form. Whitespace at the edges of the
 * selection is dropped. Throws a RangeError when the selection is empty or longer than the contract
 * allows.
 */
export function quoteFromSelection(articleText: string, start: number, end: number): Quote {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > articleText.length || end < start) {
    throw new RangeError(`selection ${start}-${end} is outside the article text (length ${articleText.length})`);
  }
  const text = normaliseArticleText(articleText);
  let from = normalisedPosition(text, articleText.slice(0, start));
  let to = normalisedPosition(text, articleText.slice(0, end));
  while (from < to && text[from] === ' ') from++;
  while (to > from && text[to - 1] === ' ') to--;
  if (to === from) throw new RangeError('selection contains no text');
  if (to - from > QUOTE_MAX_LENGTH) {
    throw new RangeError(`selection is ${to - from} characters; at most ${QUOTE_MAX_LENGTH} can be quoted`);
  }
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - QUOTE_CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + QUOTE_CONTEXT_LENGTH),
    start: from,
    end: to,
  };
}

/**
 * Where the raw text before a selection boundary ends up in the normalised text. The normalisation is
 * not a character map (it drops notice lines and marker dots), so the raw prefix is normalised on its
 * own and matched against the whole; where a partly cut line normalises differently, the common part
 * counts.
 */
function normalisedPosition(normalised: string, rawBefore: string): number {
  const before = normaliseArticleText(rawBefore);
  let position = 0;
  while (position < before.length && before[position] === normalised[position]) position++;
  return position;
}
