// The public pages' own words, Dutch first (B1) and English. Vocabulary labels (status, cause, …) come from the
// shared catalogue in utils/i18n, so the pages and the extension name things the same way.
import { catalogFor, type Labels } from '../../utils/i18n/catalog';
import type { Language } from '../../utils/i18n/index';

const nl = {
  siteName: 'Wetsignaal',
  tagline: 'Bekende hardheden in de wet, bij het artikel dat ze veroorzaakt',
  skip: 'Naar de inhoud',
  navHome: 'Zoeken',
  navOverview: 'Overzicht',
  otherLanguage: 'English',
  searchLabel: 'Zoek een regeling op titel, citeertitel of BWB-nummer',
  searchButton: 'Zoeken',
  searchResults: 'Regelingen',
  noResults: 'Geen regeling gevonden voor "{q}".',
  recentSignals: 'Recent bijgewerkte signalen',
  signalCount: '{n} signalen',
  lawSignals: 'Signalen over de hele wet',
  article: 'Artikel {label}',
  articles: 'Signalen per artikel',
  onPortal: 'Bekijk artikel {label} op wetten.overheid.nl',
  lawOnPortal: 'Bekijk de wet op wetten.overheid.nl',
  clause: 'Hardheidsclausule',
  hooks: 'Ruimte in de Awb',
  department: 'Ministerie',
  status: 'Status',
  cause: 'Oorzaak',
  evidence: 'Onderbouwing',
  source: 'Bron',
  updated: 'Bijgewerkt op {date}',
  created: 'Vastgelegd op {date}',
  version: 'versie van {date}',
  tiedTo: 'Hoort bij',
  quote: 'Het gaat om de zin',
  impact: 'Gevolgen voor',
  noSignalsHere: 'Bij deze regeling zijn nog geen signalen bekend.',
  titleAsReported: 'titel zoals gemeld',
  titleAsReportedNote: 'Deze titel komt uit een melding en is nog niet door een moderator bevestigd.',
  notFound: 'Niet gevonden',
  notFoundText: 'Deze pagina bestaat niet. Zoek een regeling op de startpagina.',
  overviewTitle: 'Overzicht van alle signalen',
  overviewIntro: 'Aantallen per status, ministerie, wet en jaar. Dit is het materiaal voor het jaarlijkse overzicht van hardheden.',
  byStatus: 'Per status',
  byDepartment: 'Per ministerie',
  byLaw: 'Per wet',
  byYear: 'Per jaar (vastgelegd)',
  count: 'Aantal',
  total: 'Totaal: {n} signalen',
  exports: 'Open data',
  exportCsv: 'Alle signalen als CSV',
  exportJson: 'Alle signalen als JSON',
  exportAnnotation: 'Als W3C Web Annotations (JSON-LD)',
  unknownDepartment: 'onbekend',
  unknownLaw: 'Wet niet vastgesteld',
  chartOf: 'Staafdiagram: {title}',
  law: 'Wet',
  year: 'Jaar',
};

const en: typeof nl = {
  siteName: 'Wetsignaal',
  tagline: 'Known hardships in Dutch law, next to the article that causes them',
  skip: 'Skip to content',
  navHome: 'Search',
  navOverview: 'Overview',
  otherLanguage: 'Nederlands',
  searchLabel: 'Search a regulation by title, short title or BWB id',
  searchButton: 'Search',
  searchResults: 'Regulations',
  noResults: 'No regulation found for "{q}".',
  recentSignals: 'Recently updated signals',
  signalCount: '{n} signals',
  lawSignals: 'Signals about the whole law',
  article: 'Article {label}',
  articles: 'Signals per article',
  onPortal: 'See article {label} on wetten.overheid.nl',
  lawOnPortal: 'See the law on wetten.overheid.nl',
  clause: 'Hardship clause',
  hooks: 'Room in the General Administrative Law Act (Awb)',
  department: 'Ministry',
  status: 'Status',
  cause: 'Cause',
  evidence: 'Evidence',
  source: 'Source',
  updated: 'Updated {date}',
  created: 'Recorded {date}',
  version: 'version of {date}',
  tiedTo: 'Tied to',
  quote: 'The sentence concerned',
  impact: 'Affects',
  noSignalsHere: 'No signals are known for this regulation yet.',
  titleAsReported: 'title as reported',
  titleAsReportedNote: 'This title comes from a report and has not yet been confirmed by a moderator.',
  notFound: 'Not found',
  notFoundText: 'This page does not exist. Search a regulation on the home page.',
  overviewTitle: 'Overview of all signals',
  overviewIntro: 'Counts by status, ministry, law and year: the material for the yearly overview of hardships.',
  byStatus: 'By status',
  byDepartment: 'By ministry',
  byLaw: 'By law',
  byYear: 'By year (recorded)',
  count: 'Count',
  total: 'Total: {n} signals',
  exports: 'Open data',
  exportCsv: 'All signals as CSV',
  exportJson: 'All signals as JSON',
  exportAnnotation: 'As W3C Web Annotations (JSON-LD)',
  unknownDepartment: 'unknown',
  unknownLaw: 'Law not identified',
  chartOf: 'Bar chart: {title}',
  law: 'Law',
  year: 'Year',
};

export type WebKey = keyof typeof nl;
export type WebText = {
  language: Language;
  t(key: WebKey, vars?: Record<string, string | number>): string;
  labels: Labels;
};

export function webText(language: Language): WebText {
  const table = language === 'nl' ? nl : en;
  return {
    language,
    t: (key, vars = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)),
    labels: catalogFor(language).labels,
  };
}

/** `?lang=en|nl` wins; otherwise the first of nl/en in Accept-Language; Dutch by default. */
export function pickLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  if (query === 'en' || query === 'nl') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
