// Article and division numbers from heading text, as the portal writes it:
// "Artikel 17c. Collectief toedelingsmechanisme", "Hoofdstuk 4. Bijzondere bepalingen", "Titel 4.3".
import type { DivisionKind } from '../contract/identity';

/** A number as laws write it: `17c`, `4:84`, `1.1a`, `IV`, `4.3.6.8`, `2-3`, `78ee*`. */
const NUMBER = String.raw`[0-9A-Za-z]+(?:[.:\-/][0-9A-Za-z]+)*\*?`;
/** Kieswet style: letter(s), a space, a number (`A 1`, `Y 12a`). */
const LETTER_SPACE_NUMBER = String.raw`[A-Z]{1,2} \d+[a-z]*`;

const ARTICLE = new RegExp(String.raw`^artikel\s+(${LETTER_SPACE_NUMBER}|${NUMBER})(?:\.(?:\s+|$)|\s+|$)(.*)$`, 'i');
const ONLY_ARTICLE = /^enig\s+artikel\b\.?\s*(.*)$/i;

/** Words that open a division heading, mapped to the contract's kind. Longest first. */
const DIVISION_WORDS: ReadonlyArray<[RegExp, DivisionKind]> = [
  [/^sub-?sub-?paragraaf$/i, 'sub-sub-paragraaf'],
  [/^sub-?paragraaf$/i, 'sub-paragraaf'],
  [/^(?:paragraaf|§)$/i, 'paragraaf'],
  [/^onderafdeling$/i, 'onderafdeling'],
  [/^afdeling$/i, 'afdeling'],
  [/^hoofdstuk$/i, 'hoofdstuk'],
  [/^titel(?:deel)?$/i, 'titeldeel'],
  [/^boek$/i, 'boek'],
  [/^deel$/i, 'deel'],
  [/^divisie$/i, 'divisie'],
  [/^bijlage$/i, 'bijlage'],
];
const DIVISION = new RegExp(String.raw`^(\S+)\s*(${NUMBER})(?:\.(?:\s+|$)|\s+|$)(.*)$`);

/** The label written for an article that has no number. */
export const ONLY_ARTICLE_LABEL = 'enig artikel';

export interface ParsedHeading {
  /** Number exactly as written, without the word and the trailing dot. */
  nr: string;
  /** The heading after the number (the "opschrift"), or null. */
  title: string | null;
}

/** Removes bracketed notices ("[Vervallen per …]") and collapses whitespace. */
function clean(text: string): string {
  return text.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function titleOf(rest: string | undefined): string | null {
  const t = (rest ?? '').trim();
  return t === '' ? null : t;
}

/** Article label from a heading, or null when the text is not an article heading. */
export function parseArticleHeading(text: string): ParsedHeading | null {
  const s = clean(text);
  const only = ONLY_ARTICLE.exec(s);
  if (only) return { nr: ONLY_ARTICLE_LABEL, title: titleOf(only[1]) };
  const m = ARTICLE.exec(s);
  if (!m) return null;
  return { nr: m[1]!, title: titleOf(m[2]) };
}

export interface ParsedDivisionHeading extends ParsedHeading {
  kind: DivisionKind;
}

/** Division kind and number from "Hoofdstuk 4. …", "Titel 4.3", "Afdeling 2.3", "Boek 7", "§ 2". */
export function parseDivisionHeading(text: string): ParsedDivisionHeading | null {
  const s = clean(text);
  const m = DIVISION.exec(s);
  if (!m) return null;
  const kind = divisionKindOfWord(m[1]!);
  return kind ? { kind, nr: m[2]!, title: titleOf(m[3]) } : null;
}

/** The contract kind for a heading word or container class (`Titel` → titeldeel), or null. */
export function divisionKindOfWord(word: string): DivisionKind | null {
  for (const [re, kind] of DIVISION_WORDS) if (re.test(word)) return kind;
  return null;
}
