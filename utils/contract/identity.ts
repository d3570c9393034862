// Identifiers of regulations and articles, as the portal and Juriconnect write them.
import { z } from 'zod';

import { isIsoDate } from '../recognition/dates';
import { ARTICLE_LABEL_PATTERN, BWB_ID_PATTERN, DIVISION_KINDS, JCI_PATTERN } from './constants';

export { ARTICLE_LABEL_PATTERN, BWB_ID_PATTERN, DIVISION_KINDS, JCI_PATTERN };

// ---- grammar of numbers, labels and references ------------------------------------------------------
// Identity fields are published as sent, so they must be identities and nothing else: a name or a phone
// number must not fit. The grammar was checked against every label and division number of the 27 laws
// in the shared corpus (test/unit/contract/identity.test.ts).

/** One part of a number: `84`, `10a`, `1a1`, `IV`, `VIIIA`, `Ea`. Roman numerals are upper case. */
const NUMBER_PART = /^(?:\d{1,5}[A-Za-z]{0,4}\d{0,3}|[IVXLCDM]{1,8}[A-Za-z]{0,3}|[A-Z][a-z]?)$/;
/** Kieswet style: a chapter letter, a space and a number (`A 1`, `Ea 13`, `H 10a`). */
const LETTER_SPACE_NUMBER = /^[A-Z][a-z]? \d{1,4}[a-z]{0,4}$/;
/** The label the portal gives a law's single article. */
const ONLY_ARTICLE = 'enig artikel';

/** True for an article or division number as laws write them: parts joined by `.`, `:`, `-` or `/`, maybe a `*`. */
export function isLawNumber(value: string): boolean {
  if (value.length === 0 || value.length > 40) return false;
  if (value === ONLY_ARTICLE || LETTER_SPACE_NUMBER.test(value)) return true;
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

const LID_PATTERN = /^[0-9]{1,3}[a-z]?$/;
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

/** `BWB` + kind letter + 7 digits (R = regeling, V = verdrag; other letters are tolerated). */
export const BwbId = z.string().regex(BWB_ID_PATTERN, 'must look like BWBR0005537');
export type BwbId = z.infer<typeof BwbId>;

/** An article label exactly as the law numbers it; letters, digits, `.`, `:`, `-`, `/`, `*` and single spaces. */
export const ArticleLabel = z
  .string()
  .min(1)
  .max(40)
  .regex(ARTICLE_LABEL_PATTERN, { message: 'must be an article number such as 4:84, 2.1 or 10a', abort: true })
  .refine(isLawNumber, 'must be an article number such as 4:84, 2.1 or 10a');
export type ArticleLabel = z.infer<typeof ArticleLabel>;

export const IsoDate = z.iso
  .date({ message: 'must be a date as YYYY-MM-DD', abort: true })
  .refine(isSaneIsoDate, `must be a real date as YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`);
export type IsoDate = z.infer<typeof IsoDate>;

export const DivisionKind = z.enum(DIVISION_KINDS);
export type DivisionKind = z.infer<typeof DivisionKind>;

export const PathStep = z
  .object({ kind: DivisionKind, nr: z.string().min(1).max(40).refine(isLawNumber, 'must be a division number such as 4, 3.1 or IV') })
  .strict();
export type PathStep = z.infer<typeof PathStep>;

/** Juriconnect 1.3 reference, e.g. `jci1.3:c:BWBR0005537&hoofdstuk=4&artikel=4:84&z=2024-01-01&g=2024-01-01`. */
export const Jci = z
  .string()
  .max(400)
  .regex(JCI_PATTERN, { message: 'must be a Juriconnect reference (jci1.3:c:BWB…)', abort: true })
  .refine(isJuriconnect, 'must be a Juriconnect reference with known keys, law numbers and real dates');

/** W3C TextQuoteSelector + TextPositionSelector over the normalised article text. */
export const Quote = z
  .object({
    exact: z.string().min(1).max(2000),
    prefix: z.string().max(32),
    suffix: z.string().max(32),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((q) => q.end > q.start, { message: 'end must be after start', path: ['end'] });
export type Quote = z.infer<typeof Quote>;

/** What a signal or submission points at: a law, optionally one article, lid and sentence. */
export const Target = z
  .object({
    bwbId: BwbId,
    label: ArticleLabel.nullable(),
    lid: z.string().regex(LID_PATTERN, 'must be a lid number such as 2 or 3a').nullable().default(null),
    path: z.array(PathStep).max(10).default([]),
    jci: Jci.nullable().default(null),
    versionDate: IsoDate.nullable(),
    textHash: z.string().regex(/^[0-9a-f]{8,64}$/).nullable().default(null),
    quote: Quote.nullable().default(null),
  })
  .strict();
export type Target = z.infer<typeof Target>;
export type TargetInput = z.input<typeof Target>;
