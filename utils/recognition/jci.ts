// Juriconnect references (jci1.3 / jci1.31), as the portal writes them in data-juriconnectverwijzing.
import { DIVISION_KINDS, type DivisionKind } from '../contract/constants';
import type { PathStep } from '../contract/identity';
import { isIsoDate } from './dates';

export interface JciReference {
  version: '1.3' | '1.31';
  /** `c`: one consolidation; `v`: a collection of versions. */
  type: 'c' | 'v';
  bwbId: string;
  /** Structure keys outer → inner, in the order written. */
  path: PathStep[];
  /** `artikel=`; null for a reference to a division or the whole regulation. */
  label: string | null;
  lid: string | null;
  /** `o=` (onderdeel, a list item). */
  onderdeel: string | null;
  /** `z=` zichtdatum. */
  z: string | null;
  /** `g=` geldigheidsdatum. */
  g: string | null;
}

export interface JciTarget {
  bwbId: string;
  path: readonly PathStep[];
  label: string | null;
  lid?: string | null;
  /** Used for both z and g; omitted from the reference when null. */
  versionDate: string | null;
}

const JCI_HEAD = /^jci(1\.31?):([cv]):(BWB[A-Z]\d{7})/i;
/** Where the key=value pairs end: a fragment or whitespace. */
const PAIRS_END = /[#\s]/;
const DIVISION_KEYS = new Set<string>(DIVISION_KINDS);

function decodeValue(v: string): string {
  if (!v.includes('%')) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/**
 * Parses a Juriconnect reference; null when it is not one. Keys are case-insensitive, `&amp;` is
 * accepted, unknown keys are ignored, and a date that is not a real ISO date is dropped.
 */
export function parseJci(input: string): JciReference | null {
  let s = input.trim();
  // Recognition parses one reference per article, so the costlier steps run only when needed.
  if (/&amp;/i.test(s)) s = s.replace(/&amp;/gi, '&');
  const m = JCI_HEAD.exec(s);
  if (!m) return null;
  const ref: JciReference = {
    version: m[1] === '1.31' ? '1.31' : '1.3',
    type: m[2]!.toLowerCase() === 'v' ? 'v' : 'c',
    bwbId: m[3]!.toUpperCase(),
    path: [],
    label: null,
    lid: null,
    onderdeel: null,
    z: null,
    g: null,
  };
  // The pairs follow the BWB id directly ("&key=value" each) and end at a fragment or whitespace.
  let tail = s.slice(m[0].length);
  if (!tail.startsWith('&')) return ref;
  const end = tail.search(PAIRS_END);
  if (end >= 0) tail = tail.slice(0, end);
  // Index arithmetic instead of split(): no array and no iterator per reference (cold code is slow).
  for (let at = 0; at < tail.length; ) {
    let next = tail.indexOf('&', at + 1);
    if (next === -1) next = tail.length;
    const eq = tail.indexOf('=', at + 1);
    if (eq > at + 1 && eq < next) setPair(ref, tail.slice(at + 1, eq).toLowerCase(), decodeValue(tail.slice(eq + 1, next)));
    at = next;
  }
  return ref;
}

function setPair(ref: JciReference, key: string, value: string): void {
  if (value === '') return;
  if (DIVISION_KEYS.has(key)) ref.path.push({ kind: key as DivisionKind, nr: value });
  else if (key === 'artikel') ref.label = value;
  else if (key === 'lid') ref.lid = value;
  else if (key === 'o') ref.onderdeel = value;
  else if (key === 'z' || key === 'g') ref[key] = isIsoDate(value) ? value : null;
}

/** Values are written literally (`:` and `.` stay); only characters that would break the reference are escaped. */
function encodeValue(v: string): string {
  return v.replace(/[%&#=\s<>"]/g, (c) => encodeURIComponent(c));
}

/**
 * The canonical reference: `jci1.3:c:{bwb}&{structure outer→inner}&artikel={label}[&lid=…]&z={date}&g={date}`.
 * z and g are omitted when there is no date.
 */
export function formatJci(target: JciTarget): string {
  const parts = [`jci1.3:c:${target.bwbId}`];
  for (const step of target.path) parts.push(`${step.kind}=${encodeValue(step.nr)}`);
  if (target.label !== null) parts.push(`artikel=${encodeValue(target.label)}`);
  if (target.lid) parts.push(`lid=${encodeValue(target.lid)}`);
  if (target.versionDate) parts.push(`z=${target.versionDate}`, `g=${target.versionDate}`);
  return parts.join('&');
}
