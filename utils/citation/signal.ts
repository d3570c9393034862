// How a reader cites a law's article and a Wetsignaal signal in a letter. Pure, no dependencies, so the
// overlay's UI script can use it without the contract's schemas.
import { dutchDate } from './official';

/** "Awir art. 47", "Awb art. 4:84"; the law alone when there is no article, the article alone when the law is not named. */
export function articleReference(law: string | null, label: string | null): string {
  if (!label) return law ?? '';
  return law ? `${law} art. ${label}` : `art. ${label}`;
}

/** The name a law goes by in a citation: its abbreviation, else its citeertitel. */
export function lawName(regulation: { title: string; abbreviation?: string | null }): string {
  return regulation.abbreviation || regulation.title;
}

export interface SignalCitationParts {
  title: string;
  /** The law's short name ("Pw"); null when not known. */
  law: string | null;
  label: string | null;
  /** The version of the law the signal was reported against (ISO date). */
  versionDate: string | null;
  /** The signal's public page, when the instance's address is known. */
  address: string | null;
  /** The day the reader cites it (ISO date), as a web source is cited with its consultation date. */
  consulted: string;
}

/**
 * `Wetsignaal, ‘Titel’, Pw art. 58 (versie van 1 januari 2023), https://…/signaal/sig-… (geraadpleegd op
 * 6 december 2026)`.
 */
export function signalCitation({ title, law, label, versionDate, address, consulted }: SignalCitationParts): string {
  const where = articleReference(law, label) + (versionDate ? ` (versie van ${dutchDate(versionDate)})` : '');
  const parts = ['Wetsignaal', `‘${title}’`, where];
  if (address) parts.push(address);
  return `${parts.join(', ')} (geraadpleegd op ${dutchDate(consulted)})`;
}
