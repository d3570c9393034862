// Finds a stored Quote again in the current text of the same article: literally if the quoted text is
// still there, else approximately with its context, else reports it lost. Positions are in the
// normalised current text (`normaliseArticleText`), like the Quote's own.
import type { Quote } from '../contract/identity';
import { compilePattern, editDistancesByEnd, similarity } from './approximate-match';
import { normaliseArticleText } from '../recognition/text-hash';

/** A fuzzy match may differ from the quote in at most this share of its characters (edit distance). */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/** A fuzzy match needs at least this score (0.6 × quote similarity + 0.4 × context score). */
export const FUZZY_MIN_SCORE = 0.6;
/** How many approximate candidates are compared by context; bounds the work for repetitive text. */
const MAX_FUZZY_CANDIDATES = 20;

export type Reanchored = {
  match: 'exact' | 'fuzzy' | 'lost';
  /** Position in the normalised current text; -1 when lost. */
  start: number;
  end: number;
  /** 1 for an exact match, the fuzzy score otherwise, the best rejected score when lost (else 0). */
  score: number;
};

export function reanchorQuote(quote: Quote, currentText: string): Reanchored {
  const text = normaliseArticleText(currentText);
  const exact = quote.exact;
  if (exact.length === 0) return { match: 'lost', start: -1, end: -1, score: 0 }; // not a valid Quote

  const occurrences = indexesOf(text, exact);
  if (occurrences.length > 0) {
    const best = bestBy(occurrences, (start) => contextScore(quote, text, start, start + exact.length));
    return { match: 'exact', start: best.item, end: best.item + exact.length, score: 1 };
  }

  const maxErrors = Math.floor(exact.length * FUZZY_MAX_ERROR_RATE);
  const candidates = approximateMatches(exact, text, maxErrors);
  if (candidates.length === 0) return { match: 'lost', start: -1, end: -1, score: 0 };
  const best = bestBy(candidates, ({ start, end, distance }) => {
    const quoteSimilarity = 1 - distance / Math.max(exact.length, end - start);
    return 0.6 * quoteSimilarity + 0.4 * contextScore(quote, text, start, end);
  });
  if (best.score < FUZZY_MIN_SCORE) return { match: 'lost', start: -1, end: -1, score: best.score };
  return { match: 'fuzzy', start: best.item.start, end: best.item.end, score: best.score };
}

/** How well the surroundings agree with the quote's prefix, suffix and old position (0…1). */
function contextScore(quote: Quote, text: string, start: number, end: number): number {
  const prefix = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const proximity = 1 - Math.min(1, Math.abs(start - quote.start) / Math.max(1, text.length));
  return 0.4 * prefix + 0.4 * suffix + 0.2 * proximity;
}

function indexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function bestBy<T>(items: readonly T[], score: (item: T) => number): { item: T; score: number } {
  const first = items[0] as T;
  let best = { item: first, score: score(first) };
  for (const item of items.slice(1)) {
    const value = score(item);
    if (value > best.score) best = { item, score: value };
  }
  return best;
}

/**
 * Substrings of `text` within `maxErrors` edits of `pattern`: the best end of each run of close ends,
 * and for it the start that gives the smallest distance (found by matching both reversed).
 */
function approximateMatches(
  pattern: string,
  text: string,
  maxErrors: number,
): { start: number; end: number; distance: number }[] {
  if (maxErrors === 0) return [];
  const byEnd = editDistancesByEnd(compilePattern(pattern), text, false, maxErrors);
  const ends: { end: number; distance: number }[] = [];
  let run: { end: number; distance: number } | null = null;
  for (let j = 0; j < byEnd.length; j++) {
    const distance = byEnd[j]!;
    if (distance > maxErrors) {
      run = null;
    } else if (run === null) {
      run = { end: j + 1, distance };
      ends.push(run);
    } else if (distance < run.distance) {
      // Neighbouring ends belong to the same match; keep only the closest one.
      run.end = j + 1;
      run.distance = distance;
    }
  }
  ends.sort((a, b) => a.distance - b.distance);
  const reversedPattern = compilePattern(reverse(pattern));
  return ends.slice(0, MAX_FUZZY_CANDIDATES).map(({ end }) => {
    const windowStart = Math.max(0, end - pattern.length - maxErrors);
    const reversedWindow = reverse(text.slice(windowStart, end));
    const byLength = editDistancesByEnd(reversedPattern, reversedWindow, true, maxErrors);
    let bestLength = 1;
    for (let length = 2; length <= byLength.length; length++) {
      const distance = byLength[length - 1]!;
      const bestDistance = byLength[bestLength - 1]!;
      const closer = Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length);
      if (distance < bestDistance || (distance === bestDistance && closer)) bestLength = length;
    }
    return { start: end - bestLength, end, distance: byLength[bestLength - 1]! };
  });
}

function reverse(value: string): string {
  return value.split('').reverse().join('');
}
