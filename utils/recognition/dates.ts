// Dates as the portal writes them (DD-MM-YYYY) and as we store them (ISO YYYY-MM-DD).

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  // Character codes, not a regex and a Date: recognition checks two dates per article on pages with a
  // thousand articles.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) y = y * 10 + digit;
    else if (i < 7) mo = mo * 10 + digit;
    else d = d * 10 + digit;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

/** `15-08-2026` → `2026-08-15`; null when it is not a real date. */
export function dutchToIso(s: string): string | null {
  const m = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** `2026-08-15` → `15-08-2026`; null when it is not a real date. */
export function isoToDutch(iso: string): string | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

export interface Validity {
  /** ISO start of validity of the version shown. */
  from: string;
  /** ISO end of validity; null for "t/m heden". */
  to: string | null;
}

/** Reads "Geldend van DD-MM-YYYY t/m heden|DD-MM-YYYY" anywhere in a text. */
export function parseValidity(text: string): Validity | null {
  const m = /Geldend van\s+(\d{1,2}-\d{1,2}-\d{4})\s+t\/m\s+(heden|\d{1,2}-\d{1,2}-\d{4})/i.exec(text);
  if (!m) return null;
  const from = dutchToIso(m[1]!);
  if (!from) return null;
  if (m[2]!.toLowerCase() === 'heden') return { from, to: null };
  const to = dutchToIso(m[2]!);
  return to ? { from, to } : null;
}

/** Reads "Geraadpleegd op DD-MM-YYYY" (the day the page was rendered). */
export function parseConsulted(text: string): string | null {
  const m = /Geraadpleegd op\s+(\d{1,2}-\d{1,2}-\d{4})/i.exec(text);
  return m ? dutchToIso(m[1]!) : null;
}

/** Reads "[Vervallen per DD-MM-YYYY]" (with or without brackets); the ISO date, or null. */
export function parseRepealedPer(text: string): string | null {
  const m = /Vervallen per\s+(\d{1,2}-\d{1,2}-\d{4})/i.exec(text);
  return m ? dutchToIso(m[1]!) : null;
}
