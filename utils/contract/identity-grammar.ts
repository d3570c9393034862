// The grammar of identity fields, without zod, so the content script can use it within its size budget.
// Identity fields are published as sent, so they must be identities and nothing else: a name or a phone
// number must not fit. The grammar was checked against every label and division number of the laws
// in the shared corpus (test/unit/contract/identity.test.ts).
import { isIsoDate } from '../recognition/dates';
import { ONLY_ARTICLE_LABEL } from '../recognition/heading';
import { DIVISION_KINDS, JCI_PATTERN } from './constants';

/** One part of a number: `84`, `10a`, `1a1`, `IV`, `VIIIA`, `Ea`. Roman numerals are upper case. */
const NUMBER_PART = /^(?:\d{1,5}[A-Za-z]{0,4}\d{0,3}|[IVXLCDM]{1,8}[A-Za-z]{0,3}|[A-Z][a-z]?)$/;
/** Kieswet style: a chapter letter, a space and a number (`A 1`, `Ea 13`, `H 10a`). */
const LETTER_SPACE_NUMBER = /^[A-Z][a-z]? \d{1,4}[a-z]{0,4}$/;

/** True for an article or division number as laws write them: parts joined by `.`, `:`, `-` or `/`, maybe a `*`. */
export function isLawNumber(value: string): boolean {
  if (value.length === 0 || value.length > 40) return false;
  if (value === ONLY_ARTICLE_LABEL || LETTER_SPACE_NUMBER.test(value)) return true;
  return value
    .replace(/\*$/, '')
    .split(/[.:\-/]/)
    .every((part) => NUMBER_PART.test(part));
}

/** Earliest and latest year a version date may have: the oldest law in force is from the 1800s. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

/** A real calendar date as YYYY-MM-DD with a year from 1800 to 2200. */
export function isSaneIsoDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export const LID_PATTERN = /^[0-9]{1,3}[a-z]?$/;
const JCI_NUMBER_KEYS = new Set<string>([...DIVISION_KINDS, 'artikel']);

function decodedValue(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * True for a Juriconnect 1.3(1) reference whose every key is known and whose every value is what the key
 * says: law numbers for divisions and `artikel`, a lid number, an onderdeel, real dates for `z` and `g`.
 */
export function isJuriconnect(value: string): boolean {
  if (!JCI_PATTERN.test(value)) return false;
  const pairs = value.split('&').slice(1);
  return pairs.every((pair) => {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).toLowerCase();
    const raw = decodedValue(pair.slice(eq + 1));
    if (raw === null) return false;
    if (JCI_NUMBER_KEYS.has(key)) return isLawNumber(raw);
    if (key === 'lid') return LID_PATTERN.test(raw);
    if (key === 'o') return /^[0-9a-zA-Z]{1,6}$/.test(raw);
    if (key === 'z' || key === 'g') return isSaneIsoDate(raw);
    return false;
  });
}

