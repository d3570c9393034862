// Human labels for the contract vocabularies, in both UI languages.
import type { PersonalDataKind } from '../privacy/detect';
import type { ReviewFlagKind } from '../privacy/names';
import type { PublicTextField } from '../privacy/field-check';
import type {
  ArticleClauseStatus,
  Cause,
  EvidenceLevel,
  ImpactArea,
  RegulationClauseStatus,
  SignalStatus,
  SubmissionState,
} from '../contract/vocabulary';
import type { RIGID_OUTCOMES } from '../contract/register';
import type { Language } from './index';

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const statusLabels: Labels<SignalStatus> = {
  nl: {
    '1_uitvraag': 'Uitvraag',
    '2_binnengekomen': 'Binnengekomen',
    '3_analyse': 'In analyse',
    '4_aanpassing_geidentificeerd': 'Aanpassing gevonden',
    '5_aanpassing_wetgeving': 'Wet wordt aangepast',
    uitvoeringsmaatregel: 'Opgelost in de uitvoering',
    deels_opgelost: 'Deels opgelost',
    opgelost: 'Opgelost',
    bewuste_keuze_wetgever: 'Bewuste keuze van de wetgever',
    geen_hardvochtigheid_vastgesteld: 'Geen hardheid vastgesteld',
    buiten_scope: 'Buiten het onderzoek',
  },
  en: {
    '1_uitvraag': 'Call for input',
    '2_binnengekomen': 'Received',
    '3_analyse': 'Under analysis',
    '4_aanpassing_geidentificeerd': 'Change identified',
    '5_aanpassing_wetgeving': 'Law being changed',
    uitvoeringsmaatregel: 'Solved in practice',
    deels_opgelost: 'Partly solved',
    opgelost: 'Solved',
    bewuste_keuze_wetgever: "Legislator's deliberate choice",
    geen_hardvochtigheid_vastgesteld: 'No hardship found',
    buiten_scope: 'Out of scope',
  },
};

export const causeLabels: Labels<Cause> = {
  nl: {
    wet: 'De wet zelf',
    uitleg: 'De uitleg van de wet',
    uitvoering: 'De uitvoering',
    samenloop: 'Samenloop met andere regels',
    registratiefout: 'Fout in een registratie',
  },
  en: {
    wet: 'The law itself',
    uitleg: 'Interpretation of the law',
    uitvoering: 'Implementation',
    samenloop: 'Interaction with other rules',
    registratiefout: 'Error in a register',
  },
};

export const evidenceLabels: Labels<EvidenceLevel> = {
  nl: {
    geverifieerd: 'Gecontroleerd in de wettekst: dit artikel zegt wat hier staat',
    secundair: 'Via een andere bron aan dit artikel gekoppeld, niet zelf in de wettekst gecontroleerd',
    onbevestigd: 'Alleen aan de wet gekoppeld: welk artikel het precies is, is niet nagegaan',
  },
  en: {
    geverifieerd: 'Checked in the law text: this article says what is stated here',
    secundair: 'Tied to this article through another source, not checked in the law text itself',
    onbevestigd: 'Tied to the law only: which article exactly has not been checked',
  },
};

/**
 * The certainty of a target a moderator added when merging a report into a signal (contract TargetOrigin
 * `melding`): the signal's evidence level does not hold for it, as its sources do not name it. Keyed by
 * what the target is; `{date}` is the date of the merge.
 */
export const reportLinkLabels: Labels<'article' | 'law'> = {
  nl: {
    article: 'Dit artikel is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op {date}); de bronnen noemen het niet',
    law: 'Deze wet is aan het signaal gekoppeld na een melding (beoordeeld door een moderator op {date}); de bronnen noemen haar niet',
  },
  en: {
    article: 'This article was linked to the signal after a report (checked by a moderator on {date}); the sources do not mention it',
    law: 'This law was linked to the signal after a report (checked by a moderator on {date}); the sources do not mention it',
  },
};

export const regulationClauseLabels: Labels<RegulationClauseStatus> = {
  nl: {
    algemeen_eigen: 'Deze wet heeft een algemene hardheidsclausule',
    algemeen_extern: 'Gedekt door een hardheidsclausule in een andere wet',
    alleen_specifiek: 'Alleen specifieke afwijkingsmogelijkheden, geen algemene hardheidsclausule',
    geen: 'Geen hardheidsclausule gevonden',
    voorgesteld: 'Een hardheidsclausule is voorgesteld',
    tijdelijk_of_verlopen: 'Tijdelijke of verlopen hardheidsregeling',
    onbekend: 'Niet onderzocht',
  },
  en: {
    algemeen_eigen: 'This law has a general hardship clause',
    algemeen_extern: 'Covered by a hardship clause in another law',
    alleen_specifiek: 'Only specific powers to deviate, no general hardship clause',
    geen: 'No hardship clause found',
    voorgesteld: 'A hardship clause has been proposed',
    tijdelijk_of_verlopen: 'Temporary or expired hardship rule',
    onbekend: 'Not researched',
  },
};

export const articleClauseLabels: Labels<ArticleClauseStatus> = {
  nl: {
    is_hardheidsclausule: 'Dit artikel is een hardheidsclausule',
    is_specifieke_afwijkingsbevoegdheid: 'Dit artikel geeft een specifieke mogelijkheid om af te wijken',
    gedekt_eigen: 'Gedekt door de hardheidsclausule van deze wet',
    gedekt_extern: 'Gedekt door een hardheidsclausule in een andere wet',
    gedekt_beperkt: 'Maar voor een deel gedekt door een hardheidsclausule',
    niet_gedekt: 'Geen hardheidsclausule van toepassing',
    voorgesteld: 'Een hardheidsclausule is voorgesteld',
  },
  en: {
    is_hardheidsclausule: 'This article is a hardship clause',
    is_specifieke_afwijkingsbevoegdheid: 'This article gives a specific power to deviate',
    gedekt_eigen: "Covered by this law's hardship clause",
    gedekt_extern: 'Covered by a hardship clause in another law',
    gedekt_beperkt: 'Only partly covered by a hardship clause',
    niet_gedekt: 'No hardship clause applies',
    voorgesteld: 'A hardship clause has been proposed',
  },
};

export const submissionStateLabels: Labels<SubmissionState | 'wacht' | 'verzonden'> = {
  nl: {
    wacht: 'Wacht op verzending',
    verzonden: 'Verzonden',
    ontvangen: 'Ontvangen',
    in_behandeling: 'In behandeling',
    gepubliceerd: 'Gepubliceerd',
    samengevoegd: 'Samengevoegd met een bestaand signaal',
    afgewezen: 'Afgewezen',
  },
  en: {
    wacht: 'Waiting to be sent',
    verzonden: 'Sent',
    ontvangen: 'Received',
    in_behandeling: 'Under review',
    gepubliceerd: 'Published',
    samengevoegd: 'Merged into an existing signal',
    afgewezen: 'Rejected',
  },
};

export const impactAreaLabels: Labels<ImpactArea> = {
  nl: {
    inkomen: 'Inkomen',
    schulden: 'Schulden',
    zorg: 'Zorg',
    wonen: 'Wonen',
    werk: 'Werk',
    onderwijs: 'Onderwijs',
    gezin: 'Gezin',
    verblijf: 'Verblijf in Nederland',
    mobiliteit: 'Vervoer',
    rechtsbescherming: 'Bezwaar en rechtszaak',
    overig: 'Iets anders',
  },
  en: {
    inkomen: 'Income',
    schulden: 'Debts',
    zorg: 'Care',
    wonen: 'Housing',
    werk: 'Work',
    onderwijs: 'Education',
    gezin: 'Family',
    verblijf: 'Residence',
    mobiliteit: 'Transport',
    rechtsbescherming: 'Objection and court',
    overig: 'Something else',
  },
};

export const personalDataLabels: Labels<PersonalDataKind> = {
  nl: {
    bsn: 'burgerservicenummer (BSN)',
    iban: 'bankrekeningnummer (IBAN)',
    email: 'e-mailadres',
    phone: 'telefoonnummer',
    birthdate: 'geboortedatum',
    postcode_huisnummer: 'adres (postcode en huisnummer)',
  },
  en: {
    bsn: 'citizen service number (BSN)',
    iban: 'bank account number (IBAN)',
    email: 'e-mail address',
    phone: 'phone number',
    birthdate: 'date of birth',
    postcode_huisnummer: 'address (postcode and house number)',
  },
};

/** Likely names and addresses (names.ts): marked for review, never replaced automatically. */
export const reviewFlagLabels: Labels<ReviewFlagKind> = {
  nl: { person_name: 'mogelijk een naam', street_address: 'mogelijk een adres' },
  en: { person_name: 'possibly a name', street_address: 'possibly an address' },
};

/** The public text fields of a submission, as a moderator reads their names. */
export const publicTextFieldLabels: Labels<PublicTextField> = {
  nl: {
    description: 'Wat er gebeurde',
    affected: 'Wie het treft',
    otherLaw: 'Andere wet',
    regulationTitle: 'Titel van de wet (zoals gemeld)',
    'target.quote.exact': 'Aangehaalde zin',
    'target.quote.prefix': 'Tekst vóór de zin',
    'target.quote.suffix': 'Tekst na de zin',
  },
  en: {
    description: 'What happened',
    affected: 'Who is affected',
    otherLaw: 'Other law',
    regulationTitle: 'Title of the law (as reported)',
    'target.quote.exact': 'Quoted sentence',
    'target.quote.prefix': 'Text before the sentence',
    'target.quote.suffix': 'Text after the sentence',
  },
};

/** The adverse outcomes of rigid provisions (utils/contract/register.ts): public pages and the article panel. */
export const rigidOutcomeLabels: Labels<(typeof RIGID_OUTCOMES)[number]> = {
  nl: {
    terugvordering: 'terugvordering',
    boete: 'boete',
    intrekking: 'intrekking',
    weigering: 'weigering',
    uitsluiting: 'uitsluiting',
    verval: 'verval van een recht',
    korting: 'korting',
  },
  en: {
    terugvordering: 'recovery',
    boete: 'fine',
    intrekking: 'withdrawal',
    weigering: 'refusal',
    uitsluiting: 'exclusion',
    verval: 'loss of a right',
    korting: 'reduction',
  },
};
