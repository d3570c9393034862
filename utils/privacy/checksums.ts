// Check digits that tell a real BSN or IBAN apart from any other run of digits.

/**
 * The BSN 11-proef (RvIG "Logisch ontwerp BSN"): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a positive
 * multiple of 11. Eight-digit legacy numbers (old sofinummers) are checked with a leading 0.
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum > 0 && sum % 11 === 0;
}

/**
 * ISO 13616 check on a compact, upper-case IBAN: move the first four characters to the end, read
 * letters as 10…35 and the whole as one number; it must be 1 modulo 97. Computed digit by digit so no
 * big integers are needed.
 */
export function passesIbanCheck(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36);
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
