import { describe, expect, it } from 'vitest';
import { compilePattern, editDistance, editDistancesByEnd, similarity } from '../../../utils/anchoring/approximate-match';

/** Textbook dynamic programme: last row of the edit-distance table, column by column. */
function naiveDistancesByEnd(pattern: string, text: string, anchored: boolean): number[] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const result: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const column = [anchored ? j + 1 : 0];
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = previous[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1);
      column.push(Math.min(previous[i]! + 1, column[i - 1]! + 1, substitution));
    }
    result.push(column[pattern.length]!);
    previous = column;
  }
  return result;
}

function randomStrings(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return (maxLength: number, alphabet: string) =>
    Array.from({ length: Math.floor(next() * maxLength) + 1 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

describe('editDistancesByEnd', () => {
  it('agrees with the plain dynamic programme for patterns of one to four blocks', () => {
    const random = randomStrings(42);
    for (let round = 0; round < 300; round++) {
      const pattern = random(120, 'abc');
      const text = random(200, 'abcd');
      for (const anchored of [true, false]) {
        expect([...editDistancesByEnd(compilePattern(pattern), text, anchored)]).toEqual(
          naiveDistancesByEnd(pattern, text, anchored),
        );
      }
    }
  });

  it('with a cut-off, agrees on every distance within it and reports the rest as one more', () => {
    const random = randomStrings(7);
    for (let round = 0; round < 300; round++) {
      const pattern = random(150, 'abcdefgh');
      // Plant a mutated copy of the pattern so that small distances really occur.
      const mutated = [...pattern].map((c, i) => (i % 7 === 3 ? random(2, 'abcdefgh').slice(1) : c)).join('');
      const text = random(80, 'abcdefgh') + mutated + random(80, 'abcdefgh');
      const maxDistance = Math.floor(pattern.length / 4);
      for (const anchored of [true, false]) {
        const expected = naiveDistancesByEnd(pattern, text, anchored).map((d) => Math.min(d, maxDistance + 1));
        expect([...editDistancesByEnd(compilePattern(pattern), text, anchored, maxDistance)]).toEqual(expected);
      }
    }
  });

  it('finds an exact occurrence at distance 0 where it ends', () => {
    const distances = editDistancesByEnd(compilePattern('regel'), 'de beleidsregel geldt', false);
    expect(distances.indexOf(0)).toBe('de beleidsregel'.length - 1);
  });
});

describe('editDistance and similarity', () => {
  it('computes Levenshtein distance and a 0..1 similarity', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', 'abcx')).toBe(0.75);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
