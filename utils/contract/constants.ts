// The contract's plain values, without zod, so the content script can use them without bundling
// the schema library (its size budget is 25 KB gzip). The zod schemas are built from these.

export const BWB_ID_PATTERN = /^BWB[A-Z]\d{7}$/;

/**
 * An article label as the law numbers it: `4:84`, `2.1`, `10a`, `IV`, Kieswet `A 1`, `3.3.3`, and `78ee*`
 * (the official texts mark some articles with an asterisk).
 */
export const ARTICLE_LABEL_PATTERN = /^[0-9A-Za-z](?:[0-9A-Za-z.:\-/*]| (?! ))*$/;

/** Juriconnect 1.3 reference, e.g. `jci1.3:c:BWBR0005537&hoofdstuk=4&artikel=4:84&z=2024-01-01&g=2024-01-01`. */
export const JCI_PATTERN = /^jci1\.31?:[cv]:BWB[A-Z]\d{7}(?:&[A-Za-z-]+=[^&\s<>"]+)*$/;

export const DIVISION_KINDS = [
  'boek',
  'deel',
  'titeldeel',
  'hoofdstuk',
  'afdeling',
  'onderafdeling',
  'paragraaf',
  'sub-paragraaf',
  'sub-sub-paragraaf',
  'divisie',
  'bijlage',
] as const;
export type DivisionKind = (typeof DIVISION_KINDS)[number];

/** Signal lifecycle (domain.md §5.1): the grounded phases plus the seed-grounded extra states. */
export const SIGNAL_STATUSES = [
  '1_uitvraag',
  '2_binnengekomen',
  '3_analyse',
  '4_aanpassing_geidentificeerd',
  '5_aanpassing_wetgeving',
  'uitvoeringsmaatregel',
  'deels_opgelost',
  'opgelost',
  'bewuste_keuze_wetgever',
  'geen_hardvochtigheid_vastgesteld',
  'buiten_scope',
] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Open statuses ordered from most to least serious; used to colour a badge. */
export const OPEN_STATUS_SEVERITY: readonly SignalStatus[] = [
  '2_binnengekomen',
  '3_analyse',
  '1_uitvraag',
  '4_aanpassing_geidentificeerd',
  '5_aanpassing_wetgeving',
  'uitvoeringsmaatregel',
  'deels_opgelost',
  'bewuste_keuze_wetgever',
];
export const CLOSED_STATUSES: readonly SignalStatus[] = ['opgelost', 'geen_hardvochtigheid_vastgesteld', 'buiten_scope'];

/** Cause classification (seed 000, seed 002 fn. 43). */
export const CAUSES = ['wet', 'uitleg', 'uitvoering', 'samenloop', 'registratiefout'] as const;
export type Cause = (typeof CAUSES)[number];

export const IMPACT_AREAS = [
  'inkomen',
  'schulden',
  'zorg',
  'wonen',
  'werk',
  'onderwijs',
  'gezin',
  'verblijf',
  'mobiliteit',
  'rechtsbescherming',
  'overig',
] as const;
export type ImpactArea = (typeof IMPACT_AREAS)[number];
