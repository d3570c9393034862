// Hardheidsclausule detector (domain.md §1.3, §4). Works per sentence of an article:
//  - `general`: a clause by the function Aanwijzing 5.25/5.26 gives it: an organ may set aside, depart
//    from or adjust the outcome of (part of) a regulation, or the provision itself yields, because applying
//    it would be unfair ("onbillijk", "onbillijkheid van overwegende aard", "onbillijke situaties", "evidente
//    onbillijkheden" ...) to those concerned. The wording of trigger and remedy varies; the function is what
//    counts;
//  - `specific`: a power or rule that lets a provision be set aside, relaxed or softened in favour of the
//    person concerned on another open hardship criterion ("dringende redenen", "bijzondere omstandigheden",
//    "bijzondere gevallen", "kennelijke hardheid", non-attributability, ...).
// Negated uses, references to another provision's criterion, definitions, review standards for complaints
// and procedural term extensions for the court or for complex cases are not clauses.
import { parseCovers, type Cover } from './covers';
import { mayHoldClause, mayHoldGeneralClause } from './clause-stems';
import { sentencesOf, type Segment } from './segment';

export type ClauseKind = 'general' | 'specific';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ClauseMatch {
  clause: ClauseKind;
  /** The sentence that holds the clause (offsets into the article text). */
  span: Span;
  /** The criterion words that matched, e.g. "dringende redenen". */
  criterion: string;
  covers: Cover[];
}

interface Criterion {
  id: string;
  re: RegExp;
  /** The criterion carries its own "niet"/"geen", so a negation before it does not cancel it. */
  selfNegating?: boolean;
  /** Only with an explicit deviation marker, not with a bare "kan" or "tenzij". */
  needsDeviation?: boolean;
}

/**
 * Unfairness as the outcome of applying a rule: "leidt tot (een) onbillijkheid", "tot onbillijke situaties",
 * "strekt tot het vermijden van onbillijkheden", "tegemoet te komen aan onbillijkheden", "bij
 * onbillijkheden", "tenzij dat onredelijk of onbillijk is". The words of the criterion are the match.
 */
const UNFAIR_OUTCOME =
  /\b(?:leid(?:t|en|de|den)?|vermijden|voorkomen|tegemoet\s+(?:te\s+)?kom\w*\s+aan|bij)\s+(?:tot\s+|van\s+)?(?:een\s+)?(?:(?:evidente|kennelijke|ernstige|grote|zulke)\s+)?onbillijk\w*(?:\s+(?:van\s+(?:overwegende|zwaarwegende|ernstige)\s+aard|situaties?))?|\btot\s+(?:een\s+)?(?:(?:evidente|kennelijke|ernstige|grote)\s+)?onbillijk\w*(?:\s+(?:van\s+(?:overwegende|zwaarwegende|ernstige)\s+aard|situaties?))?|\bonbillijk\w*\s+van\s+(?:overwegende|zwaarwegende|ernstige)\s+aard|\bonbillijk\s+(?:is|zijn|wordt\s+bevonden|zou\s+zijn)\b/g;
/**
 * Something in the sentence lets the outcome change: a power, a built-in exception or a revision ground, or an
 * exception written as a refusal that does not happen ("wordt niet afgewezen … indien … zou leiden tot een
 * onbillijkheid"), or an amount set lower ("stelt … de terugvordering op een lager bedrag vast"), or a request that, if it
 * "niet zou worden gehonoreerd", would lead to an onbillijkheid (a ground added to a list).
 */
const OUTCOME_CHANGE =
  /\b(?:kan|kunnen|is bevoegd|zijn bevoegd|bevoegdheid|tenzij|van oordeel is|afwijk\w*|af te wijken|buiten toepassing|tegemoet)\b|\bniet (?:(?:zou|zal) )?(?:worden )?(?:afgewezen|geweigerd|ingetrokken|teruggevorderd|gehonoreerd|toegekend|verleend)\b|\bop een lager bedrag\b/;
/** The unfairness is denied: "niet zal leiden tot een onbillijkheid", "geen onbillijkheid", "niet kennelijk onbillijk is". */
const UNFAIR_DENIED = /\b(?:niet|geen)\s+(?:(?:zal|zou|zullen|zouden)\s+)?(?:leid\w*\s+)?(?:tot\s+)?(?:een\s+)?(?:kennelijk\s+)?onbillijk\w*$/;
/**
 * Not a clause: a review standard for complaints ("onredelijk of onbillijk moet worden geacht, verklaart zij
 * het beklag gegrond"), a court weighing parties ("De rechter kan ... onbillijke bevoordeling").
 */
const UNFAIR_NOT_CLAUSE = /\bgegrond\b|\bbeklag\b|\brechter\b|\bbevoordel\w*|\b(?:is|zijn) niet bevoegd\b|\b(?:kan|kunnen) niet\b/i;
/** A remedy that sets the regulation (or named parts) aside, as opposed to adjusting one outcome in place. */
const SETS_ASIDE = /buiten toepassing|\bniet van toepassing\b|\baf(?: te)? ?wijken\b|\bafwijk|\bwijkt\b[^.;]{0,40}\baf\b|tegemoet te komen|tegemoetkom|\bbeleidsregels\b/;

const SPECIFIC_CRITERIA: Criterion[] = [
  { id: 'dringende redenen', re: /\b(?:zeer )?dringende redenen?\b/g },
  { id: 'klemmende redenen', re: /\bklemmende redenen?\b/g },
  { id: 'humanitaire redenen', re: /\bhumanitaire (?:of andere )?redenen\b/g },
  { id: 'bijzondere omstandigheden', re: /\b(?:zeer )?bijzondere omstandigheden\b/g },
  { id: 'bijzondere gevallen', re: /\bbijzondere gevallen\b/g },
  { id: 'hardheid', re: /\b(?:kennelijke|onevenredige|onbillijke) hardheid\b/g },
  // The strict phrase is the general clause's; here only the looser "onbillijkheden" (IB 3.134).
  { id: 'onbillijkheid', re: /\bonbillijk(?:e|heid|heden)?\b(?! van overwegende aard)/g },
  // Only disproportionate *consequences* for someone (3:4 lid 2, 4:94a), not costs that grow out of proportion.
  { id: 'onevenredig', re: /(?<=\bgevolgen\b[^.;]{0,100})\bonevenredig\b|\bonevenredig bezwarend\w*/g },
  {
    id: 'niet verwijtbaar',
    re: /\bredelijkerwijs geen verwijt\b|\bredelijkerwijs niet kan worden geoordeeld dat\b/g,
    selfNegating: true,
  },
  // "niet aan de huurder kan worden toegerekend" is also the private-law test for liability, so it only
  // counts next to an explicit deviation ("In afwijking van het eerste lid kan ... worden toegekend").
  { id: 'niet toerekenbaar', re: /\bniet aan (?:de |hem |haar )?\w+ (?:kan )?worden toegerekend\b/g, selfNegating: true, needsDeviation: true },
  // "... daartoe noodzaken" is the same construction as "dringende redenen daartoe noodzaken".
  { id: 'omstandigheden noodzaken', re: /\b(?:individuele|specifieke|persoonlijke) omstandigheden\b(?=[^.;]{0,20}\b(?:daar|hier)toe nood)/g },
  { id: 'geen verwijtbaarheid', re: /\bverwijtbaarheid ontbreekt\b/g, selfNegating: true },
  { id: 'niet te vergen', re: /\bredelijkerwijs niet (?:kan worden )?gevergd\b/g, selfNegating: true, needsDeviation: true },
  { id: 'buitengewoon bezwaar', re: /\bmet buitengewoon bezwaar\b/g, selfNegating: true },
];

/** A power to deviate, waive or soften must be in the same sentence as a specific criterion. */
const SPECIFIC_POWER = /\b(?:kan|kunnen|is bevoegd|zijn bevoegd|afwijk\w*|af te wijken|afzien|af te zien|afgezien|ontheffing|vrijstelling|vrijgesteld|buiten toepassing|tenzij|in afwijking van|kwijtschel\w*|lagere?|ambtshalve|stemt|af te stemmen|wettigen|behalve|behoudens|verlengd|achterwege|vindt geen)\b|\bniet (?:afgewezen|geweigerd)\b|^geen \w+ vindt\b/i;

const DEVIATION = /\bin afwijking van\b|\bafzien\b|\baf te zien\b|\bafgezien\b|\bontheffing\b|\bvrijstelling\b|\bvrijgesteld\b|\bbuiten toepassing\b|\bachterwege\b|\bvindt geen\b|^geen \w+ vindt\b|\bkwijtschel/i;

/** Sentences that define terms or say when a reason "is deemed present" are not powers. */
const DEFINITION = /\bverstaan onder\b|\baanwezig geacht\b|\bworden als [^.;]{0,60}beschouwd\b|^(?:dringende redenen|bijzondere omstandigheden) zijn\b/i;

/** Procedural term extensions for the court or for complex cases, and private-law contract terms. */
const SPECIFIC_EXCLUSION = /complex|\b(?:bestuurs|kanton)?rechter\b[^.;]{0,80}\btermijn\b|\bbeding\b|\barbeidsovereenkomst\b|\bovereenkomst (?:doet eindigen|beëindigt)\b/i;

/** The criterion names a concept defined elsewhere ("dringende reden in de zin van artikel 678"). */
const REFERENCE_AFTER = /^\s*,?\s*(?:als |zoals )?(?:bedoeld in|in de zin van)\b/;
/** "de in dat artikel bedoelde bijzondere omstandigheden": the clause lives elsewhere. */
const REFERENCE_BEFORE = /\b(?:bedoelde|genoemde)\s+$/;

/** "niet"/"geen" in the same clause before the criterion: "geen sprake is van bijzondere omstandigheden". */
function negatedBefore(sentence: string, index: number): boolean {
  const window = sentence.slice(Math.max(0, index - 100), index);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf('\n'));
  return /\b(?:niet|geen)\b/.test(window.slice(cut + 1));
}

function isReference(sentence: string, start: number, end: number): boolean {
  return REFERENCE_AFTER.test(sentence.slice(end, end + 30)) || REFERENCE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
}

function toMatch(clause: ClauseKind, s: Segment, criterion: string): ClauseMatch {
  return {
    clause,
    span: { start: s.start, end: s.end, text: s.text },
    criterion,
    covers: parseCovers(s.text),
  };
}

function generalIn(s: Segment): ClauseMatch | null {
  if (!OUTCOME_CHANGE.test(s.text) || UNFAIR_NOT_CLAUSE.test(s.text)) return null;
  UNFAIR_OUTCOME.lastIndex = 0;
  for (let m = UNFAIR_OUTCOME.exec(s.text); m; m = UNFAIR_OUTCOME.exec(s.text)) {
    const end = m.index + m[0].length;
    const upToWord = s.text.slice(Math.max(0, m.index - 40), m.index + m[0].search(/onbillijk/i) + 9);
    if (UNFAIR_DENIED.test(upToWord) || isReference(s.text, m.index, end)) continue;
    const match = toMatch('general', s, m[0].replace(/^(?:(?:leid\w*|vermijden|voorkomen|bij|tot|van|een|evidente|kennelijke|ernstige|grote|zulke|tegemoet\s+(?:te\s+)?kom\w*\s+aan)\s+)+/i, ''));
    // A clause that adjusts one outcome in place ("tenzij dat onbillijk is", "een langere termijn
    // vaststellen") reaches only the provision it stands in, not the whole regulation.
    if (!SETS_ASIDE.test(s.text) && !match.covers.some((c) => c.kind !== 'other-law')) {
      match.covers.push({ kind: 'self', text: s.text.slice(m.index, end) });
    }
    return match;
  }
  return null;
}

function specificIn(s: Segment): ClauseMatch | null {
  if (!SPECIFIC_POWER.test(s.text) || SPECIFIC_EXCLUSION.test(s.text)) return null;
  let best: { index: number; text: string } | null = null;
  const deviation = DEVIATION.test(s.text);
  for (const c of SPECIFIC_CRITERIA) {
    if (c.needsDeviation && !deviation) continue;
    c.re.lastIndex = 0;
    for (let m = c.re.exec(s.text); m; m = c.re.exec(s.text)) {
      if (!c.selfNegating && negatedBefore(s.text, m.index)) continue;
      if (isReference(s.text, m.index, m.index + m[0].length)) continue;
      if (!best || m.index < best.index) best = { index: m.index, text: m[0] };
      break;
    }
  }
  return best ? toMatch('specific', s, best.text) : null;
}

/** The article's sentences that can hold a clause: definitions of terms are not powers. */
function clauseSentences(text: string): Segment[] {
  return sentencesOf(text).filter((s) => !DEFINITION.test(s.text));
}

function firstOf(sentences: Segment[], find: (s: Segment) => ClauseMatch | null): ClauseMatch | null {
  for (const s of sentences) {
    const found = find(s);
    if (found) return found;
  }
  return null;
}

/**
 * Classifies one article text. A general clause anywhere in the article wins over a specific one;
 * otherwise the first specific power is returned.
 */
export function detectClause(text: string): ClauseMatch | null {
  if (!mayHoldClause(text)) return null;
  const sentences = clauseSentences(text);
  return firstOf(sentences, generalIn) ?? firstOf(sentences, specificIn);
}

/**
 * The article's general clause, as detectClause finds it, without looking for specific powers: where only
 * the general clause matters (the law's status on its page), their criteria need not be compiled at all.
 * A sentence can only match what the whole text matches, so the text is tested first. That also makes V8
 * compile those two expressions to machine code at once (it does so for a subject of 1,000 characters or
 * more) instead of first interpreting them on each sentence: in Node, the first call on the Wet IB 2001's
 * candidate article 4.3–5.7 → 3.3 ms (medians of 15 fresh processes, runs of the same session).
 */
export function detectGeneralClause(text: string): ClauseMatch | null {
  if (!mayHoldGeneralClause(text) || !OUTCOME_CHANGE.test(text) || text.search(UNFAIR_OUTCOME) < 0) return null;
  // Only sentences with the word can match UNFAIR_OUTCOME (it is case-sensitive): the others need no test at all.
  return firstOf(sentencesOf(text).filter((s) => s.text.includes('onbillijk') && !DEFINITION.test(s.text)), generalIn);
}
