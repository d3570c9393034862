// Official citations and addresses of sources, in Dutch legal style. Pure; used by the seed data
// checks, the moderation service (a published report cites itself) and the extension.
import type { ReporterRole } from '../contract/vocabulary';

/** Where a Kamerstuk is published: `kst-<dossier>-<ondernummer>.html` (dossier digits without spaces). */
export const OFFICIELE_BEKENDMAKINGEN = 'https://zoek.officielebekendmakingen.nl/';
/** Where a ruling with an ECLI is published. */
export const RECHTSPRAAK_ECLI = 'https://uitspraken.rechtspraak.nl/details?id=';

/** "26 448" or "26448" and "650" or "AF" → the Kamerstuk's page on zoek.officielebekendmakingen.nl. */
export function kamerstukUrl(dossier: string, ondernummer: string): string {
  return `${OFFICIELE_BEKENDMAKINGEN}kst-${dossier.replace(/\s/g, '')}-${ondernummer}.html`;
}

/** An internal file name ("seed 001_af7e2a7a2207062c.txt", "domain.md") is no citation a reader can look up. */
export const FILE_NAME = /\b[\w-]+\.(?:txt|md|json|pdf|html?|docx?|csv)\b/i;

const ECLI = /^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$/;

/** The public page of a ruling on rechtspraak.nl; null for a string that is not an ECLI. */
export function ecliUrl(ecli: string): string | null {
  return ECLI.test(ecli) ? `${RECHTSPRAAK_ECLI}${ecli}` : null;
}

/**
 * The Kamerstuk URL a citation such as "Kamerstukken II 2020/21, 26 448, nr. 650", "Kamerstuk 32 716, nr. 40"
 * or "Kamerstukken I 2021/22, 35 295, AF" names; null when it names no single dossier and number.
 */
export function kamerstukUrlOf(citation: string): string | null {
  const m = /^Kamerstuk(?:ken)?(?: (?:I|II) \d{4}\/\d{2},)? (\d{1,3}(?: \d{3})?), (?:nr\. (\d{1,4})|([A-Z]{1,3}))$/.exec(citation);
  if (!m) return null;
  return kamerstukUrl(m[1]!, m[2] ?? m[3]!);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-12-06" → "6 december 2026", as dates are written in a citation. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The reporter's role as a noun in a citation ("Melding van een burger"). Fixed here, not UI copy. */
const ROLE_NOUNS: Record<ReporterRole, string> = {
  burger: 'burger',
  naaste: 'naaste van een betrokkene',
  professional_uitvoering: 'professional in de uitvoering',
  professional_overig: 'professional',
  advocaat: 'advocaat',
  wetgevingsjurist: 'wetgevingsjurist',
  wetenschapper: 'wetenschapper',
  belangenorganisatie: 'belangenorganisatie',
  clientenraad: 'cliëntenraad',
  gemeente: 'gemeente',
  uitvoeringsorganisatie: 'uitvoeringsorganisatie',
};

/** How a published report cites itself: "Melding van een burger, gepubliceerd op 6 december 2026". */
export function reportCitation(role: ReporterRole, publishedOn: string): string {
  return `Melding van een ${ROLE_NOUNS[role]}, gepubliceerd op ${dutchDate(publishedOn)}`;
}
