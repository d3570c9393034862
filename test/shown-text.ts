// What a reader may never see in Wetsignaal's answers or UI: internal file names ("seed 001_….txt",
// "domain.md") and English fragments in the Dutch texts (the seed once said "CDA questions", "16 March 2021").
import { FILE_NAME } from '../utils/citation/official';

const ENGLISH =
  /\b(?:the|and|with|from|questions?|answers?|appendix|annex|paragraph|reactions?|reports?|footnote|fn\.|bullet|judged|about|not|March|June|July|Oct|Nov)\b/i;

/** Every string in a JSON value, except web addresses (their path may end in .html). */
export function shownStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(shownStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(shownStrings);
  return [];
}

/** The strings that hold a file name or an English fragment, each with what was found. */
export function unciteable(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const found = FILE_NAME.exec(text) ?? ENGLISH.exec(text);
    return found ? [`${found[0]} in «${text}»`] : [];
  });
}
