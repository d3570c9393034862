// Parses the provisions a clause sentence names ("de artikelen 3 tot en met 7", "deze wet",
// "artikel 7, derde en vierde lid", "het eerste lid") into structured references.

/** `self`: a clause that adjusts the outcome of the provision it stands in ("tenzij dat onbillijk is"). */
export type CoverKind = 'law' | 'division' | 'articles' | 'article' | 'lid' | 'other-law' | 'self';

export interface Cover {
  kind: CoverKind;
  /** The words as they stand in the text. */
  text: string;
  /** First (or only) article label, for `article`, `articles` and `other-law`. */
  label?: string;
  /** Last label of a range ("tot en met"). */
  to?: string;
  /** Further labels of an enumeration ("de artikelen 3, 5 en 9"). */
  labels?: string[];
  /** Lid numbers, as digits. */
  leden?: string[];
  /** Division kind and number for `division` ("hoofdstuk", "3"); number null for "dit hoofdstuk". */
  division?: { kind: string; nr: string | null };
}

/** Ordinal words as laws write lid numbers ("het eerste lid"), first to twentieth. */
export const ORDINALS = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende',
  'negentiende', 'twintigste',
];
export const ORD = `(?:${ORDINALS.join('|')})`;

/** "derde" → "3". */
export function ordinalNumber(word: string): string {
  return String(ORDINALS.indexOf(word) + 1);
}
const LABEL = String.raw`\d{1,3}(?:[.:]\d{1,3}){0,3}[a-z]{0,4}`;
const LIST_SEP = String.raw`(?:, | en | of )`;

function ordinalsIn(s: string): string[] {
  return [...s.matchAll(new RegExp(ORD, 'g'))].map((m) => ordinalNumber(m[0]));
}

// Another law follows the reference: "artikel 63 van de Algemene wet inzake rijksbelastingen".
const OTHER_LAW_AFTER = /^,?(?: [^,.;]{0,40}?,)? van (?:de|het) (?:[A-Z]|wet\b)/;

interface Pattern {
  /** Words the pattern cannot match without: where none is in the sentence, its expression is not run (nor compiled). */
  words: string[];
  re: RegExp;
  build: (m: RegExpExecArray) => Cover;
}

const PATTERNS: Pattern[] = [
  {
    words: ['wet', 'inkomensafhankelijke'],
    re: /\b(?:deze wet|de wet en de daarop berustende bepalingen|de belastingwet(?:ten)?|een inkomensafhankelijke regeling)\b/g,
    build: (m) => ({ kind: 'law', text: m[0] }),
  },
  {
    words: ['hoofdstuk', 'paragraaf', 'afdeling', 'titel'],
    re: /\b(?:dit|deze) (hoofdstuk|paragraaf|afdeling|titel|titeldeel)\b/g,
    build: (m) => ({ kind: 'division', text: m[0], division: { kind: m[1]!, nr: null } }),
  },
  {
    words: ['hoofdstuk', 'paragraaf', 'afdeling', 'titel'],
    re: /\b(hoofdstuk|paragraaf|afdeling|titel) (\d{1,3}(?:\.\d{1,3}){0,4}[a-z]?|[IVXLC]{1,6})\b/g,
    build: (m) => ({ kind: 'division', text: m[0], division: { kind: m[1]!, nr: m[2]! } }),
  },
  {
    words: ['de artikelen'],
    re: new RegExp(String.raw`\bde artikelen (${LABEL}(?:${LIST_SEP}${LABEL})*)(?: tot en met (${LABEL}))?`, 'g'),
    build: (m) => {
      const labels = m[1]!.split(/, | en | of /);
      const cover: Cover = { kind: 'articles', text: m[0], label: labels[0]! };
      if (m[2]) cover.to = m[2];
      if (labels.length > 1) cover.labels = labels.slice(1);
      return cover;
    },
  },
  {
    words: ['artikel '],
    re: new RegExp(
      String.raw`\bartikel (${LABEL})(?:, ((?:${ORD}${LIST_SEP})*${ORD}) (?:lid|leden))?(?:, (?:onderdeel|onderdelen|onder) [a-z](?![a-z])(?:${LIST_SEP}[a-z](?![a-z]))*)?`,
      'g',
    ),
    build: (m) => {
      const cover: Cover = { kind: 'article', text: m[0], label: m[1]! };
      if (m[2]) cover.leden = ordinalsIn(m[2]);
      return cover;
    },
  },
  {
    words: [' lid', ' leden'],
    re: new RegExp(String.raw`\b(?:het (${ORD}) lid|de ((?:${ORD}(?:, | en | of | tot en met ))+${ORD}) leden)\b`, 'g'),
    build: (m) => ({ kind: 'lid', text: m[0], leden: ordinalsIn(m[1] ?? m[2]!) }),
  },
];

/** All provision references in `sentence`, in text order, without overlaps. */
export function parseCovers(sentence: string): Cover[] {
  const found: Array<{ start: number; end: number; cover: Cover }> = [];
  for (const { words, re, build } of PATTERNS) {
    if (!words.some((word) => sentence.includes(word))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const cover = build(m);
      const end = m.index + m[0].length;
      if ((cover.kind === 'article' || cover.kind === 'articles') && OTHER_LAW_AFTER.test(sentence.slice(end, end + 60))) {
        cover.kind = 'other-law';
      }
      found.push({ start: m.index, end, cover });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cover[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f.cover);
    lastEnd = f.end;
  }
  return out;
}
