// Flags what may identify a person but cannot be decided by a pattern: person names and street
// addresses (below the level of a city; a city alone identifies no one). Modelled on the categories
// and the rule-based method of deduce (Menger et al. 2017): forms of address and titles, initials,
// surname particles and lists of first names and surnames, each as a rule with its own context.
// A flag is never removed automatically: the citizen reviews it in the form, and a flagged field is
// never published without a moderator confirming it (server/privacy/field-flags.ts).
import { FIRST_NAMES, PARTICLES, STREET_SUFFIXES, SURNAMES, TITLES } from './name-lists';
import { normaliseForMatching, originalSpan } from './normalise';

export const REVIEW_FLAG_KINDS = ['person_name', 'street_address'] as const;
export type ReviewFlagKind = (typeof REVIEW_FLAG_KINDS)[number];
export type ReviewFlag = { kind: ReviewFlagKind; start: number; end: number; value: string };

type Span = { kind: ReviewFlagKind; start: number; end: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "van der" and "Van der": particles are capitalised at the start of a surname written alone. */
const bothCases = (word: string) => `(?:${escape(word)}|${escape(word.charAt(0).toUpperCase() + word.slice(1))})`;

const PARTICLE = `(?:${PARTICLES.map((p) => p.split(' ').map(bothCases).join(' ')).join('|')})`;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*`;
/** Optional particle, then a capitalised word: "de Vries", "Van der Meer", "Yilmaz", "El-Amrani". */
const SURNAME = String.raw`(?:${PARTICLE}\s+)?${NAME_WORD}`;
const TITLE = `(?:${TITLES.map(bothCases).join('|')}|(?:de|De) heer)`;

/** Capitalised words of law and administration that follow a title, an initial or a particle in law text. */
const INSTITUTION_WORDS = new Set([
  'minister', 'staatssecretaris', 'raad', 'koning', 'koningin', 'rijk', 'staat', 'kamer', 'gemeente', 'college',
  'wet', 'provincie', 'rechter', 'rechtbank', 'belastingdienst', 'bank', 'inspectie', 'commissie', 'nederlandse',
  'nederland', 'europese', 'algemene', 'centrale', 'sociale', 'hoge', 'tweede', 'eerste', 'staten', 'state',
  'begripsbepalingen', 'algemeen', 'overgangsbepalingen', 'slotbepalingen', 'bijlage', 'artikel', 'hoofdstuk',
]);
/** Words after which a name is a law's or a motion's name, not a person in a report ("Wet Hillen"). */
const PUBLIC_NAME_BEFORE = /(?:wet|motie|amendement|commissie|lid|leden|kabinet|minister|staatssecretaris)[\s-]+$/iu;

/** Law and regulation titles end like this ("Garantiewet", "Vreemdelingenbesluit"). */
const LAW_TITLE_END = /(?:wet|besluit|regeling|verdrag|code)$/iu;
const isInstitution = (word: string) => INSTITUTION_WORDS.has(word.toLowerCase()) || LAW_TITLE_END.test(word);
const lastWord = (s: string) => s.trim().split(/\s+/).at(-1) ?? '';

const AFTER_TITLE = new RegExp(String.raw`(?<!\p{L})${TITLE}\s+(?<name>(?:\p{Lu}\.\s?){0,4}${SURNAME}(?:\s+${SURNAME})?)`, 'gu');
const WITH_INITIALS = new RegExp(String.raw`(?<![\p{L}.])(?<initials>(?:\p{Lu}\.\s?){1,4})(?<particle>${PARTICLE}\s+)?(?<surname>${NAME_WORD})`, 'gu');
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}'’-])(?:(?<particle>${PARTICLE})\s+)?(?<word>${NAME_WORD})(?<rest>\s+(?:${PARTICLE}\s+)?${NAME_WORD})?`, 'gu');
const STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}.'-]*\s+){0,2}(?:\p{Lu}[\p{L}'-]*(?:${STREET_SUFFIXES.join('|')})|${STREET_SUFFIXES.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}\d])|-\d{1,4})?(?![\p{L}\d])`,
  'gu',
);

function byTitle(text: string): Span[] {
  return [...text.matchAll(AFTER_TITLE)]
    .filter((m) => !isInstitution(lastWord(m.groups!['name']!).replace(/\.$/, '')))
    .map((m) => {
      const start = m.index + m[0].length - m.groups!['name']!.length;
      return { kind: 'person_name' as const, start, end: m.index + m[0].length };
    });
}

function byInitials(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WITH_INITIALS)) {
    const { initials = '', particle, surname = '' } = m.groups!;
    if (isInstitution(surname)) continue;
    const several = (initials.match(/\./g) ?? []).length >= 2;
    if (several || particle || SURNAMES.has(surname.toLowerCase())) spans.push({ kind: 'person_name', start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Known first names (with the surname after them) and known surnames, outside law and motion names. */
function byLists(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const { particle, word = '', rest } = m.groups!;
    if (PUBLIC_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const lower = word.toLowerCase();
    const full = particle ? `${particle.toLowerCase()} ${lower}` : lower;
    const firstName = !particle && FIRST_NAMES.has(lower);
    const surname = SURNAMES.has(full) || (particle !== undefined && SURNAMES.has(lower));
    if (!firstName && !surname) continue;
    const withRest = rest !== undefined && !isInstitution(lastWord(rest));
    spans.push({ kind: 'person_name', start: m.index, end: m.index + (withRest ? m[0].length : m[0].length - (rest?.length ?? 0)) });
  }
  return spans;
}

function streets(text: string): Span[] {
  return [...text.matchAll(STREET)].filter((m) => !/^Wet\s/u.test(m[0])).map((m) => ({ kind: 'street_address' as const, start: m.index, end: m.index + m[0].length }));
}

/** Words that join a name to a place ("Jansen uit de Dorpsstraat"): a name never ends on them. */
const NAME_TAIL = new RegExp(String.raw`(?:\s+(?:${PARTICLE}|aan|bij|naar|uit|in|op|van))*\s*$`, 'u');

const ONLY_PARTICLE = new RegExp(String.raw`^${PARTICLE}$`, 'u');

/** A name run on into a street ("mevrouw Jansen uit de Dorpsstraat 4") ends before the street. */
function cutAtStreets(name: Span, streetSpans: Span[], text: string): Span {
  const street = streetSpans.find((s) => s.start > name.start && s.start < name.end);
  if (!street) return name;
  const kept = text.slice(name.start, street.start).replace(NAME_TAIL, '');
  // "Van der Meer Kerkstraat 3": the street took the surname; keep the name whole rather than a bare particle.
  if (ONLY_PARTICLE.test(lastWord(kept)) || !kept) return name;
  return { ...name, end: name.start + kept.length };
}

function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && span.start < last.end) {
      if (span.kind === last.kind) last.end = Math.max(last.end, span.end);
      continue;
    }
    out.push({ ...span });
  }
  return out;
}

/** Likely person names and street addresses in `text`, sorted, not overlapping; offsets into `text`. */
export function findReviewFlags(text: string): ReviewFlag[] {
  const normalised = normaliseForMatching(text);
  const t = normalised.text;
  const streetSpans = streets(t);
  const names = [...byTitle(t), ...byInitials(t), ...byLists(t)].map((name) => cutAtStreets(name, streetSpans, t));
  return merged([...streetSpans, ...names]).map((s) => {
    const { start, end } = originalSpan(normalised, s.start, s.end);
    return { kind: s.kind, start, end, value: text.slice(start, end) };
  });
}
