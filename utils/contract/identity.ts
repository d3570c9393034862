// Identifiers of regulations and articles, as the portal and Juriconnect write them.
import { z } from 'zod';

import { ARTICLE_LABEL_PATTERN, BWB_ID_PATTERN, DIVISION_KINDS, JCI_PATTERN } from './constants';
import { isJuriconnect, isLawNumber, isSaneIsoDate, LID_PATTERN, MAX_YEAR, MIN_YEAR } from './identity-grammar';

export { ARTICLE_LABEL_PATTERN, BWB_ID_PATTERN, DIVISION_KINDS, JCI_PATTERN };
export { isJuriconnect, isLawNumber, isSaneIsoDate, MAX_YEAR, MIN_YEAR };

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

/**
 * What a target's text unit is: an article, or (kind `regulation`) the whole text of a regulation that has
 * no articles (a ministeriële regeling whose text is one `div.tekst#Tekst`); its text hash and quote are over
 * that whole text. Absent on older targets, where a null label means "the law as a whole".
 */
export const TargetKind = z.enum(['article', 'regulation']);
export type TargetKind = z.infer<typeof TargetKind>;

/** What a signal or submission points at: a law, optionally one article, lid and sentence. */
export const Target = z
  .object({
    kind: TargetKind.optional(),
    bwbId: BwbId,
    label: ArticleLabel.nullable(),
    lid: z.string().regex(LID_PATTERN, 'must be a lid number such as 2 or 3a').nullable().default(null),
    path: z.array(PathStep).max(10).default([]),
    jci: Jci.nullable().default(null),
    versionDate: IsoDate.nullable(),
    textHash: z.string().regex(/^[0-9a-f]{8,64}$/).nullable().default(null),
    quote: Quote.nullable().default(null),
  })
  .strict()
  .refine((t) => t.kind !== 'regulation' || (t.label === null && t.lid === null), {
    message: 'a target of kind regulation names no article and no lid',
    path: ['kind'],
  })
  .refine((t) => t.kind !== 'article' || t.label !== null, { message: 'a target of kind article needs its label', path: ['label'] });
export type Target = z.infer<typeof Target>;
export type TargetInput = z.input<typeof Target>;
