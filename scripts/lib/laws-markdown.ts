// Reads the statute book as text (statengeneraal/laws-markdown, one README.md per regulation) from a bare
// git mirror, and turns one regulation's markdown into articles in the corpus text format: a lid starts
// a line with "<nr>. ", list items stand on their own line.
import { execFileSync } from 'node:child_process';

export const LAWS_MARKDOWN_MIRROR =
  process.env.LAWS_MARKDOWN_MIRROR ?? '/work/.mirror/statengeneraal+laws-markdown/repo';

/** The kinds of regulation the samples are drawn from (the first folder of a path). */
export const SAMPLE_KINDS = ['wet', 'AMvB', 'ministeriele-regeling', 'beleidsregel', 'zbo'] as const;

function git(mirror: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=off', '-C', mirror, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

export function mirrorCommit(mirror = LAWS_MARKDOWN_MIRROR): string {
  return git(mirror, ['rev-parse', 'HEAD']).trim();
}

export function regulationPaths(mirror = LAWS_MARKDOWN_MIRROR): string[] {
  return git(mirror, ['ls-tree', '-r', '--name-only', 'HEAD'])
    .split('\n')
    .filter((p) => p.endsWith('/README.md') && /\/BWB[A-Z]\d{7}\/README\.md$/.test(p));
}

export function readRegulation(path: string, mirror = LAWS_MARKDOWN_MIRROR): string {
  return git(mirror, ['show', `HEAD:${path}`]);
}

/** Paths of regulations whose text contains `word` (git grep, case-insensitive). */
export function pathsContaining(word: string, mirror = LAWS_MARKDOWN_MIRROR): string[] {
  let out = '';
  try {
    out = git(mirror, ['grep', '-l', '-i', word, 'HEAD', '--', '*README.md']);
  } catch {
    return [];
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^HEAD:/, ''));
}

export function kindOf(path: string): string {
  return path.split('/')[0]!;
}

export function bwbIdOf(path: string): string {
  return /\/(BWB[A-Z]\d{7})\//.exec(path)?.[1] ?? '';
}

export interface MarkdownArticle {
  label: string;
  text: string;
}

const ARTICLE_HEADING = /^#{1,6}\s*Artikel\s+([0-9A-Za-z:.\-/]+)\s*$/;

/** A Markdown line as plain text: links to other regulations keep their words, not their paths; whitespace collapsed. */
export function plainLine(raw: string): string {
  return raw.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Articles of one regulation; headings other than an article's close it. */
export function articlesOf(markdown: string): MarkdownArticle[] {
  const out: MarkdownArticle[] = [];
  let current: { label: string; lines: string[] } | null = null;
  const close = () => {
    if (current && current.lines.length > 0) out.push({ label: current.label, text: current.lines.join('\n') });
    current = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = plainLine(raw);
    const heading = ARTICLE_HEADING.exec(line);
    if (heading) {
      close();
      current = { label: heading[1]!.replace(/\.$/, ''), lines: [] };
      continue;
    }
    if (line.startsWith('####')) continue; // an article's or division's title
    if (line.startsWith('#')) {
      close();
      continue;
    }
    if (!current || line === '') continue;
    current.lines.push(line.replace(/^(\d{1,3}[a-z]?)\.(?=\S)/, '$1. '));
  }
  close();
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct items drawn with `random`, in draw order. */
export function draw<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const FULL_DATE = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTHS})\s+(1[5-9]\d\d|20\d\d)\b`, 'i');

/** The heading of the regulation ("Wet van 9 oktober 2003, houdende …"), without markdown. */
function headingOf(markdown: string): string {
  const line = /^##(?!#)\s*(.+)$/m.exec(markdown)?.[1] ?? '';
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

/** The citeertitel ("Deze wet wordt aangehaald als: Participatiewet."), else the heading. */
export function titleOf(markdown: string): string {
  const cited = /(?:wordt|kan worden) aangehaald als:?\s+([^\n]{3,200}?)\.?\s*$/im.exec(markdown)?.[1];
  const title = cited?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, '').trim() || headingOf(markdown);
  return title.slice(0, 1000);
}

/** Year the regulation was made: a full date in its heading, else the date it was signed ("Gegeven te …",
 * "Den Haag, 17 januari 2006"), else a year its title ends with ("… 2002", the year it is for, so it may be
 * one late); null when none is there. */
export function yearOf(markdown: string): number | null {
  const heading = headingOf(markdown);
  const dated = FULL_DATE.exec(heading)?.[1];
  if (dated) return Number(dated);
  // The signature stands at the end; a place named earlier in the text carries no date.
  const places = [...markdown.matchAll(/(?:Gegeven te|Den Haag|'s-Gravenhage)[^\n]{0,80}(?:\n[^\n]*){0,2}/gi)];
  const signedYear = places.map((m) => FULL_DATE.exec(m[0])?.[1]).filter(Boolean).at(-1);
  if (signedYear) return Number(signedYear);
  // A period ("2013–2016") gives its first year: the regulation is made before or at its start.
  const titled = /\b(1[89]\d\d|20\d\d)(?:\s*[–-]\s*(?:1[89]|20)?\d\d)?\)?[’'‘]?\s*$/.exec(heading)?.[1];
  return titled ? Number(titled) : null;
}

/** An article that names an adverse outcome: the candidates every rigid and hook set is drawn from (issue #23). */
export const RIGID_CANDIDATE =
  /teruggevorderd|vordert\b[^.;]{0,80}\bterug|terugvordering|\btrekt\b[^.;]{0,80}\bin\b|wordt [^.;]{0,60}ingetrokken|\bweigert\b|wordt [^.;]{0,60}geweigerd|\bboete\b|\bvervalt\b|wordt [^.;]{0,60}uitgesloten|\bkort\b|gekort|wordt [^.;]{0,60}verlaagd|\bverlaagt\b/i;
