// Which wetten.overheid.nl URLs are law pages, and what they say about the regulation and part shown.
import type { PathStep } from '../contract/identity';
import { isIsoDate } from './dates';
import { divisionKindOfWord } from './heading';
import { parseJci } from './jci';

export interface ClassifiedUrl {
  bwbId: string;
  /** ISO version date from the URL; null for a bare `/BWBR…` (resolves to today's version). */
  versionDate: string | null;
  /** The `/0` after the date; null when absent. */
  sequence: number | null;
  /** Divisions named by a part URL, outer → inner (without the article). */
  partPath: PathStep[];
  /** The article named by a part URL (`…/Artikel4:84`), else null. */
  articleLabel: string | null;
  kind: 'regulation' | 'part';
  /** Decoded `#…` without the hash, or null. */
  fragment: string | null;
}

export const PORTAL_HOST = 'wetten.overheid.nl';

const BWB_SEGMENT = /^BWB[A-Z]\d{7}$/;
/** `Hoofdstuk4`, `Titeldeel4.3`, `Sub-paragraaf4.3.6`, `HoofdstukVI`, `Artikel4:84` (longer words first). */
const PART_SEGMENT =
  /^(Sub-sub-paragraaf|Sub-paragraaf|Onderafdeling|Titeldeel|Hoofdstuk|Afdeling|Paragraaf|Divisie|Bijlage|Artikel|Boek|Deel|Titel)([0-9A-Za-z][0-9A-Za-z.:\-/*]*)$/i;
/** Tails that are other views of the same regulation, not its text. */
const NOT_TEXT_TAILS = new Set(['informatie', 'afdrukken']);

function decodeSegment(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** A part path segment (`Afdeling2.3`) as a step, or `{ article }` for `Artikel…`; null if not a part segment. */
export function parsePartSegment(segment: string): PathStep | { article: string } | null {
  const m = PART_SEGMENT.exec(segment);
  if (!m) return null;
  if (m[1]!.toLowerCase() === 'artikel') return { article: m[2]! };
  const kind = divisionKindOfWord(m[1]!);
  return kind ? { kind, nr: m[2]! } : null;
}

/**
 * Classifies a URL: null for anything that is not the text of a regulation on wetten.overheid.nl
 * (other hosts, search, `/informatie`, `/afdrukken`, version comparison, `/id/` links). A Juriconnect
 * permalink (`/jci1.3:c:…`) counts when the portal shows the text under that URL instead of redirecting.
 */
export function classifyUrl(url: string): ClassifiedUrl | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.hostname !== PORTAL_HOST || u.port !== '' || u.username !== '' || u.password !== '') return null;
  if (u.searchParams.has('VergelijkMet')) return null;

  if (/^\/jci1\.31?:/i.test(u.pathname)) return classifyJciPath(u);
  const segments = u.pathname.split('/').filter((s) => s !== '');
  const decoded = segments.map(decodeSegment);
  if (decoded.some((s) => s === null)) return null;
  const [bwbId, ...rest] = decoded as string[];
  if (!bwbId || !BWB_SEGMENT.test(bwbId)) return null;

  let versionDate: string | null = null;
  let sequence: number | null = null;
  let i = 0;
  if (rest[i] !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(rest[i]!)) {
    if (!isIsoDate(rest[i]!)) return null;
    versionDate = rest[i]!;
    i++;
    if (rest[i] !== undefined && /^\d{1,3}$/.test(rest[i]!)) {
      sequence = Number(rest[i]);
      i++;
    }
  }
  const partPath: PathStep[] = [];
  let articleLabel: string | null = null;
  for (const segment of rest.slice(i)) {
    if (NOT_TEXT_TAILS.has(segment.toLowerCase())) return null;
    if (articleLabel !== null) return null;
    const step = parsePartSegment(segment);
    if (!step) return null;
    if ('article' in step) articleLabel = step.article;
    else partPath.push(step);
  }
  const fragment = u.hash.length > 1 ? decodeSegment(u.hash.slice(1)) : null;
  return {
    bwbId,
    versionDate,
    sequence,
    partPath,
    articleLabel,
    kind: partPath.length > 0 || articleLabel !== null ? 'part' : 'regulation',
    fragment,
  };
}

/** `/jci1.3:c:BWBR…&hoofdstuk=…&artikel=…&g=…`: a single consolidation, dated by g (else z). */
function classifyJciPath(u: URL): ClassifiedUrl | null {
  const path = decodeSegment(u.pathname.slice(1));
  const ref = path === null ? null : parseJci(path);
  if (!ref || ref.type !== 'c' || !BWB_SEGMENT.test(ref.bwbId)) return null;
  // A date parameter that is present must be a real date, as in a `/BWB…/date` path.
  for (const [, value] of path!.matchAll(/&[gz]=([^&#]*)/gi)) if (!isIsoDate(value!)) return null;
  const versionDate = ref.g ?? ref.z;
  return {
    bwbId: ref.bwbId,
    versionDate,
    sequence: null,
    partPath: ref.path,
    articleLabel: ref.label,
    kind: ref.path.length > 0 || ref.label !== null ? 'part' : 'regulation',
    fragment: u.hash.length > 1 ? decodeSegment(u.hash.slice(1)) : null,
  };
}
