// Approximate string matching with Myers' bit-vector algorithm (J. ACM 1999), in blocks of 32 pattern
// characters so long quotes work too. One pass costs O(text length × ⌈pattern length / 32⌉) word
// operations, which keeps re-anchoring inside one article in the sub-millisecond range.

const WORD_BITS = 32;

export type CompiledPattern = {
  length: number;
  blocks: number;
  /** Per character code: for each block, the bits of the pattern positions holding that character. */
  masks: Map<number, Int32Array>;
  noMatch: Int32Array;
  lastBlockHighBit: number;
};

export function compilePattern(pattern: string): CompiledPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / WORD_BITS));
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (mask === undefined) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    mask[i >> 5]! |= 1 << (i & 31);
  }
  const lastBlockHighBit = pattern.length === 0 ? 0 : 1 << ((pattern.length - 1) & 31);
  return { length: pattern.length, blocks, masks, noMatch: new Int32Array(blocks), lastBlockHighBit };
}

/**
 * For every position `j` of `text`, the edit distance between the whole pattern and the best
 * substring of `text` that ends just after `j`. With `anchoredAtStart` the substring must start at 0,
 * so the value is the plain edit distance between the pattern and `text.slice(0, j + 1)`.
 *
 * With a finite `maxDistance`, only the blocks that can still hold a value within it are computed
 * (Ukkonen's cut-off, block-wise as in Myers' paper) and every larger distance reads maxDistance + 1.
 */
export function editDistancesByEnd(
  pattern: CompiledPattern,
  text: string,
  anchoredAtStart: boolean,
  maxDistance = Number.POSITIVE_INFINITY,
): Int32Array {
  const { blocks, masks, noMatch, lastBlockHighBit } = pattern;
  const lastBlock = blocks - 1;
  const lastBlockSize = pattern.length - lastBlock * WORD_BITS;
  const positive = new Int32Array(blocks).fill(-1); // vertical deltas +1: D[i][0] = i
  const negative = new Int32Array(blocks);
  // Distance at the bottom row of each block, for the current column.
  const scores = Int32Array.from({ length: blocks }, (_, b) => (b === lastBlock ? pattern.length : (b + 1) * WORD_BITS));
  const distances = new Int32Array(text.length);
  const cutOff = Number.isFinite(maxDistance);
  const over = cutOff ? maxDistance + 1 : 0;
  let active = cutOff ? Math.min(lastBlock, Math.floor(maxDistance / WORD_BITS)) : lastBlock;
  let eqs = noMatch;

  /** One column step of block `b`, given the horizontal delta entering its top; returns the one leaving its bottom. */
  const advance = (b: number, carryIn: number): number => {
    const pv = positive[b]!;
    const mv = negative[b]!;
    let eq = eqs[b]!;
    const xv = eq | mv;
    if (carryIn < 0) eq |= 1;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const highBit = b === lastBlock ? lastBlockHighBit : 1 << 31;
    const carryOut = ph & highBit ? 1 : mh & highBit ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carryIn < 0) mh |= 1;
    else if (carryIn > 0) ph |= 1;
    positive[b] = mh | ~(xv | ph);
    negative[b] = ph & xv;
    return carryOut;
  };

  for (let j = 0; j < text.length; j++) {
    eqs = masks.get(text.charCodeAt(j)) ?? noMatch;
    // Horizontal delta entering the top row: 0 lets a match start anywhere, +1 forces start 0.
    let carry = anchoredAtStart ? 1 : 0;
    for (let b = 0; b <= active; b++) {
      carry = advance(b, carry);
      scores[b]! += carry;
    }
    if (cutOff) {
      const below = active + 1;
      if (active < lastBlock && scores[active]! - carry <= maxDistance && ((eqs[below]! & 1) !== 0 || carry < 0)) {
        // The next block may now hold values within reach: start it as if its values rose by one per row.
        positive[below] = -1;
        negative[below] = 0;
        const size = below === lastBlock ? lastBlockSize : WORD_BITS;
        scores[below] = scores[active]! - carry + size + advance(below, carry);
        active = below;
      } else {
        while (active > 0 && scores[active]! >= maxDistance + WORD_BITS) active--;
      }
    }
    const score = scores[lastBlock]!;
    distances[j] = !cutOff ? score : active === lastBlock && score <= maxDistance ? score : over;
  }
  return distances;
}

/** Levenshtein distance (insert, delete, substitute; code units). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return editDistancesByEnd(compilePattern(a), b, true)[b.length - 1]!;
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
