// Private-law codes. Hardheidsclausules, rigid provisions and Awb hooks concern a bestuursorgaan applying
// public law; in private law "dringende reden" or "bijzondere omstandigheden" weigh between parties and a
// court decides. The Burgerlijk Wetboek (Boeken 1–8, 10), Rechtsvordering, Koophandel and Faillissementswet.
export const PRIVATE_LAW_BWB_IDS: readonly string[] = [
  'BWBR0002656', // BW Boek 1
  'BWBR0003045', // BW Boek 2
  'BWBR0005291', // BW Boek 3
  'BWBR0002761', // BW Boek 4
  'BWBR0005288', // BW Boek 5
  'BWBR0005289', // BW Boek 6
  'BWBR0005290', // BW Boek 7
  'BWBR0006000', // BW Boek 7A
  'BWBR0005034', // BW Boek 8
  'BWBR0030068', // BW Boek 10
  'BWBR0001827', // Wetboek van Burgerlijke Rechtsvordering
  'BWBR0001838', // Wetboek van Koophandel
  'BWBR0001860', // Faillissementswet
];

export function isPrivateLaw(bwbId: string): boolean {
  return PRIVATE_LAW_BWB_IDS.includes(bwbId);
}

/**
 * Private law carried out outside the civil code (round 38): the ship and aircraft registers of Boek 8 BW, whose keeper
 * refuses a "teboekstelling" on missing deeds, and an employee's claim on his employer ("vervalt het recht van de
 * werknemer op de transitievergoeding"): the labels leave private law out, as they do the code itself.
 */
export const PRIVATE_LAW_MATTER = /\bteboekstelling\b|\bBoek 8 van het Burgerlijk Wetboek\b|\btransitievergoeding\b/i;

/**
 * The rijksbelastingen as a whole, by the regulation: the tax laws whose levy, objection, revision and collection run
 * under the Algemene wet inzake rijksbelastingen and the Invorderingswet. The labels leave tax law out by convention,
 * and its rigid findings were all wrong at the freezes, also where no inspecteur acts (a conditional exemption that
 * "vervalt", a tax reduction "verlaagd": fresh 20, the Successiewet). Their Awb hooks are left out too (a law
 * adjustment in hook-rules.ts): every labelled article of them is labelled without one. Regulations beside them keep
 * their hooks: right ones were labelled there (a minister's power in the Uitvoeringsbesluit inkomstenbelasting 2001, a
 * boete under the Wet vermindering afdracht).
 */
export const TAX_LAW_BWB_IDS: readonly string[] = [
  'BWBR0002320', // Algemene wet inzake rijksbelastingen
  'BWBR0004770', // Invorderingswet 1990
  'BWBR0011353', // Wet inkomstenbelasting 2001
  'BWBR0002471', // Wet op de loonbelasting 1964
  'BWBR0002672', // Wet op de vennootschapsbelasting 1969
  'BWBR0002515', // Wet op de dividendbelasting 1965
  'BWBR0002226', // Successiewet 1956
  'BWBR0002629', // Wet op de omzetbelasting 1968
  'BWBR0002740', // Wet op belastingen van rechtsverkeer
  'BWBR0005806', // Wet op de belasting van personenauto's en motorrijwielen 1992
  'BWBR0006324', // Wet op de motorrijtuigenbelasting 1994
  'BWBR0005251', // Wet op de accijns
  'BWBR0007168', // Wet belastingen op milieugrondslag
  'BWBR0002359', // Wet op de kansspelbelasting
  'BWBR0007678', // Wet belasting zware motorrijtuigen
  'BWBR0005802', // Wet op de verbruiksbelasting van alcoholvrije dranken
  'BWBR0031796', // Wet bankenbelasting
];

/**
 * The uitvoeringsbesluiten, -regelingen and -beschikkingen made under those tax laws (each names its tax law in its
 * "Gelet op"): the same levy and the same convention. Their rigid findings in the statute book were none by the labels
 * (random 2: the inspecteur's consent "wordt … ingetrokken" in the Uitvoeringsbesluit accijns) or calculations (a
 * WOZ-waarde "verlaagd"); no rigid provision was labelled in any of them.
 */
export const TAX_IMPLEMENTING_BWB_IDS: readonly string[] = [
  'BWBR0002473', // Uitvoeringsbesluit Algemene wet inzake rijksbelastingen
  'BWBR0006736', // Uitvoeringsregeling Algemene wet inzake rijksbelastingen 1994
  'BWBR0004772', // Uitvoeringsbesluit Invorderingswet 1990
  'BWBR0004766', // Uitvoeringsregeling Invorderingswet 1990
  'BWBR0012066', // Uitvoeringsbesluit inkomstenbelasting 2001
  'BWBR0012031', // Uitvoeringsregeling inkomstenbelasting 2001
  'BWBR0002489', // Uitvoeringsbesluit loonbelasting 1965
  'BWBR0028236', // Uitvoeringsregeling loonbelasting 2011
  'BWBR0002786', // Uitvoeringsbesluit vennootschapsbelasting 1971
  'BWBR0002784', // Uitvoeringsbeschikking vennootschapsbelasting 1971
  'BWBR0002517', // Uitvoeringsbeschikking dividendbelasting 1965
  'BWBR0002227', // Uitvoeringsbesluit Successiewet 1956
  'BWBR0027018', // Uitvoeringsregeling schenk- en erfbelasting
  'BWBR0002633', // Uitvoeringsbesluit omzetbelasting 1968
  'BWBR0002634', // Uitvoeringsbeschikking omzetbelasting 1968
  'BWBR0002770', // Uitvoeringsbesluit belastingen van rechtsverkeer
  'BWBR0005807', // Uitvoeringsbesluit belasting van personenauto's en motorrijwielen 1992
  'BWBR0005813', // Uitvoeringsregeling belasting van personenauto's en motorrijwielen 1992
  'BWBR0007311', // Uitvoeringsbesluit motorrijtuigenbelasting 1994
  'BWBR0007308', // Uitvoeringsregeling motorrijtuigenbelasting 1994
  'BWBR0005360', // Uitvoeringsbesluit accijns
  'BWBR0005355', // Uitvoeringsregeling accijns
  'BWBR0007178', // Uitvoeringsbesluit belastingen op milieugrondslag
  'BWBR0007159', // Uitvoeringsregeling belastingen op milieugrondslag
  'BWBR0002363', // Uitvoeringsbeschikking kansspelbelasting
  'BWBR0007679', // Uitvoeringsbesluit belasting zware motorrijtuigen
  'BWBR0007677', // Uitvoeringsregeling belasting zware motorrijtuigen
  'BWBR0005804', // Uitvoeringsbesluit verbruiksbelasting van alcoholvrije dranken
  'BWBR0005812', // Uitvoeringsregeling verbruiksbelasting van alcoholvrije dranken
];

/** A tax law or a regulation made under one: rigid provisions are left out there. */
export function isTaxLaw(bwbId: string): boolean {
  return TAX_LAW_BWB_IDS.includes(bwbId) || TAX_IMPLEMENTING_BWB_IDS.includes(bwbId);
}

/**
 * Recognising or executing a court's judgment ("De erkenning van de rechterlijke uitspraak wordt geweigerd indien",
 * mutual recognition of foreign criminal sentences): criminal law, done by the openbaar ministerie under its own
 * procedure, not a besluit about the person under the Awb. Not "tenuitvoerlegging van een vonnis" as one ground
 * among others for refusing a visa.
 */
export const COURT_JUDGMENT_RECOGNITION =
  /\b(?:erkenning|tenuitvoerlegging)\s+van\s+(?:de|een)\s+rechterlijke\s+(?:uitspraak|beslissing)\b/i;

/**
 * The criminal codes: investigating and prosecuting offences and executing criminal judgments are left out of the Awb
 * (Awb 1:6), so no Awb hook holds there ("kan het verzoek … worden ingetrokken", a "bezwaarschrift" to the court).
 * Their hardship clauses for the openbaar ministerie are still read as clauses.
 */
export const CRIMINAL_CODE_BWB_IDS: readonly string[] = [
  'BWBR0001854', // Wetboek van Strafrecht
  'BWBR0001903', // Wetboek van Strafvordering
];

/**
 * The inspecteur of the Algemene wet inzake rijksbelastingen as the one who acts: "De inspecteur" with no qualifier as
 * the subject (not the "inspecteur-generaal", "een inspecteur van het KCB", nor an inspecteur who is burdened, "Aan de
 * inspecteur kan een schorsing worden opgelegd"). Tax law keeps its own system of objection, revision and collection;
 * the labels leave it out by convention, and the tax inspector's powers and orders were false findings at the freezes
 * (fresh 13, 16, 19). A recovery written in the passive in a fund the inspecteur administers stays. Read on the
 * order's words: "De inspecteur trekt …", "weigert de inspecteur …", "door de inspecteur".
 */
export const TAX_INSPECTOR_ORDERS = /\b(?:De|(?:trekt|weigert|wijst|vordert|verlaagt|vermindert|kort|door) de) inspecteur\b(?!-| (?:van|der|voor)\b)/;
/**
 * The tax inspector holding a power ("De inspecteur kan", "kan de inspecteur", "De inspecteur is bevoegd"), as the
 * subject at the start of a clause. Literal first, the rest in look-behinds: it is tried on every sentence with a power.
 */
export const TAX_INSPECTOR_POWER =
  /\binspecteur\b(?!-| (?:van|der|voor)\b)(?:(?<=\b(?:kan|is|mag) de inspecteur)|(?<=(?:^|[\n;:,]\s*|\.\s+)(?:\d{1,3}[a-z]?\.\s+)?[Dd]e inspecteur)(?: [^\s,.;:]+){0,3}? (?:kan|kunnen|is bevoegd|mag)\b)/;

/**
 * The inspecteur's boete for a verzuim ("vormt een verzuim ter zake waarvan door de inspecteur een bestuurlijke boete kan
 * worden opgelegd", "… de inspecteur een bestuurlijke boete … kan opleggen"; round 38): the customs and excise
 * inspecteur's verzuimboete is tax-administrative as the tax inspector's is (AWR), and the labels leave it out without a
 * hook in every set (random 10, 18, 20, 21, fresh 21). Only for a "verzuim", the AWR's word: another inspecteur's
 * power in the passive keeps its hooks (round 20).
 */
export const TAX_INSPECTOR_BOETE = /\bverzuim\w*\b[^.;]{0,80}\bde inspecteur\b(?!-| (?:van|der|voor)\b)[^.;]{0,60}\bboete\b[^.;]{0,60}\b(?:kan|kunnen) (?:worden opgelegd|opleggen)\b/;

/**
 * A fund settling with the bodies that carry out a law ("vordert het Zorginstituut het verschil van de Wlz-uitvoerder en
 * het zorgkantoor terug", "betaalt het Zorginstituut de Wlz-uitvoerder … het verschil … uit"): advances and costs set
 * and settled between organs, no outcome for a person and no debt under Titel 4.4. Read over the article, since the
 * executor may be named in another lid than the recovery. The executor is the fund's counterparty, not the one who
 * recovers ("De Wlz-uitvoerder vordert … van de verzekerde terug" stays). So is a settlement with a liaison body
 * (verbindingskantoor) that carries out the coordination of social security abroad, whoever settles ("vordert het
 * college het verschil van het verbindingskantoor of de zorgverzekeraar terug").
 */
export const SETTLEMENT_WITH_EXECUTORS =
  /\b(?:betaalt|vordert|vergoedt|verrekent)\s+(?:het|de)\s+(?:Zorginstituut|College voor zorgverzekeringen|[Ff]onds)\b[^.;]{0,80}?\b(?:de|het|van de|van het|aan de|aan het)\s+(?:Wlz-uitvoerders?|zorgkanto(?:or|ren)|uitvoeringsorga(?:an|nen))\b|\b(?:Het|het) (?:Zorginstituut|College voor zorgverzekeringen)\s+(?:betaalt|vordert|vergoedt|verrekent)\b[^.;]{0,80}?\b(?:de|het|van de|van het|aan de|aan het)\s+(?:Wlz-uitvoerders?|zorgkanto(?:or|ren)|uitvoeringsorga(?:an|nen))\b|\b(?:betaalt|vordert|vergoedt|verrekent)\b[^.;]{0,80}?\b(?:de|het|van de|van het|aan de|aan het)\s+verbindingskanto(?:or|ren)\b/;

/**
 * Funding between public bodies (round 36: "verlaagt het college de verhoging van de budgetten met een voor alle
 * verbindingskantoren gelijk percentage", "de aan het gerecht … toegekende productiegerelateerde bijdrage", a specifieke
 * uitkering to a municipality): budgets of the bodies that carry out a scheme, no outcome for a person or undertaking
 * (no rigid outcome, no kwijtschelding hook). A persoonsgebonden budget is a person's; "instellingen" are left out, since
 * a care institution or a school board funded by a budget is an undertaking.
 */
export const PUBLIC_FUNDING =
  /\b(?<!persoonsgebonden )budget(?:ten)?\b(?!\s+(?:van|voor) (?:de|het|een) (?:\S+ )?(?:verzekerde|budgethouder|aanvrager|cliënt|persoon)\b)[^.;]{0,80}\b(?:verbindingskanto(?:or|ren)|uitvoerders?|gerecht(?:en)?|gemeenten?|provincies?|zorgkanto(?:or|ren))\b|\bproductiegerelateerde bijdrage\b|\bspecifieke uitkering\b|\b(?:gemeente|provincie)fonds\b/i;
/**
 * A ground that is a risk the organ must foresee ("ernstige hinder of gevaar opleveren of kunnen opleveren", "indien
 * misbruik is te vrezen"): whether the outcome follows rests on the organ's judgement, as "naar verwachting" does; a
 * power for the hooks (3:4), an exit for the rigid rules.
 */
export const RISK_GROUND = String.raw`(?:\b(?:gevaar|hinder|schade|overlast)\b[^.;:]{0,40}\b(?:kan|kunnen) (?:opleveren|veroorzaken)\b|\b(?:is|zijn) te (?:vrezen|duchten)\b)`;

/**
 * A regulation of Bonaire, Sint Eustatius and Saba (BES), where the Awb does not apply (the BES laws keep their own
 * Wet administratieve rechtspraak BES): the statute book files it under a kind ending in "-BES" ("wet-BES"), or its
 * title names it ("Wet financiële markten BES"). Such a regulation gets no Awb hooks and no Awb escape.
 */
export function isBesRegulation({ kind, title }: { kind?: string; title?: string }): boolean {
  return /-BES$/.test(kind ?? '') || /\bBES\b/.test(title ?? '');
}

/**
 * A power granted to a public body and withdrawn ("De verlening aan een gemeente … van de bevoegdheid …"; "Het bestuur
 * van de Dienst kan de verlening van de … bevoegdheid intrekken"; "De verlening van de bevoegdheid wordt ingetrokken"):
 * a task taken from an organ, between organs, no outcome for a person. The power withdrawn is read per sentence, the
 * public body that holds it over the article, since it is named in another lid.
 */
export const POWER_WITHDRAWN = /\bbevoegdheid\s+(?:(?:wordt|worden)\s+)?(?:intrekken|in te trekken|ingetrokken)\b|\btrekt\b[^.;:]{0,60}\bbevoegdheid\s+in\b/i;
export const PUBLIC_BODY_HOLDS = /\baan (?:een|de|het) (?:gemeente|provincie|waterschap|bestuursorgaan|openbaar lichaam)\b/i;
/** The same over a whole article: a public body named as the holder, and its power withdrawn. */
export const PUBLIC_BODY_POWER_WITHDRAWN = new RegExp(String.raw`^(?=[\s\S]*${PUBLIC_BODY_HOLDS.source})[\s\S]*(?:${POWER_WITHDRAWN.source})`, 'i');
