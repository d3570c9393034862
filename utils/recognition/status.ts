// The regulation's status lines (`p.regeling-toestand-meldingen`, one line per `<br>`), each parsed or
// left out on purpose. Line texts verified against real pages: "Geraadpleegd op …", "Geldend van … t/m …",
// "Wijziging(en) zonder datum inwerkingtreding aanwezig. Zie het wijzigingenoverzicht." (../shared/real-pages).
// Seen as text on real pages, markup not known (dossier, "Evidence from real pages"): "Gebruikte datum
// 'geldig op' DD-MM-YYYY.", "… en zichtdatum DD-MM-YYYY.", "Toekomstige tekst vanaf DD-MM-YYYY.", "[Regeling
// vervallen per DD-MM-YYYY.]" and a "Publicatiepiek" banner; that they sit in this paragraph is inferred.
import { dutchToIso, parseValidity, type Validity } from './dates';
import { collapse } from './text';

/** What the status lines say about the version shown, beyond its validity. */
export interface RegulationStatus {
  /** "Gebruikte datum 'geldig op' …": the date the reader asked the portal for (ISO). */
  validOn: string | null;
  /** "… en zichtdatum …": the view date the reader asked for (ISO). */
  viewDate: string | null;
  /** "Toekomstige tekst vanaf …": the text shown is not in force yet; from this date (ISO). */
  futureFrom: string | null;
  /** "[Regeling vervallen per …]": the whole regulation is repealed (ISO). */
  repealedPer: string | null;
}

export interface StatusLines {
  validity: Validity | null;
  status: RegulationStatus;
  /** Lines a reader of the law should see (about the regulation itself), verbatim. */
  notices: string[];
  /** Lines of no known form: for selector health, never shown as a notice. */
  unknown: string[];
}

const DATE = String.raw`(\d{1,2}-\d{1,2}-\d{4})`;
const CONSULTED = /^Geraadpleegd op\s+\d{1,2}-\d{1,2}-\d{4}\.?$/i;
const VALIDITY = /^Geldend van\s+\S+\s+t\/m\s+\S+?\.?$/i;
const USED_DATE = new RegExp(String.raw`^Gebruikte datum\s+['‘’"]?geldig op['‘’"]?\s+${DATE}(?:\s+en zichtdatum\s+${DATE})?\.?$`, 'i');
const FUTURE = new RegExp(String.raw`^Toekomstige tekst vanaf\s+${DATE}\.?$`, 'i');
const REPEALED = new RegExp(String.raw`^\[?\s*Regeling vervallen per\s+${DATE}\.?\s*\]?$`, 'i');
/** Notices about the regulation kept verbatim; the date-bearing ones are also parsed above. */
const KNOWN_NOTICES = [/^Wijziging\(en\) zonder datum inwerkingtreding aanwezig\b/i, /^Tekst zonder datum inwerkingtreding\b/i, FUTURE, REPEALED];
/** The portal's own service messages (a publication peak slowing it down): not about the regulation. */
const SERVICE_BANNER = /\bPublicatiepiek\b/i;

/** Sorts status lines into validity, parsed status, notices to show, lines left out and unknown lines. */
export function readStatusLines(rawLines: readonly string[]): StatusLines {
  const status: RegulationStatus = { validOn: null, viewDate: null, futureFrom: null, repealedPer: null };
  const notices: string[] = [];
  const unknown: string[] = [];
  for (const raw of rawLines) {
    // A line may carry several sentences ("Geraadpleegd op …. Geldend van …." on one line in older markup).
    for (const line of sentencesOf(collapse(raw))) {
      if (line === '' || CONSULTED.test(line) || VALIDITY.test(line) || SERVICE_BANNER.test(line)) continue;
      const used = USED_DATE.exec(line);
      if (used) {
        status.validOn = dutchToIso(used[1]!);
        status.viewDate = used[2] ? dutchToIso(used[2]) : null;
        continue;
      }
      status.futureFrom ??= dutchToIso(FUTURE.exec(line)?.[1] ?? '');
      status.repealedPer ??= dutchToIso(REPEALED.exec(line)?.[1] ?? '');
      if (KNOWN_NOTICES.some((re) => re.test(line))) notices.push(line);
      else unknown.push(line);
    }
  }
  return { validity: parseValidity(rawLines.join(' ')), status, notices, unknown };
}

/**
 * Splits off the consulted date and the validity when they share a line with other text, so each is
 * matched whole; every other sentence stays as written.
 */
function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=\.)\s+(?=Geraadpleegd op |Geldend van )|(?<=\d{4}\.)\s+(?=\S)/)
    .map((s) => s.trim());
}
