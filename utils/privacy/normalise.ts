// Text as the detectors match it, with a way back to the original offsets. People (and attackers) write
// the same number in many ways: full-width digits, non-breaking or thin spaces, zero-width characters
// between the digits, typographic dashes. Unicode NFKC folds the look-alikes, format characters (\p{Cf}:
// zero-width space and joiners, soft hyphen, BOM, direction marks) are dropped, and every dash becomes
// a hyphen, so one plain pattern covers them all.

export type Normalised = {
  text: string;
  /** For each UTF-16 unit of `text`: where its source starts and ends in the original; null when unchanged. */
  starts: number[] | null;
  ends: number[] | null;
};

// Printable ASCII, tab and newlines: nothing to fold, so the common case skips the per-cluster work.
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

// A base character with the combining marks that follow it, so NFKC can compose them.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const FORMAT = /^\p{Cf}+$/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;

export function normaliseForMatching(original: string): Normalised {
  if (PLAIN.test(original)) return { text: original, starts: null, ends: null };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    if (FORMAT.test(cluster)) continue;
    const folded = cluster.normalize('NFKC').replace(DASHES, '-');
    const start = match.index;
    const end = start + cluster.length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** The original span of a span [start, end) of the normalised text. */
export function originalSpan(normalised: Normalised, start: number, end: number): { start: number; end: number } {
  if (!normalised.starts || !normalised.ends) return { start, end };
  return { start: normalised.starts[start]!, end: normalised.ends[end - 1]! };
}
