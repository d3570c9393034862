// Finds personal data that must never be published from a citizen's free text (domain brief §6):
// BSN, IBAN, e-mail, phone numbers, dates of birth and postcode + house number. The text is normalised
// first (normalise.ts: NFKC, format characters dropped, dashes unified), so full-width digits or a
// zero-width space between the digits change nothing. The patterns are deliberately narrow around
// law-text look-alikes (article numbers, amounts, dates, Kamerstuk numbers), because the same text
// usually quotes the law it is about. Names and street addresses are uncertain: names.ts flags them
// for review instead.
import { passesElfproef, passesIbanCheck } from './checksums';
import { normaliseForMatching, originalSpan } from './normalise';

export const PERSONAL_DATA_KINDS = ['bsn', 'iban', 'email', 'phone', 'birthdate', 'postcode_huisnummer'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number; value: string };

export const REDACTION_PLACEHOLDERS: Record<PersonalDataKind, string> = {
  bsn: '[BSN verwijderd]',
  iban: '[IBAN verwijderd]',
  email: '[e-mailadres verwijderd]',
  phone: '[telefoonnummer verwijderd]',
  birthdate: '[geboortedatum verwijderd]',
  postcode_huisnummer: '[adres verwijderd]',
};

type Span = { kind: PersonalDataKind; start: number; end: number };

// ---- BSN -------------------------------------------------------------------------------------------

// A run of digit groups joined by single spaces, dots or hyphens ("111 222 333", "1112.22.333",
// "111-222-333", "1 1 1 2 2 2 3 3 3") or a plain 8/9-digit run. The groups are joined before checking.
const BSN_CANDIDATE = /(?<![\p{L}\d])(?<!\d[.,\- ])\d+(?:[ .\-]\d+){0,8}(?![\p{L}\d])(?![.,\- ]\d)/gu;
const BSN_KEYWORD = /(?<!\p{L})(?:bsn|burger ?service ?nummer|sofi[- ]?nummer)/iu;
const AMOUNT_BEFORE = /(?:€|\beur|\beuro|\$|£)\s*$/iu;
// Amounts and counts: "111222333 euro", "111 222 333 inwoners".
const AMOUNT_AFTER =
  /^\s*(?:euro\b|eur\b|€|%|procent\b|,-|inwoners\b|personen\b|mensen\b|huishoudens\b|kilometer\b|km\b|m2\b|m²|liter\b|kilo\b|kg\b|ton\b|stuks\b|dagen\b|jaar\b|uur\b|keer\b)/iu;
/** dd-mm-yyyy and friends have 8 digits; one in eleven would pass the 11-proef. */
const DATE_DIGITS = /^\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}$/;

function hasBsnKeywordNear(text: string, start: number, end: number): boolean {
  return BSN_KEYWORD.test(text.slice(Math.max(0, start - 40), start)) || BSN_KEYWORD.test(text.slice(end, end + 25));
}

function findBsns(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(BSN_CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 9) continue;
    // A keyword wins over everything: a mistyped BSN is still a BSN.
    if (hasBsnKeywordNear(text, start, end)) {
      spans.push({ kind: 'bsn', start, end });
      continue;
    }
    const grouped = digits.length !== match[0].length;
    // Grouped without a keyword: only nine digits, never a date shape.
    if (grouped && (digits.length !== 9 || DATE_DIGITS.test(match[0]))) continue;
    // "123456789 euro" passes the 11-proef one time in eleven; an amount is far more likely there.
    if (AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (AMOUNT_AFTER.test(text.slice(end, end + 14))) continue;
    if (passesElfproef(digits)) spans.push({ kind: 'bsn', start, end });
  }
  return spans;
}

// ---- IBAN ------------------------------------------------------------------------------------------

// Greedy on purpose: the candidate may run into the next word ("… 00 en"); the longest prefix that
// ends at a word boundary and passes the mod-97 check is taken.
const IBAN_CANDIDATE = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/gu;
const NL_IBAN = /^NL\d{2}[A-Z]{4}\d{10}$/;

function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  const candidates = new RegExp(IBAN_CANDIDATE);
  let match: RegExpExecArray | null;
  while ((match = candidates.exec(text)) !== null) {
    const end = match.index + longestValidIbanLength(match[0]);
    if (end > match.index) spans.push({ kind: 'iban', start: match.index, end });
    // Resume right after what was used, so a greedy candidate cannot swallow the next IBAN.
    candidates.lastIndex = end > match.index ? end : match.index + 1;
  }
  return spans;
}

/** Length of the longest prefix of `raw` that ends at a word boundary and is a valid IBAN, else 0. */
function longestValidIbanLength(raw: string): number {
  for (let length = raw.length; length > 0; length--) {
    const next = raw[length];
    if (raw[length - 1] === ' ' || (next !== undefined && next !== ' ')) continue;
    const compact = raw.slice(0, length).replace(/ /g, '').toUpperCase();
    if (compact.length < 15) return 0;
    if (compact.startsWith('NL') && !NL_IBAN.test(compact)) continue;
    if (passesIbanCheck(compact)) return length;
  }
  return 0;
}

// ---- E-mail ----------------------------------------------------------------------------------------

// Also the forms people use to dodge harvesters: "jan[at]voorbeeld.nl", "jan (at) voorbeeld (punt) nl",
// "jan @ voorbeeld.nl", "jan at voorbeeld dot nl".
const AT = String.raw`(?:\s*@\s*|\s*[\[(<{]\s*(?:at|@|apenstaartje)\s*[\])>}]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\.|\s*[\[(<{]\s*(?:dot|punt)\s*[\])>}]\s*|\s+(?:dot|punt)\s+)`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+${AT}[\p{L}\d-]+(?:${DOT}[\p{L}\d-]+)*${DOT}\p{L}{2,}(?![\p{L}\d])`,
  'giu',
);

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length }));
}

// ---- Phone -----------------------------------------------------------------------------------------

// Prefix (+31, 0031, +31 (0), (0…) or 0) followed by digit groups with one separator between them
// (space, dot, slash, hyphen, " - "). Exactly nine national digits after the 0 or country code, as in
// 06-12345678, 020 123 45 67, 06.12.34.56.78, +31 6 1234 5678.
const PHONE_CANDIDATE =
  /(?<![\p{L}\d+])(?<prefix>(?:\+|00)31[ .\-]?(?:\(0\)[ .\-]?)?|\(0(?=\d{1,3}\))|0)(?<body>\d+(?:(?: - |[ .\-/]|\) ?)\d+)*)/gu;
/** A date at the start, not followed by more groups: "01-01-2027", but not "06-12-34-56-78". */
const DATE_SHAPE = /^\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?![-/.]\d)/;

function findDutchPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const prefix = match.groups?.['prefix'] ?? '';
    const body = match.groups?.['body'] ?? '';
    if (DATE_SHAPE.test(match[0])) continue;
    if (body.startsWith('0')) continue;
    const groups = [...body.matchAll(/\d+/g)];
    let digits = 0;
    let end = -1;
    for (const [i, group] of groups.entries()) {
      // Later single-digit groups look like enumerations; the first may be the 6 of "06-…" or "+31 6 …".
      if (group[0].length < 2 && i > 0) break;
      digits += group[0].length;
      if (digits >= 9) {
        if (digits === 9) end = match.index + prefix.length + group.index + group[0].length;
        break;
      }
    }
    if (end > 0) spans.push({ kind: 'phone', start: match.index, end });
  }
  return spans;
}

// Other countries: + or 00, a country code other than 31, then 6 to 12 digits in groups (E.164 allows
// 15 digits in all): +32 2 123 45 67, 0049 30 1234567, +44 20 7946 0958.
const INTERNATIONAL_PHONE =
  /(?<![\p{L}\d+.,])(?:\+|00)(?!31)(?<country>[1-9]\d{0,2})[ .\-]?(?:\(0\)[ .\-]?)?(?<body>\d{1,8}(?:(?: - |[ .\-/])\d{1,8}){0,6})(?![\p{L}\d])(?![.,]\d)/gu;

function findInternationalPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(INTERNATIONAL_PHONE)) {
    const national = (match.groups?.['body'] ?? '').replace(/\D/g, '').length;
    const country = (match.groups?.['country'] ?? '').length;
    if (national >= 6 && national <= 12 && national + country <= 15) spans.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function findPhones(text: string): Span[] {
  return [...findDutchPhones(text), ...findInternationalPhones(text)];
}

// ---- Date of birth ---------------------------------------------------------------------------------

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const DATE = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:${MONTHS})\.?\s+\d{4}`;
const BIRTHDATE = new RegExp(
  String.raw`(?<!\p{L})(?:geboortedatum|geboortedag|geboren|geb\.|geb(?=[\s:]))(?<gap>[^\d\n]{0,40}?)(?<date>${DATE})(?!\d)`,
  'giu',
);
// The date first: "die op 3 maart 1985 is geboren", "ik ben 12-03-1985 geboren".
const BIRTHDATE_BEFORE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?<date>${DATE})(?!\d)(?<gap>[^\d\n.;]{0,20}?)(?<!\p{L})(?:geboren|ter wereld gekomen)(?!\p{L})`,
  'giu',
);
// "geboren na 31 december 1947" describes a cohort in a law, not someone's birthday.
const COHORT_WORD = /(?<!\p{L})(?:na|voor|vóór|vanaf|tussen|uiterlijk|sinds|nadat|dan|tot|en|of|na\s+of\s+op|op\s+of\s+na)(?!\p{L})/iu;

function findBirthdates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(BIRTHDATE)) {
    const gap = match.groups?.['gap'] ?? '';
    const date = match.groups?.['date'] ?? '';
    if (COHORT_WORD.test(gap)) continue;
    const start = match.index + match[0].length - date.length;
    spans.push({ kind: 'birthdate', start, end: start + date.length });
  }
  for (const match of text.matchAll(BIRTHDATE_BEFORE_WORD)) {
    const date = match.groups?.['date'] ?? '';
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (COHORT_WORD.test(before) || COHORT_WORD.test(match.groups?.['gap'] ?? '')) continue;
    spans.push({ kind: 'birthdate', start: match.index, end: match.index + date.length });
  }
  return spans;
}

// ---- Postcode + house number -----------------------------------------------------------------------

// PostNL does not use the letter pairs SA, SD and SS. Lower-case letters apart ("1234 ab 5") only when
// they are not a two-letter word, so "2024 en 12" is not an address.
const TWO_LETTER_WORDS = 'en|de|op|in|te|om|is|na|al|zo|nu|of|ze|we|je|er|ik|uw|ge|het|an|at|as|be|by|do|go|he|if|it|me|my|no|on|or|so|to|up|us';
const POSTCODE = String.raw`[1-9]\d{3}(?: ?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2}| (?!(?:s[ads]|${TWO_LETTER_WORDS})(?!\p{L}))[a-z]{2})(?![\p{L}\d])`;
const HOUSE_NUMBER = String.raw`\d{1,5}(?:[ -]?[A-Za-z](?![\p{L}\d])|-\d{1,4})?(?![\p{L}\d])`;
const STREET = String.raw`\p{Lu}[\p{L}'.-]*(?:[ ][\p{L}'.-]+){0,2}`;
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${POSTCODE}(?:,\s*|\s+)(?:(?:nr\.?|nummer|huisnummer)\s*)?${HOUSE_NUMBER}|(?:${STREET}\s+)?${HOUSE_NUMBER},?\s+${POSTCODE})`,
  'gu',
);

function findAddresses(text: string): Span[] {
  return [...text.matchAll(ADDRESS)].map((m) => ({
    kind: 'postcode_huisnummer' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// ---- Combining -------------------------------------------------------------------------------------

const DETECTORS = [findEmails, findIbans, findAddresses, findBirthdates, findPhones, findBsns];

/** Keeps the longest of overlapping spans (an IBAN over the digits inside it); ties go to detector order. */
function withoutOverlaps(spans: Span[]): Span[] {
  const ranked = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order);
  const kept: Span[] = [];
  for (const { span } of ranked) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * All personal data in `text`, sorted by start, never overlapping. Offsets are UTF-16 indices into
 * `text` itself (matching runs on the normalised form; the spans are mapped back).
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const normalised = normaliseForMatching(text);
  const spans = withoutOverlaps(DETECTORS.flatMap((detect) => detect(normalised.text)));
  return spans.map((s) => {
    const { start, end } = originalSpan(normalised, s.start, s.end);
    return { kind: s.kind, start, end, value: text.slice(start, end) };
  });
}

/**
 * `findings` sorted by start, dropping any that overlaps an earlier one. Callers may pass findings they
 * edited themselves (the form lets people un-mark one), so this is not assumed.
 */
export function orderedFindings(findings: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const ordered: PersonalDataFinding[] = [];
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = ordered.at(-1);
    if (previous === undefined || finding.start >= previous.end) ordered.push(finding);
  }
  return ordered;
}

/** Replaces each finding (by default: all found in `text`) with a Dutch placeholder such as `[BSN verwijderd]`. */
export function redactPersonalData(text: string, findings: PersonalDataFinding[] = findPersonalData(text)): string {
  let result = '';
  let cursor = 0;
  for (const finding of orderedFindings(findings)) {
    result += text.slice(cursor, finding.start) + REDACTION_PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return result + text.slice(cursor);
}
