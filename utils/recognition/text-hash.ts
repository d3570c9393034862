// Article text fingerprint shared by the page (content script) and the server (seeded from the corpus).
// Both sides must reach the same string, so normalisation is deliberately tolerant of how the page
// lays the text out: line breaks, spacing and the dot after a lid number or list marker do not count.

/** Characters the page may contain that never carry meaning for the text. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Non-breaking and other unusual spaces become a plain space. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * A lid number or list marker at the start of a line, with its dot: `1.`, `2a.`, `8*.`, `a.`, `1°.`, `ii.`.
 * The corpus writes `1. ` before every lid; the portal may render the bare number.
 */
const LEADING_MARKER_DOT = /^(\d{1,3}[a-z]{0,2}[°º*]?|[a-z]{1,2}[°º]?|[ivxlc]{1,6})\.(?= |$)/;
/** A whole line that is a bracketed change notice, e.g. `[Vervallen per 01-01-2011]`. */
const NOTICE_LINE = /^\[(?:vervallen|wijziging|toekomstige wijziging|treedt in werking)[^\]]*\]$/i;
const REPEALED_NOTICE = /^\[vervallen\b/i;

/**
 * The canonical form that is hashed: one line of text, whitespace collapsed, markers without their dot,
 * bracketed notices dropped (a repealed article reads "Vervallen", as in the corpus).
 */
export function normaliseArticleText(text: string): string {
  const out: string[] = [];
  let repealedNotice = false;
  for (const raw of text.normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACE, ' ').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    if (NOTICE_LINE.test(line)) {
      if (REPEALED_NOTICE.test(line)) repealedNotice = true;
      continue;
    }
    out.push(line.replace(LEADING_MARKER_DOT, '$1'));
  }
  if (out.length === 0 && repealedNotice) return 'Vervallen';
  return out.join(' ');
}

// FNV-1a, 64 bit, over the UTF-8 bytes of the normalised text. Computed on four 16-bit limbs so it
// stays exact in JavaScript numbers without BigInt (fast enough for a 2.5 MB page).
const encoder = new TextEncoder();

/** 16 hex digits: FNV-1a 64 of the UTF-8 bytes of an already normalised string. */
export function fnv1a64Hex(s: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let l0 = 0x2325;
  let l1 = 0x8422;
  let l2 = 0x9ce4;
  let l3 = 0xcbf2;
  for (const byte of encoder.encode(s)) {
    l0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 0x1b3 + 2^40.
    const t0 = l0 * 0x1b3;
    const t1 = l1 * 0x1b3 + (t0 >>> 16);
    const t2 = l2 * 0x1b3 + (l0 << 8) + (t1 >>> 16);
    const t3 = l3 * 0x1b3 + (l1 << 8) + (t2 >>> 16);
    l0 = t0 & 0xffff;
    l1 = t1 & 0xffff;
    l2 = t2 & 0xffff;
    l3 = t3 & 0xffff;
  }
  return [l3, l2, l1, l0].map((l) => l.toString(16).padStart(4, '0')).join('');
}

/** Hash of an article's text, equal for the corpus `text` field and the same article's body on the page. */
export function hashArticleText(text: string): string {
  return fnv1a64Hex(normaliseArticleText(text));
}
