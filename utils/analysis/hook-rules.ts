// Awb hook rules as data (domain.md §3). A rule fires for an article when one of its triggers matches a
// sentence that none of its exclusions match; it then reads every Awb article in `awb`, each with the
// rule's reason (Dutch, B1). Since the shipped classifier decides which hooks are shown (hooks.ts), a rule only gives
// the reason of a hook the classifier shows. Sector laws that switch Awb provisions off or change them are listed in
// LAW_ADJUSTMENTS, also as data.
import { COURT_JUDGMENT_RECOGNITION, CRIMINAL_CODE_BWB_IDS, PRIVATE_LAW_BWB_IDS, PUBLIC_BODY_POWER_WITHDRAWN, PUBLIC_FUNDING, RISK_GROUND, SETTLEMENT_WITH_EXECUTORS, TAX_INSPECTOR_POWER, TAX_LAW_BWB_IDS } from './law-kinds';

export interface HookRule {
  id: string;
  awb: string[];
  triggers: RegExp[];
  exclusions: RegExp[];
  /** When set, the same sentence must also match this (a burdening outcome next to a power). */
  requires?: RegExp;
  /** The rule does not fire where the whole article matches one of these (what it says of whom, in another lid). */
  articleExclusions?: RegExp[];
  /** Sentence exclusions that hold only where the whole article matches `article` (a power's context in another lid). */
  contextExclusions?: { article: RegExp; sentences: RegExp[] };
  /** One line of Dutch for the reader (B1). */
  reason: string;
}

/**
 * Bodies that take decisions; a citizen ("de belanghebbende kan bezwaar maken") is never one of them. Organs named as an
 * "…autoriteit" ("de zorgautoriteit", "de emissieautoriteit"), not "de toezichtautoriteit", the supervisor of the BES
 * financial laws, where the Awb does not apply.
 */
const ACTOR = String.raw`(?:het college|het dagelijks bestuur|het UWV|de Sociale verzekeringsbank|Onze Minister|de Dienst Toeslagen|de inspecteur|de ontvanger|burgemeester en wethouders|het CAK|de Wlz-uitvoerder|een Wlz-uitvoerder|de algemene raad|het zorgkantoor|het bestuursorgaan|een bestuursorgaan|de officier van justitie|het Centraal Justitieel Incassobureau|de burgemeester|gedeputeerde staten|de raad|de korpschef|de grondkamer|het Zorginstituut|de minister|Onze Ministers|het bestuur|het bevoegd gezag|de directeur|de commissie|de centrale commissie(?: [a-z]+)?|de havenbeheerder|de functionele autoriteit|de Autoriteit Consument en Markt|de Nederlandsche Bank|de (?!toezicht)[a-z]+autoriteit)`;
const MODAL = String.raw`(?:kan|kunnen|is bevoegd|zijn bevoegd|mag|mogen)`;
// Also "overgegaan tot schorsing" ("kan, in plaats van intrekking van de erkenning, worden overgegaan tot schorsing"), and
// costs charged beside a recovery ("kunnen de met de terugvordering verband houdende kosten … in rekening worden
// gebracht"; round 37: the word order puts "in rekening" before the auxiliary, so the participle is read from it).
const ADVERSE_PARTICIPLE = String.raw`(?:geweigerd|ingetrokken|doorgehaald|herzien|teruggevorderd|verlaagd|opgelegd|opgeschort|beëindigd|verrekend|afgewezen|ontzegd|geschorst|uitgesloten|verplicht|ingekort|overgegaan tot (?:schorsing|intrekking|sluiting|ontslag))`;

/** A gap that may cross the marker of a list item ("omstandigheden,\na. geschorst"). */
const LIST_GAP = String.raw`(?:[^.;:]|(?<=\n[a-z0-9]{1,3})[.)°])`;
/**
 * A weighed choice between suspending and withdrawing, ordered ("wordt de vergunning, met inachtneming van …,\na.
 * geschorst voor de duur van ten hoogste zes maanden, of\nb. ingetrokken"; "De minister schorst de vismachtiging of trekt
 * deze in"): the organ must weigh which, so 3:4 lid 2 applies although no "kan" is written. The passive only as a main
 * clause, after the comma that ends a condition or with its subject first: "Indien een erkenning wordt geschorst of
 * ingetrokken, …" and "In situaties waarin besluiten worden ingetrokken of geschorst" are conditions, and so is a perfect
 * inside the clause ("wordt, indien de erkenning … is geschorst of ingetrokken, niet … afgewezen"). The auxiliary
 * first, the clause start in a look-behind: this runs on every sentence.
 */
const CHOICE_SUBORDINATE = String.raw`\b(?:indien|wanneer|zodra|ingeval|in geval|als(?! bedoeld)|nadat|voor zover|voorzover|zolang|omdat|doordat|waarin|waarbij|waarop|waardoor|die|dat|welke)\b`;
const CHOICE_OF_MEASURES = String.raw`\b(?:wordt|worden)\b(?<=(?:(?:^|\n|[.:]\s)(?:\d{1,3}[a-z]?\.\s+)?(?:(?!${CHOICE_SUBORDINATE})[^,.;:\n]){0,80}\s|,\s)(?:wordt|worden))(?:(?!\b(?:niet|geen|indien|wanneer|zodra|ingeval|nadat)\b)${LIST_GAP}){0,300}?(?<!\b(?:is|zijn|was|waren)\s)\b(?:geschorst\b${LIST_GAP}{0,120}?\bof\b${LIST_GAP}{0,40}?\bingetrokken|ingetrokken\b${LIST_GAP}{0,120}?\bof\b${LIST_GAP}{0,40}?\bgeschorst)\b|\bschorst\b[^.;:]{0,80}\bof\b\s+(?:\S+\s+){0,2}?trekt\b[^.;:]{0,60}\bin\b`;

/**
 * A burden named as a noun that "kan plaatsvinden" ("Het weigeren van een verklaring … en het intrekken van een
 * verklaring … kan plaatsvinden indien …"; "Terugvordering kan plaatsvinden"): the organ's power named by the act, as a
 * policy rule writes it. Only with the burden as the subject at the start of the sentence or lid, and not in a relative
 * clause ("De herziening, die kan plaatsvinden dankzij een methode …" describes how tariffs are revised).
 */
const BURDEN_MAY_TAKE_PLACE = String.raw`(?:^|\n|\d\.\s)(?:Het |De )?(?:gehele of gedeeltelijke )?(?:weigeren|intrekken|terugvorderen|schorsen|opschorten|herzien|verlagen|weigering|intrekking|terugvordering|schorsing|opschorting|herziening|verlaging)\b(?:(?!\b(?:die|dat|welke)\b)[^.;:]){0,250}?\b(?:kan|kunnen)(?:\s+\S+){0,2}?\s+plaatsvinden\b`;

/** A power with room to choose, held by a bestuursorgaan. */
/**
 * A ground by reference to the Wet Bibob's risk test ("weigert … in het geval en onder de voorwaarden, bedoeld in artikel
 * 3 van de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur"): that article leaves the organ to weigh
 * a serious danger and proportionality.
 */
const BIBOB_GROUND = String.raw`\bartikel 3 van de Wet (?:bevordering integriteitsbeoordelingen door het openbaar bestuur|Bibob)\b`;

/**
 * Room the organ has, worded as a condition (round 38): its judgement of sufficiency ("indien hij niet overtuigd is dat
 * de … verklaring voldoende waarborg biedt"), a need it weighs ("indien een doelmatige voorziening in de behoefte … niet
 * is gebaat bij verlening"), circumstances it weighs first ("na rekening te hebben gehouden met de … omstandigheden").
 * The rigid rules read the first two as room too.
 */
const JUDGED_ROOM = String.raw`(?:\bovertuigd (?:is|zijn) (?:dat|van)\b[^.;]{0,120}\bvoldoende\b|\bgebaat (?:is|zijn|wordt|worden) bij\b|\b(?:is|zijn|wordt|worden) gebaat bij\b|\bna rekening te hebben gehouden met\b)`;
const DISCRETION: RegExp[] = [
  new RegExp(BURDEN_MAY_TAKE_PLACE),
  new RegExp(CHOICE_OF_MEASURES, 'i'),
  // "Onze Minister van Financiën kan", "Het college van de gemeente die de bijstand heeft verleend kan", not "aan de
  // Minister van omstandigheden die van belang kunnen zijn" (the modal of a relative clause: a possibility).
  new RegExp(String.raw`\b${ACTOR}(?: van (?:(?!\b(?:die|dat|welke)\b[^,.;]{0,60}\b(?:kan|kunnen) zijn\b)[^,.;]){1,60}?)?(?:, [^,.;]{1,80},)? ${MODAL}\b`, 'i'),
  new RegExp(String.raw`\b${MODAL} ${ACTOR}\b`, 'i'),
  // An organ named by its capitalised title ("De Dienst Wegverkeer kan een erkenning intrekken", "het Agentschap kan"):
  // a name, so case-sensitive; the rigid rules read these organs the same way.
  // Words of the title may carry accents ("Autoriteit Financiële Markten"), and the modal may come first ("kan het
  // Commissariaat aan de overtreder: a. een bestuurlijke boete opleggen").
  /\b(?:Dienst|Autoriteit|Agentschap|Inspectie|Fonds|Zorginstituut|Belastingdienst|Commissariaat)(?: (?:[A-ZÀ-Þ][\wÀ-ÿ-]*|van|voor|en)){0,4} (?:kan|kunnen|is bevoegd|mag)\b/,
  // Also an organ named by its acronym ("kan de MSRC besluiten de erkenning: a. … te schorsen", "Het CIZ kan"): the
  // modal first and the acronym before it in a look-behind, in one pattern, since DISCRETION runs on every sentence.
  /\b(?:kan|kunnen|mag|is bevoegd)\b(?:(?= (?:het|de) (?:Dienst|Autoriteit|Agentschap|Inspectie|Fonds|Zorginstituut|Belastingdienst|Commissariaat|[A-Z]{2,}[a-z]{0,2})\b)|(?<=\b(?:De|Het|de|het) [A-Z]{2,}[a-z]{0,2} (?:kan|kunnen|mag|is bevoegd))|(?<=(?:^|\n|\d\.\s)[A-Z]{2,}[a-z]{0,2} (?:kan|kunnen|mag|is bevoegd)))/,
  // A power coordinated with an organ's ordered outcome ("Onze Minister trekt de verklaring in, indien …, en kan de
  // verklaring intrekken als …"): the same organ holds it. The verb is looked for before the organ: "en kan" is common.
  new RegExp(
    String.raw`\ben (?:kan|kunnen)\b(?<=\b(?:trekt|weigert|vordert|schorst|verlaagt|legt)\b[^.;]{0,200})(?<=\b${ACTOR}\s+(?:trekt|weigert|vordert|schorst|verlaagt|legt)\b[^.;]{0,200}\ben (?:kan|kunnen))`,
    'i',
  ),
  new RegExp(String.raw`\bis ${ACTOR} bevoegd\b`, 'i'),
  new RegExp(String.raw`\bnaar (?:het|zijn|haar) oordeel\b`, 'i'),
  // An ordered refusal or withdrawal whose ground is the organ's expectation ("Een bod wordt geweigerd indien de bieder
  // naar verwachting … niet naar behoren zal kunnen verzorgen"); not "naar verwachting" in a calculation or a report.
  // And circumstances that "kunnen … aanleiding geven" to burden ("De wijzigingen … kunnen het Vervangingsfonds aanleiding
  // geven het eigenrisicodragerschap te herzien"), a power put the other way round; not "geen aanleiding". One pattern,
  // literal first, the rest in look-arounds: it runs on every sentence.
  /\bnaar verwachting\b(?<=\b(?:wordt|worden)\s(?:\S+\s){0,6}?(?:geweigerd|afgewezen|ingetrokken)\b[^.;]{0,80}\bnaar verwachting)|\baanleiding geven\b(?<!\bgeen\s+aanleiding geven)(?<=\b(?:kan|kunnen)\b[^.;:]{0,120}\baanleiding geven)(?=[^.;:]{0,80}\bte (?:herzien|weigeren|intrekken|verlagen|beëindigen|schorsen)\b)/i,
  // An ordered refusal whose ground is the organ's own reasonable expectation ("Het college … weigert een verzoek …,
  // indien het aantal verstrekkingen … naar redelijke verwachting van het college meer zal zijn dan vijfduizend"), or the
  // Wet Bibob's risk test ("weigert … in het geval en onder de voorwaarden van artikel 3 van de Wet bevordering
  // integriteitsbeoordelingen door het openbaar bestuur"), also in a later item of the order's list. Literal first, the
  // order in a look-behind.
  new RegExp(String.raw`(?:\bnaar redelijke verwachting van (?:het|de|Onze)\b|${BIBOB_GROUND})(?<=\b(?:weigert|trekt\b[^;]{0,100}\bin|(?:wordt|worden)\s(?:\S+\s){0,6}?(?:geweigerd|ingetrokken))\b(?:[^;]|;(?=[ \t]*\n[a-z0-9]{1,3}[.)°])){0,300})`, 'i'),
  // An ordered refusal, withdrawal or suspension resting on room worded as a condition (`JUDGED_ROOM`, round 38): the
  // rigid rules read it as room, and room is what 3:4 governs. Literal first, the order in a look-behind.
  new RegExp(
    String.raw`${JUDGED_ROOM}(?<=\b(?:weigert|schorst|trekt\b[^;]{0,100}\bin|(?:wordt|worden)\s(?:\S+\s){0,6}?(?:geweigerd|afgewezen|ingetrokken|geschorst))\b[^.;]{0,300})`,
    'i',
  ),
  // An ordered refusal or withdrawal whose ground is a risk the organ must foresee ("wordt in ieder geval geweigerd indien
  // de … verrichtingen:\na. ernstige hinder of gevaar opleveren of kunnen opleveren"; "welke toestemming wordt onthouden
  // of ingetrokken indien … misbruik is te vrezen"). Literal first, the order in a look-behind, also across list items.
  new RegExp(
    String.raw`\b(?:opleveren|veroorzaken|vrezen|duchten)\b(?<=${RISK_GROUND})(?<=\b(?:wordt|worden)\s(?:\S+\s){0,6}?(?:geweigerd|afgewezen|ingetrokken|onthouden)\b(?:[^.;]|(?<=\n[a-z0-9]{1,3})[.)°]){0,250})`,
    'i',
  ),
  // A conduct that "kan leiden tot" a burdening outcome ("Afwijkingen van de doelstellingen zonder goede motivering kunnen
  // leiden tot intrekking of wijziging van de subsidieverlening of tot terugvordering"): the organ's power named by its
  // result, as "aanleiding geven" above. Not in a relative clause ("omstandigheden, die … kunnen leiden tot intrekking",
  // what an organ reports), nor "verlaging", which as often lowers a charge. Literal first, the rest in look-arounds.
  /\bleiden tot\b(?<=\b(?:kan|kunnen)\s+leiden tot)(?<!\b(?:die|dat|welke)\b[^.;]{0,120})(?=\s+(?:de\s+|het\s+|een\s+)?(?:gehele\s+of\s+gedeeltelijke\s+)?(?:intrekking|terugvordering|weigering|schorsing|korting)\b)/i,
  // The organ's judgement as a clause: "tenzij het bevoegd gezag van oordeel is dat er omstandigheden zijn om de toelage
  // … te handhaven". Literal first, the organ in a look-behind.
  new RegExp(String.raw`\bvan oordeel (?:is|zijn)\b(?<=\b${ACTOR}\s+van oordeel (?:is|zijn))`, 'i'),
  // A permit or exemption granted with burdens, in the passive and with no organ named ("Een vergunning kan onder
  // beperkingen worden verleend en daaraan kunnen voorschriften worden verbonden"); a dismissal granted as a power
  // ("kan in verband daarmee een ontslag … worden verleend").
  // Literal first and case-sensitive: DISCRETION runs on every sentence.
  /\bworden (?:verleend|verbonden)\b(?<=\b(?:kan|kunnen)\b[^.;:]{0,60}?\b(?:onder (?:beperkingen|voorwaarden|voorschriften) worden verleend|(?:voorschriften|voorwaarden|beperkingen) worden verbonden|[Oo]ntslag\b[^.;:]{0,80}?\bworden verleend))/,
  // "De uitkering kan geheel of ten dele vervallen worden verklaard".
  /\b(?:kan|kunnen)\b[^.;:]{0,60}?\bvervallen (?:worden )?verklaard\b/i,
  // Not in a relative clause about someone else's debt ("van wie kosten … kunnen worden teruggevorderd") or a
  // measure ("het aantal uren waarmee de aanspraak kan worden verlaagd").
  new RegExp(String.raw`(?<!\b(?:(?:van|op) wie|waar(?:mee|van|op|in|bij|door))\b[^.;,]{0,120})\b(?:kan|kunnen)\b[^.;:]{0,120}?\b(?:worden ${ADVERSE_PARTICIPLE}|in rekening worden gebracht)\b`, 'i'),
];

/**
 * An outcome that burdens the person: the evenredigheidstoets of 3:4 lid 2 is about these. Conditions may be attached
 * with their object between ("kan voorschriften aan de ontheffing verbinden"). A participle after an
 * article is an adjective ("de afgewezen aanvragen alsnog toe te wijzen"), not the burden; nor is information demanded
 * from a supervised body ("inzage vorderen", toezicht with its own test in 5:13), nor the "maatregel" of an algemene
 * maatregel van bestuur, which is rule-making; nor a participle in a clause that only identifies someone ("degene aan
 * wie de boete wordt opgelegd"). An amount deducted from a payment to the person ("kan de minister een hoger bedrag in
 * mindering brengen op de subsidie") burdens; a deduction from income or a tax base relieves. A body relieved of its
 * tasks or a person of an office ("kan besluiten dat de stichting van haar taken … is ontheven") loses them; an
 * exemption from a duty ("ontheven van de verplichting") relieves, and so may "ontheffen van de taak om …" at the
 * member's own request: only with a possessive, "van zijn taken". Closing an agreement ("kan daartoe overeenkomsten
 * sluiten") is no closure.
 */
const ADVERSE =
  /(?<!\b(?:de|het|een|deze|die|dit)\s)\b(?:geweigerd|ingetrokken|doorgehaald|teruggevorderd|verlaagd|opgelegd|geschorst|opgeschort|uitgesloten|afgewezen|gekort|ingekort)\b(?<!\b(?:aan|op|van) wie\b[^.;,]{0,80})(?<!\b(?:wiens|wier)\b[^.;,]{0,120})|\b(?:weiger\w*|in te trekken|intrekken|intrekking|door te halen|doorhalen|doorhaling|herzien|herziening|terug te vorderen|terugvorder\w*|verlag\w*|op te leggen|opleggen|(?<!\balgemene\s)maatregel(?!\s+van bestuur)|boete|schorsen|opschorten|beëindig\w*|ontzeg\w*|uit te sluiten|uitsluiten|afwijzen|korten|bestuursdwang|last onder dwangsom|(?<!\b(?:overeenkomsten?|contracten?|akkoorden?|verdragen?|convenanten?|verzekeringen?|leningen?)\s)sluiten|sluiting|verminderen|verrekenen|verwijdering|verwijderen|worden verplicht|(?<!\b(?:in te|inzage|inlichtingen|gegevens|medewerking)\s)vorderen|vervallen (?:worden )?verklaard|schort|inkorten|niet te verlenen|niet toe te kennen|innemen|in te nemen)\b(?<!\b(?:aan|op|van) wie\b[^.;,]{0,80})|\bontslag\b[^.;:]{0,80}?\bworden verleend\b|\b(?:overgaan|over te gaan)\b(?<=(?<!\bniet\s)\btot (?:schorsing|ontslag|intrekking|sluiting)\b[^.;:]{0,60}?(?:overgaan|over te gaan))|\beisen dat\b|\b(?:voorwaarden|voorschriften|beperkingen) (?:worden )?(?:verbinden|te verbinden|verbonden|stellen|te stellen)\b|\bonder (?:beperkingen|voorwaarden|voorschriften) (?:worden )?verleend\b|\b(?:voorwaarden|voorschriften|beperkingen) aan (?:de|het|een|die|dat|deze|dit|zijn|haar) [a-zë-]+ (?:verbinden|te verbinden)\b|\bin mindering (?:te )?brengen op (?:de|het) (?:[^\s.;,]+ )?(?:\S*uitkering|\S*bijdrage|subsidie|vergoeding|toelage|toeslag|tegemoetkoming)\b|\bvan (?:zijn|haar|hun|diens) (?:taak|taken|functie|functies|ambt|werkzaamheden)\b[^.;:]{0,60}?\b(?:ontheven|ontheffen|te ontheffen)\b|\b(?:ontheven|ontheffen|te ontheffen) (?:uit|van) (?:zijn|haar|hun|diens) (?:taak|taken|functie|functies|ambt|werkzaamheden)\b/i;

/**
 * The burden is what the power does ("kan de bijstand weigeren", also past a numbered reference: "kan de aanwijzing
 * als bedoeld in artikel 2.19 intrekken"), not a condition of it ("kan bijstand verlenen indien het verzoek is
 * afgewezen"); or the organ judges ("naar zijn oordeel") and the outcome burdens. A judgement
 * far after a burden word counts only when that word is the ordered outcome ("wordt geweigerd indien: … naar het
 * oordeel van de minister"; not "worden niet … verrekend"), not a noun in a condition of a right ("na de beëindiging van de dienst … naar het
 * oordeel van Onze Minister").
 */
/**
 * The organ judges after an ordered outcome: "wordt geweigerd indien: … naar het oordeel van de minister", "wordt
 * ingetrokken, …, tenzij het bevoegd gezag van oordeel is dat …" (its own judgement whether the outcome follows), also
 * its own reasonable expectation ("naar redelijke verwachting van het college meer zal zijn dan vijfduizend"). Not
 * a judgement of unfairness ("van oordeel is dat het niet herzien … zal leiden tot een onbillijkheid"): that relieves.
 */
const JUDGEMENT = String.raw`(?:${JUDGED_ROOM}|\bnaar (?:het|zijn|haar) oordeel\b|\bnaar verwachting\b|\bnaar redelijke verwachting van (?:het|de|Onze)\b|${BIBOB_GROUND}|${RISK_GROUND}|\bvan oordeel (?:is|zijn)\b(?<=\b${ACTOR}\s+van oordeel (?:is|zijn))(?![^.;]{0,200}\b(?:onbillijk|hardheid)))`;

/**
 * An ordered burden that heads a list of grounds ("Het zorgkantoor weigert verlening van een budget indien:\n… o. de
 * verzekerde naar het oordeel van het zorgkantoor niet in staat is …"): a judgement in any of its items is the organ's
 * own, however long the list before it.
 */
const ORDERED_LIST_HEAD = String.raw`(?:\bweigert\b|\btrekt\b[^.;:\n]{0,100}\bin\b|\bvordert\b[^.;:\n]{0,100}\bterug\b|\b(?:wordt|worden)\b(?:(?!\b(?:niet|geen)\b)[^.;:\n]){0,80}?\b${ADVERSE_PARTICIPLE}\b)[^.;:\n]{0,200}:[ \t]*\n`;

/**
 * A power that heads a list whose first item is the burden ("kan het Commissariaat aan de overtreder:\na. een
 * bestuurlijke boete opleggen"; "kan, indien zij van oordeel is dat …:\na. een last opleggen"): the head's own
 * condition does not make the items conditions.
 */
const POWER_LIST_HEAD = String.raw`\b(?:kan|kunnen|is bevoegd|zijn bevoegd)\b[^.;\n]{0,300}:[ \t]*\n(?:[a-z0-9]{1,3}[.)°]\s*)?[^\n;]{0,80}?(?:${ADVERSE.source})`;

const POWER_TO_BURDEN = new RegExp(
  String.raw`\b(?:kan|kunnen|is bevoegd|zijn bevoegd|mag|mogen)\b(?:(?!\b(?:indien|omdat|vanwege|nadat|tenzij|mits|voor zover|voorzover)\b|(?<=[,:]\s)als\b(?! bedoeld))(?:[^.;:]|\.(?=\d))){0,130}?(?:${ADVERSE.source})|\bnaar (?:het|zijn|haar) oordeel\b[^]{0,300}?(?:${ADVERSE.source})|(?:${ADVERSE.source})[^.;]{0,120}?\bnaar (?:het|zijn|haar) oordeel\b|\b(?:wordt|worden)\b(?:(?!\b(?:niet|geen)\b)[^.;:]){0,80}?\b${ADVERSE_PARTICIPLE}\b[^]{0,300}?${JUDGEMENT}|\b(?:weigert|schorst)\b[^;]{0,300}?${JUDGEMENT}|${ORDERED_LIST_HEAD}[^]*?${JUDGEMENT}|${POWER_LIST_HEAD}|${CHOICE_OF_MEASURES}|${BURDEN_MAY_TAKE_PLACE}`,
  'i',
);

/** "Tegen de beslissing ... kan degene die ... beroep instellen": the citizen holds this "kan". */
const CITIZEN_MODAL = /\b(?:kan|kunnen) (?:degene|de belanghebbende|een belanghebbende|belanghebbenden|de aanvrager|de verzekerde|de vreemdeling|de huurder|de indiener|de overtreder|de betrokkene)\b|\b(?:degene|de belanghebbende|een belanghebbende|belanghebbenden|de aanvrager|de verzekerde|de vreemdeling|de huurder|de indiener|de overtreder|de betrokkene) (?:kan|kunnen)\b/i;

/** A power to provide by bye-law or regulation ("De raad kan bij verordening bepalen dat een bestuurlijke boete kan
 * worden opgelegd"): rule-making, no decision on anyone. */
const BYE_LAW_POWER = /\b(?:kan|kunnen) (?:[^.;]{0,40} )?bij (?:gemeentelijke |provinciale )?(?:verordening|algemene maatregel van bestuur|ministeriële regeling) (?:[^.;]{0,40} )?bepalen\b/i;

/**
 * A sentence that opens with the instrument that holds the power ("Bij ministeriële regeling kan dit bedrag … worden
 * herzien", "Bij koninklijk besluit kan de … aftrek in bepaalde gevallen … worden uitgesloten"): the power is used by
 * making a rule, not by deciding a case.
 */
const BY_INSTRUMENT = /(?:^|\n|\.\s)\s*(?:\d{1,3}[a-z]?\.\s+)?(?:Bij|Krachtens) (?:of krachtens )?(?:algemene maatregel van bestuur|ministeriële regeling|regeling van Onze Minister|koninklijk besluit)\b[^.;]{0,120}?\b(?:kan|kunnen)\b/;

/** Rule-making and delegation sentences give no power over an individual case; nor does withdrawing general rules. */
// Also in the old spelling and across a long condition ("Onze Minister kan, indien hij overweegt een voordracht te doen …,
// overeenkomstig de in overweging zijnde maatregel regelen stellen, en … regelen buiten werking stellen").
const DELEGATION = new RegExp(
  String.raw`\b(?:kan|kunnen) (?:[^.;:]{0,40} )?regels stellen\b|\bregelen (?:stellen|buiten werking stellen)\b|\bvoordracht\b[^.;]{0,80}\balgemene maatregel van bestuur\b|\bbij (?:algemene maatregel van bestuur|ministeriële regeling) regels\b|\balgemeen verbindende voorschriften\b|\b(?:kan|kunnen) [^.;]{0,40}\bbij (?:algemene maatregel van bestuur|ministeriële regeling)\b|\b(?:regels|nadere regels|voorschriften) (?:worden|kunnen worden) gesteld\b|\bkunnen (?:bij|krachtens)[^.;]{0,60}regels\b|\bbij (?:of krachtens )?(?:algemene maatregel van bestuur|ministeriële regeling|regeling van Onze Minister)\b[^.;]{0,80}\b(?:bepaald|aangewezen|vastgesteld|gesteld)\b|${BYE_LAW_POWER.source}|${BY_INSTRUMENT.source}`,
  'i',
);

/**
 * Sentences that only empower rule-making ("Bij ministeriële regeling kunnen regels worden gesteld omtrent … uitstel
 * van betaling van de bestuurlijke boete"): no debt or boete arises from them. Narrower than DELEGATION, which also
 * holds "een bij ministeriële regeling vastgesteld bedrag" in an article that does recover.
 */
const RULE_MAKING = new RegExp(
  String.raw`\bvoordracht\b[^.;]{0,80}\balgemene maatregel van bestuur\b|\b(?:regels|nadere regels|voorschriften) (?:worden|kunnen worden) gesteld\b|\bkunnen (?:bij|krachtens)[^.;]{0,60}regels\b|\b(?:stelt|stellen) [^.;]{0,60}\bregels\b|${BYE_LAW_POWER.source}|${BY_INSTRUMENT.source}`,
  'i',
);

/**
 * A measure named in a relative clause whose sentence says what it amounts to ("De bestuurlijke boete die per
 * boetebeschikking kan worden opgelegd bedraagt minimaal € 50", "De disciplinaire maatregelen die … kunnen worden
 * opgelegd, zijn:"): a tariff or a list of measures, not a power used here; nor is a maximum named so ("de hoogte van
 * de boete die ten hoogste kan worden opgelegd").
 */
const MEASURE_DESCRIBED =
  /\b(?:die|dat|welke)\b[^.;,:]{0,100}\b(?:kan|kunnen|mag|mogen)\b[^.;,:]{0,40}\bworden [a-zë]+,?\s+(?:bedraagt|bedragen|is|zijn|luidt|luiden)\b|\b(?:die|dat|welke) (?:ten hoogste|maximaal)\b[^.;:]{0,100}?\b(?:kan|kunnen|mag|mogen) worden opgelegd\b/i;

/**
 * Offences named by the sanction they carry, in a relative clause still open ("strafbare feiten waarvoor … slechts een
 * bestuurlijke boete kan worden opgelegd"): no power used here. An exclusion, so it runs only where a power was found.
 */
const SANCTION_NAMES_OFFENCES = /\b(?:waarvoor|voor welke)\b[^.;,]{0,120}\b(?:kan|kunnen) worden opgelegd\b/i;

/**
 * An offence named by a boete whose power stands in another law ("dat is aangemerkt als overtreding waarvoor een
 * bestuurlijke boete kan worden opgelegd bij of krachtens de Arbeidsomstandighedenwet"), in a beleidsregel that fixes
 * or calculates the amounts: no boete imposed and no debt arising here. Also by the article that holds the power ("is een
 * overtreding waarvoor een bestuurlijke boete kan worden opgelegd als bedoeld in artikel 77, eerste lid, van de wet";
 * round 37): the offence is only designated here. An offence designated here ("is een overtreding
 * ter zake waarvan door Onze Minister een bestuurlijke boete kan worden opgelegd") stays.
 */
const BOETE_POWER_ELSEWHERE = /\b(?:waarvoor|voor welke)\b[^.;,]{0,120}\b(?:kan|kunnen) worden opgelegd (?:bij of krachtens|krachtens|op grond van|als bedoeld in) (?:de|het|die|artikel)\b/i;

/**
 * A mandate that lists the powers another body may use in the organ's name ("oefent DNB … in naam van de
 * directeur-generaal de volgende bevoegdheden uit: … e. het invorderen bij dwangbevel van een … boete"), or the tasks of
 * a unit of the organisation ("De hoofden van de afdelingen … zijn verantwoordelijk voor:\n… e. het terugvorderen in het
 * kader van onverschuldigd betaalde bedragen"): who decides, not a debt, boete or burden arising here.
 */
const MANDATE_LIST =
  /\b(?:is|zijn)\s+(?:in hoofdzaak\s+|mede\s+)?(?:verantwoordelijk voor|belast met)\s*:[ \t]*\n|\b(?:in naam van|namens|mandaat|gemandateerd)\b[^.;]{0,150}\bde volgende bevoegdheden\b|\bde volgende bevoegdheden\b[^.;]{0,150}\b(?:in naam van|namens|mandaat|gemandateerd)\b/i;

/**
 * A power used at the request of the person it concerns, with the object before the request ("kan de toestemming,
 * bedoeld in het eerste lid, op verzoek van de deelnemer intrekken"); a request of someone else (a municipality, a
 * supervisor) still leaves a burden on the person.
 */
const REQUESTER = String.raw`(?:houder|deelnemer|aanvrager|belanghebbende|betrokkene|subsidieontvanger|subsidie-ontvanger|ontvanger|vergunninghouder|gerechtigde|rechthebbende|ambtenaar|werknemer|verzekerde|student|leerling|rechtspersoon)`;
// Also with the request first ("Op aanvraag van de ambtenaar kan het ontslag … worden verleend") and a dismissal
// "op aanvraag" (not "Anders dan op eigen aanvraag kan … ontslag worden verleend", a dismissal imposed).
const AT_OWN_REQUEST = new RegExp(
  String.raw`\b(?:kan|kunnen)\b[^.;]{0,100}?\bop (?:schriftelijk )?(?:verzoek|aanvraag) van (?:de|het|een) ${REQUESTER}\b|\bop (?:schriftelijk )?(?:verzoek|aanvraag) van (?:de|het|een) ${REQUESTER}\b[^.;]{0,40}?\b(?:kan|kunnen)\b|\bontslag op (?:eigen |zijn |haar )?aanvraag\b`,
  'i',
);

/**
 * A power at the person's own request anywhere in the article, the requester also with a qualifier ("op verzoek van de
 * rechterlijk ambtenaar"), not an official who supervises or is designated ("de toezichthoudende ambtenaar").
 */
const OWN_REQUEST_IN_ARTICLE = new RegExp(
  String.raw`\b(?:kan|kunnen)\b[^.;]{0,150}?\bop (?:schriftelijk )?(?:verzoek|aanvraag) van (?:de|het|een) (?:(?!toezichthoudende|aangewezen|bevoegde|daartoe)[a-zë]+ )?${REQUESTER}\b`,
  'i',
);

/**
 * A passive power with no organ named, no condition of its own and a limit ("alleen", "ten hoogste"): how far a power
 * stated elsewhere reaches. Not conditions attached to a grant ("Aan een ontheffing kunnen voorschriften worden
 * verbonden"), which burden whoever asked for it.
 */
const UNSPECIFIED_PASSIVE_POWER = new RegExp(
  String.raw`^(?![\s\S]*\b(?:indien|wanneer|zodra|ingeval|in geval|tenzij|nadat)\b)(?![\s\S]*\b${ACTOR}\b)(?=[\s\S]*\b(?:alleen|slechts|uitsluitend|ten hoogste|maximaal)\b)[\s\S]*\b(?:kan|kunnen)\b[^.;]{0,200}?\bworden\b`,
  'i',
);

/** A decision about someone (used only for sector rules that attach to every beschikking, Awir 13b). */
const DECISION: RegExp[] = [
  /\bbeschikking\b|\bbeslist\b|\bbeslissing\b/i,
  /\b(?:weigert|weigeren|geweigerd|trekt [^.;]{0,40}in|ingetrokken|intrekking|herzien|herziet|herziening|terugvordering|teruggevorderd|vordert [^.;]{0,60}terug|opgelegd|legt [^.;]{0,60}op|opschorting|schort [^.;]{0,40}op|toegekend|kent [^.;]{0,40}toe)\b/i,
  ...DISCRETION,
];

/** A bestuurlijke boete imposed here ("legt een bestuurlijke boete op"), not one mentioned in passing. */
const IMPOSES_FINE = [
  /\bbevoegd\w* tot (?:de )?oplegging van een\b[^.;]{0,20}\bboete\b/i,
  // Room for an organ's full name and the addressee ("legt de Staatssecretaris van … aan deze … een boete op", "legt de
  // aanbestedende dienst die partij is bij een overeenkomst waarbij … artikel 3.5 … een bestuurlijke boete op"), and
  // for an amount with a dot ("een bestuurlijke boete van 1.000 € op").
  /\b(?:legt|leggen)\b(?:[^.;]|\.(?=\d)){0,200}\bboete\b(?:[^.;]|\.(?=\d)){0,30}\bop\b/i,
  // An amount may hold dots: "een bestuurlijke boete van ten hoogste € 33.500,– op te leggen".
  /\bboete\b(?:[^.;]|\.(?=\d)){0,60}\b(?:opleggen|op te leggen)\b/i,
  // Not where the boete only identifies someone ("verzoekt degene aan wie de boete wordt opgelegd …"), nor where a
  // relative clause names the boete another rule is applied to ("wordt dezelfde matiging toegepast op de boete die aan
  // de inlener wordt opgelegd": the auxiliary belongs to the main clause, the boete's own verb to the relative one).
  // The look-behinds stand after the words they guard, so they run only where those words are.
  /\b(?:wordt|worden|kan|kunnen)\b(?<!\b(?:aan|op|van) wie\b[^.;]{0,40})[^.;]{0,60}\bboete\b(?!\s+(?:die|dat|welke)\b)[^.;]{0,60}\bopgelegd\b(?<!\b(?:aan|op|van) wie\b[^.;]{0,40})/i,
  // The boete before its verb where an offence is designated ("is een overtreding ter zake waarvan door Onze Minister
  // een bestuurlijke boete kan worden opgelegd"), not in a condition ("indien … een boete wordt opgelegd"); and the
  // organ raising or lowering the boete it imposes ("verhoogt de … ambtenaar de op te leggen bestuurlijke boete met").
  // Literal first and case-sensitive (a lowercase word mid-sentence), the look-behinds only where the literal stands:
  // this runs on every sentence. In the same pattern, an offence punished in the passive with an administrative boete
  // ("wordt … bestraft met een bestuurlijke boete die gelijk is aan de eerder opgelegde …"; a criminal fine is a
  // "geldboete").
  /\bboete\b(?:(?<=\b(?:ter zake waarvan|terzake waarvan|waarvoor)\b[^.;]{0,100}\bboete)[^.;]{0,20}?\b(?:kan|kunnen) worden opgelegd\b|(?<=\b(?:verhoogt|verhogen|verlaagt|verlagen)\b[^.;]{0,100}\bop te leggen (?:bestuurlijke )?boete)|(?<=\bbestraft met een bestuurlijke boete))/,
];

/**
 * Money owed by the person to a bestuursorgaan (Titel 4.4 Awb): the article recovers, claims or collects it.
 * A debt mentioned to identify someone ("degene van wie kosten worden teruggevorderd") counts only when the
 * sentence collects it (verrekening, invordering, schuldregeling). These are the debts other than a boete imposed.
 */
const DEBT_BEYOND_FINE: RegExp[] = [
  /\bvorder(?:t|en)\b[^.;]{0,200}\bterug\b|\bterugvorderen\b|\bterug te vorderen\b/i,
  // An order to repay: "draagt … de zorgaanbieder op … terug te betalen".
  /\b(?:draagt|dragen|legt|leggen)\b[^.;]{0,160}\bop\b[^.;]{0,160}\bterug te betalen\b/i,
  /(?<!\b(?:van|op) wie\b[^.;]{0,120})\b(?:wordt|worden|zal worden|zullen worden)\b[^.;]{0,250}\bteruggevorderd\b/i,
  /\bgeldschuld\b|\bbestuursrechtelijke premie\b|\bbesluit tot terugvordering\b|\bterug te betalen bedrag\b|\bverplicht\b[^.;]{0,120}\bterug te betalen\b/i,
  // Not the title of a law ("de Invorderingswet 1990"), which collects nothing here.
  /\b(?:invorder(?!ingswet)\w*|verreken\w*|dwangbevel|schuldregeling|betalingsregeling|aflossing)\b[^.;]{0,300}\b(?:terugvorder\w*|teruggevorderd\w*|boete|vordering)\b|\b(?:terugvorder\w*|teruggevorderd\w*|boete|vordering)\b[^.;]{0,300}\b(?:invorder(?!ingswet)\w*|verreken\w*|dwangbevel|schuldregeling|betalingsregeling|aflossing)\b/i,
  /\bbij terugvordering\b/i,
  // An organ charging the sum a party in default should have paid ("brengt het bevoegd gezag … het bedrag in rekening
  // dat het … zou hebben moeten afdragen als het niet in gebreke was gebleven"): "in rekening" alone mostly names fees.
  // Literal first, the look-around only where it stands.
  /\bin rekening\b(?<=\bbrengt\b[^.;]{0,120}\bin rekening)(?=[^.;]{0,200}\bin gebreke\b)/,
  // Any sum collected by dwangbevel is a geldschuld (Afdeling 4.4.4): "kunnen het te verhalen bedrag, bedoeld in het
  // derde lid, invorderen bij dwangbevel", "worden de kosten bij dwangbevel ingevorderd". Literal first and
  // case-sensitive, the look-behind only where the literal stands: MONEY_DEBT runs on every sentence.
  /\bdwangbevel\b(?:(?<=\binvorder(?!ingswet)\w*\s[^.;]{0,20}\b[Bb]ij dwangbevel)|(?<=\b[Bb]ij dwangbevel)(?=[^.;]{0,20}\b(?:in te vorderen|ingevorderd|invorderen)\b))/,
  // The verb with the noun: "kan de Minister besluiten tot gehele of gedeeltelijke terugvordering", also after another
  // outcome ("kan de minister besluiten tot intrekking of wijziging van de subsidieverlening of tot terugvordering van de
  // verleende voorschotten"), and a power put the other way round ("Afwijkingen … kunnen leiden tot … terugvordering");
  // "heeft geen terugvordering plaats tenzij zulks aan onjuiste opgaven … is te wijten" (recovery in the excepted cases).
  // Literal first and case-sensitive: MONEY_DEBT runs on every sentence.
  /\bterugvordering\b(?:(?<=\b(?:besluit(?:en)?|(?:kan|kunnen) leiden) tot (?:[^.;]{0,80}? )?terugvordering)|(?= plaats\b)(?<=\b(?:heeft|vindt)\s+terugvordering)|(?= plaats\b[^.;]{0,40}\btenzij\b)(?<=\b(?:heeft|vindt)\s+geen\s+terugvordering))/,
];
const MONEY_DEBT: RegExp[] = [...DEBT_BEYOND_FINE, ...IMPOSES_FINE];

/**
 * A power to impose a boete, the modal governing the boete ("Onze Minister kan een overtreder een bestuurlijke boete
 * opleggen", "is bevoegd tot oplegging van een bestuurlijke boete"); not a power over something else beside an ordered
 * boete ("kan de bijstand terugvorderen en legt een bestuurlijke boete op").
 */
const boetePower = (verbs: string): RegExp =>
  new RegExp(String.raw`\b(?:kan|kunnen|is bevoegd|zijn bevoegd|mag|mogen)\b(?:[^.;]|\.(?=\d)){0,160}?\bboete\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:${verbs})\b|\bbevoegd\w* tot (?:de )?oplegging van een\b[^.;]{0,20}\bboete\b`, 'i');
/** The organ's own power in the active ("kan … een bestuurlijke boete opleggen"), not a boete that "kan worden opgelegd" for an offence an amount article names. */
const BOETE_POWER_ACTIVE = boetePower('opleggen|op te leggen');

/** The law sets its own beslistermijn. */
const OWN_DECISION_TERM = [
  // "besluit" as a verb ("Onze minister besluit binnen dertien weken"), not "een besluit binnen 6 maanden". The
  // term may come after what is decided on ("beslist zo spoedig mogelijk op een aanvraag om …, doch uiterlijk binnen"),
  // or after the date from which it holds ("De Minister besluit na 30 juni 2015 binnen dertien weken").
  /(?:\bbeslist\b[^.;]{0,130}|(?<!\b(?:een|het|dit|dat|zijn|haar|geen)\s)\bbesluit\s+(?:na \d{1,2} \w+ \d{4}\s+)?)\b(?:binnen|uiterlijk)\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b/i,
  /\bbinnen\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b[^.;]{0,120}\bbeslist\b/i,
  /\b(?:beschikking|besluit|beslissing)\w*\b[^.;]{0,80}\bwordt (?:genomen|gegeven) binnen\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b/i,
  // "De subsidie wordt vastgesteld binnen 8 weken na ontvangst van de gegevens".
  /\b(?:subsidie|bijdrage|uitkering|tegemoetkoming)\b[^.;]{0,40}\bwordt (?:verleend|vastgesteld) binnen\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b/i,
  /\bbinnen\b[^.;]{0,30}\b(?:dagen|weken|maanden)\b[^.;]{0,60}\b(?:een beslissing|een besluit|een beschikking)\b[^.;]{0,20}\b(?:genomen|te nemen|gegeven)\b/i,
  // The term first and the organ's verb after it: "Binnen tweeëntwintig weken na ontvangst van de aanvraag … neemt de
  // Minister een besluit op de aanvraag".
  /\bbinnen\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b[^.;]{0,150}\bneemt\b[^.;]{0,40}\b(?:een besluit|een beslissing|een beschikking)\b/i,
  // The organ's verb first and the term after it: "neemt het Ctgb uiterlijk 11 weken na de ontvangst van de kosten een
  // gemotiveerd besluit op de aanvraag"; not the applicant's own decision.
  /\bneemt\b(?<!\b(?:aanvrager|belanghebbende|verzoeker|betrokkene|houder) neemt)(?! (?:de|het|een) (?:aanvrager|belanghebbende|verzoeker|betrokkene|houder)\b)[^.;]{0,40}\b(?:binnen|uiterlijk)\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b[^.;]{0,120}\b(?:een|het) (?:[a-zë]+ )?(?:besluit|beslissing|beschikking)\b/i,
  // The decision on the aanvraag named before the term: "Onze Minister neemt het besluit op de aanvraag binnen 120 dagen na
  // ontvangst van de aanvraag".
  /\bneemt\b[^.;]{0,40}\b(?:een|het|de) (?:[a-zë]+ )?(?:besluit|beslissing|beschikking) op (?:de|het|een) (?:aanvraag|verzoek)\b[^.;]{0,20}\b(?:binnen|uiterlijk)\b[^.;]{0,30}\b(?:werkdagen|dagen|weken|maanden)\b/i,
  /\bbeslistermijn\b/i,
  // "De houder beantwoordt het verzoek binnen een maand na ontvangst": the answer is the decision.
  /\bbeantwoord(?:t|en)\b[^.;]{0,40}\b(?:verzoek|aanvraag)\w*\b[^.;]{0,30}\bbinnen\b[^.;]{0,20}\b(?:werkdagen|dagen|weken|maand|maanden)\b/i,
  // The answer written as a notice: "Onze Minister deelt een ieder op diens schriftelijke verzoek binnen vier weken mede of
  // … gegevens verwerking ondergaan" (a notice on a request, not one of the organ's own motion).
  /\bdeelt\b[^.;]{0,80}\bop (?:[a-z]+ ){0,2}(?:verzoek|aanvraag)\b[^.;]{0,40}\bbinnen\b[^.;]{0,20}\b(?:werkdagen|dagen|weken|maand|maanden)\b[^.;]{0,80}?\b(?:mede|mee)\b/i,
  // A date: "uiterlijk op 15 december … beslist".
  /\buiterlijk (?:op )?\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b[^.;]{0,60}\bbeslist\b/i,
];

/**
 * A definition ("wordt verstaan onder", "Dit besluit verstaat onder"), also an item of a dash-bulleted list of
 * definitions, which the segmenter reads as a sentence of its own ("– *garantieopbrengst:* een voorschot … dat niet
 * terugvorderbaar, maar verrekenbaar is").
 */
const DEFINITION = /\bversta(?:an|at) onder\b|^\s*[–—-]\s*\*?[^\s:*][^:\n]{0,60}?\*?:(?!\s*$)/im;

/**
 * A boete ruled out in the person's favour ("legt dit bestuursorgaan tevens geen bestuurlijke boete op indien …", "geen
 * bestuurlijke boete oplegt", "legt … geen last onder dwangsom of bestuurlijke boete op", a policy not to enforce; round 37): no
 * boete power and no debt in this sentence. Literal first: exclusions run wherever a
 * boete rule fired.
 */
const NO_FINE = /\bgeen (?:last onder dwangsom (?:of|en) )?(?:bestuurlijke )?boete\b(?:[^.;]|\.(?=\d)){0,30}\b(?:op|oplegt|opleggen|op te leggen|(?:(?:wordt|worden) )?opgelegd)\b/i;

/**
 * A boete imposed "alsnog" where the article rules one out ("In afwijking van artikel 1 wordt geen boete opgelegd indien
 * …; Er wordt volstaan met … een schriftelijke waarschuwing … Indien de werkgever in gebreke blijft wordt alsnog een
 * bestuurlijke boete opgelegd"): the boete of the rule departed from comes back, the article imposes none of its own.
 */
const BOETE_REINSTATED = { article: NO_FINE, sentences: [/\balsnog\b[^.;]{0,40}\bboete\b[^.;]{0,20}\bopgelegd\b/i] };

/**
 * A boete counted per person concerned with its amount given ("wordt hem per werknemer ten aanzien van wie de overtreding
 * is begaan een bestuurlijke boete opgelegd waarvan de hoogte wordt bepaald aan de hand van onderstaande tabel", "voor
 * iedere werknemer die het betreft een bestuurlijke boete opgelegd van € 12.000"): a tariff that calculates the boete
 * (5:46); whether to impose it and the debt follow the power that stands in the law.
 */
const PER_HEAD_TARIFF =
  /\b(?:per|voor (?:iedere|elke)) (?:werknemer|persoon|vreemdeling|leerling|dier)\b[^.;]{0,120}\bboete\b[^.;]{0,20}\bopgelegd\b(?=\s+(?:waarvan de hoogte\b|van €|van EUR\b))/i;

/**
 * A transitional rule that applies the most favourable boete rules ("Indien … een andere bestuurlijke boete kan worden
 * opgelegd dan …, worden de voor de overtreder gunstigste bepalingen toegepast"): it decides which amount holds (5:46),
 * it imposes no boete, creates no debt and uses no power (the boete's "kan worden opgelegd" stands in its condition).
 */
const MOST_FAVOURABLE_RULES = /\bgunstigste (?:bepalingen|regels|voorschriften)\b/i;

/**
 * A boete named only as the moment a preparatory step comes before ("Alvorens een boete op te leggen kunnen de …
 * aangewezen ambtenaren de boekhouding onderzoeken", "Voordat een bestuurlijke boete wordt opgelegd, hoort …"):
 * supervision or a hearing, no boete imposed and no debt in this sentence.
 */
const BOETE_AS_MOMENT = /\b(?:alvorens|voordat)\b[^.;,]{0,60}\bboete\b[^.;,]{0,40}\b(?:op te leggen|oplegt|opleggen|(?:wordt|worden) opgelegd)\b/i;

/**
 * Collection suspended ("Verzet schorst de tenuitvoerlegging van een dwangbevel dat strekt tot invordering van een …
 * boete"): a rule of procedure while a dwangbevel is contested; nothing is collected here.
 */
const COLLECTION_SUSPENDED = /\b(?:schorst|schorsen|geschorst|opgeschort|schort)\b[^.;]{0,40}\b(?:tenuitvoerlegging|invordering)\b[^.;]{0,30}\bdwangbevel\b/i;

/**
 * VAT the applicant can reclaim or set off elsewhere ("kosten die … op grond van de Wet op het BTW-compensatiefonds
 * kunnen worden teruggevorderd"): a criterion of what a subsidy covers, not a debt to the organ. The organ's own
 * settlement ("wordt … teruggevorderd dan wel verrekend met omzetbelasting") stays a debt.
 */
const VAT_RECLAIM = /\b(?:omzetbelasting|btw|BTW\S*|\S*compensatiefonds)\b[^.;]{0,200}\b(?:kan|kunnen)\b[^.;]{0,40}\b(?:teruggevorderd|terugvorderen|terug te vorderen|verrekend|verrekenen|teruggevraagd)\b/i;

/**
 * A passive power or recovery whose agent is a private party ("kan het teveel uitgeleverde door de intermediair
 * worden teruggevorderd"; conditions a landowner attaches to his consent, "kunnen door de eigenaar voorwaarden worden
 * verbonden"): the Awb binds bestuursorganen only. Organs are the listed actors or named by a capital ("door het
 * Fonds"); a lowercase common noun that is not an organ is a private party. Case-sensitive on purpose.
 */
/** Public bodies named by a common noun ("door de gemeente", "door de belastingdienst"). */
const PUBLIC_NOUN = String.raw`(?:gemeente|provincie|staat|waterschap|[a-z]*dienst|inspectie|[a-z]*autoriteit|toezichthouder|uitvoeringsinst[a-z]*|[a-z]*orgaan)`;
const PRIVATE_AGENT = new RegExp(
  String.raw`\bdoor (?!${ACTOR}\b|(?:de|het|een) ${PUBLIC_NOUN}\b)(?:de|het|een) [a-zë-]+(?: [a-zë-]+)? (?:worden|wordt) ${ADVERSE_PARTICIPLE}\b|\bdoor (?!${ACTOR}\b|(?:de|het|een) ${PUBLIC_NOUN}\b)(?:de|het|een) [a-zë-]+ (?:voorwaarden|voorschriften|beperkingen) (?:worden|wordt) (?:verbonden|gesteld)\b`,
);

/**
 * Collecting a debt already fixed (verrekenen, invorderen, a dwangbevel) is a power over how to collect, not a
 * choice to burden; Titel 4.4 (4:94a) is the hook there, not 3:4.
 */
/**
 * A power or a recovery inside the items of a list whose head is a condition ("kunnen worden geactiveerd, indien:\n
 * … d. de bijdrage kan worden teruggevorderd, indien …"; "buiten aanmerking gelaten indien:\na. … is of wordt
 * teruggevorderd"): a criterion the article tests, not something it decides. "degene van wie wordt teruggevorderd"
 * only names someone.
 */
const IN_CONDITION_ITEMS = new RegExp(
  String.raw`\b(?:indien|als|mits|wanneer|ingeval):[ \t]*\n(?:[^\n]*\n){0,12}?[^\n]*(?<!\b(?:van|op) wie )\b(?:${MODAL}|wordt|worden)\b[^\n]{0,60}?\b${ADVERSE_PARTICIPLE}\b`,
  'i',
);

/**
 * A boete power kept for a while under the law as it was ("kunnen … tot drie jaren na de dag waarop de overtreding is
 * begaan een bestuurlijke boete opleggen …; Op een bestuurlijke boete als bedoeld in het tweede lid blijft het recht van
 * toepassing dat gold voor het tijdstip van inwerkingtreding van deze wet"): the old law, not the Awb's boete title,
 * governs that boete, so no boete hooks on the article.
 */
/**
 * An article of a lower regulation that only designates offences for a boete whose power and height stand in a law
 * it names ("Als overtreding waarvoor een bestuurlijke boete kan worden opgelegd, wordt aangemerkt …"; "Als ernstige
 * overtreding in de zin van artikel 34, zesde en negende lid, van de Arbeidsomstandighedenwet …"): no boete imposed and
 * no debt arising here. A law that designates them for its own boete ("van deze wet") names no other law.
 */
/**
 * The person's own claim on the organ set off against a debt ("De Minister kan een vordering van de vergunninghouder op
 * grond van dit artikel verrekenen met een geldschuld jegens de vergunninghouder die verband houdt met een … besluit";
 * round 37): the article pays the person, the debt arises under the other decision, where its kwijtschelding belongs.
 */
const OWN_CLAIM_SET_OFF = /\bvordering van (?:de|het|een) [a-zà-ÿ-]+\b[^.;]{0,150}\bverrekenen met\b/i;

const OFFENCES_FOR_ANOTHER_LAW =
  /^(?=[\s\S]*\bAls overtreding waarvoor een bestuurlijke boete kan worden opgelegd,? (?:wordt|worden) aangemerkt\b)(?=[\s\S]*\bartikel \d+\w*,(?: [a-z]+(?:,| en| tot en met))*? [a-z]+ lid, van de [A-Z][a-z]*wet\b)/;
/**
 * Transitional law for boetes under an earlier text: the old law still governs them ("blijft het recht van toepassing dat
 * gold"), or decisions imposing a boete under an article "zoals dat artikel luidde" before a change are withdrawn or
 * lowered (round 37): in the person's favour, no boete imposed and no debt arising here.
 */
const OLD_LAW_FOR_BOETE = /\bboete\b[^.;]{0,80}\bblijft het recht van toepassing dat gold\b|\b(?:beschikking|beschikkingen|besluit|besluiten) tot oplegging van een (?:bestuurlijke )?boete\b[^.;]{0,120}\bzoals (?:dat|die|het) (?:artikel|bepaling|wet)\w* luidde\b/i;
/**
 * A boete one party to a contract owes the other ("is de opdrachtnemer aan de opdrachtgever zonder aanmaning … een
 * onmiddellijk opeisbare boete verschuldigd", the work agreed in an "overeenkomst"): a contractual penalty under private
 * law, no debt under a besluit, so neither Titel 4.4 nor the Awb's boete title applies.
 */
const CONTRACT_PENALTY = /^(?=[\s\S]*\bovereen(?:komst|gekomen)\b)[\s\S]*\b(?:opdrachtnemer|aannemer|leverancier|verkoper|koper|huurder|verhuurder|contractant)\s+aan\s+de\s+(?:opdrachtgever|aanbesteder|koper|verkoper|huurder|verhuurder)\b[^.;]{0,200}\bboete\b[^.;]{0,20}\bverschuldigd\b/i;

/**
 * Criminal penalties kept for offences committed before a change ("De straffen gesteld op … strafbaar gestelde feiten
 * waarvoor ingevolge deze wet slechts een bestuurlijke boete kan worden opgelegd en die begaan zijn voor de dag van
 * inwerkingtreding van deze wet blijven van toepassing"): criminal transitional law; the boete it names imposes nothing
 * and creates no debt here.
 */
const CRIMINAL_PENALTIES_KEPT =
  /\b(?:straffen|strafbepalingen|strafbaar gesteld\w*|economische delicten)\b[^.;]{0,400}\b(?:(?:blijft|blijven)\b[^.;]{0,60}\bvan toepassing|begaan (?:zijn )?(?:voor|vóór))\b/i;

/**
 * A term shortened in the person's favour: on what the person shows ("De termijn van twee jaar kan worden ingekort indien
 * de vervoersmanager aantoont de noodzakelijke maatregelen te hebben genomen") or the term of a burden ("de duur van de
 * uitsluiting kan worden verkort"). A period shortened in the organ's interest still burdens ("kan worden ingekort indien
 * de directeur dat in het belang van de dienst noodzakelijk acht").
 */
const TERM_SHORTENED_IN_FAVOUR =
  /\b(?:ingekort|verkort|inkorten|verkorten|in te korten|te verkorten)\b[^.;]{0,200}?(?<!\bniet\s)\b(?:aantoont|aantonen|aannemelijk maakt|aannemelijk maken|heeft aangetoond)\b|\b(?:termijn|duur|periode) van (?:de |het |een )?(?:ongeschiktheid|ongeschiktverklaring|uitsluiting|schorsing|ontzegging|verbod|maatregel)\b[^.;]{0,80}\b(?:ingekort|verkort|inkorten|verkorten)\b/i;

/**
 * A power used under the rules of a code, civil or criminal ("De inschrijvingen der hypotheken … kunnen, zoo daartoe
 * gronden zijn, worden ingekort overeenkomstig de bepalingen van artikel 2161 en volgende van het Wetboek Napoleon"):
 * the code governs the power and who uses it (a court, between parties), not the Awb. Only where the code governs the
 * power itself, not a condition ("indien hij vervolging … heeft voorkomen overeenkomstig … het Wetboek van Strafrecht").
 */
const UNDER_A_CODE = /\b(?:kan|kunnen)\b(?:(?!\b(?:indien|wanneer|zodra|nadat|die|dat|welke|wie)\b)[^.;]){0,160}?\b(?:overeenkomstig|volgens|met toepassing van) (?:de bepalingen van |het bepaalde (?:in|bij) )?(?:(?:de )?artikel(?:en)? [^.;]{0,40}?)?(?:van )?(?:het )?(?:[A-Z][a-z]+ )?Wetboek\b/;

/**
 * A certificate suspended, withdrawn or refused by a certifying body or a conformity-assessment body ("schorst een
 * instelling het certificaat van een onderneming of trekt deze in"): a private body, not a bestuursorgaan of the Awb.
 * Not where the body acts on an organ's aanwijzing ("schorst … of trekt deze in als Onze Minister een daartoe strekkende
 * aanwijzing heeft gegeven"): the organ's decision is then the one weighed.
 */
const CERTIFYING_BODY =
  /^(?![\s\S]*\baanwijzing\b)[\s\S]*?(?:\b(?:schorst|trekt|weigert|kan|kunnen)\s+(?:een|de)\s+(?:[a-z]+\s+)?[a-z]*(?:instelling|instantie)\b[^.;]{0,80}\bcertifica|\b(?:een|de)\s+(?:[a-z]+\s+)?[a-z]*(?:instelling|instantie)\s+(?:schorst|trekt|weigert|kan|kunnen)\b[^.;]{0,80}\bcertifica)/i;

/**
 * Review of another organ's besluit on the grounds of supervision ("kan de doorzending weigeren, indien het besluit naar
 * zijn oordeel strijdig is met de wet of de belangen …", as for goedkeuring and vernietiging): an outcome between
 * organs, not a burden on a person.
 */
const ORGAN_DECISION_REVIEWED = /\bbesluit\b[^.;]{0,60}\bstrijd(?:ig)?\b[^.;]{0,10}\bmet (?:de wet|het recht)\b[^.;]{0,10}\bof\b[^.;]{0,40}\bbelang/i;

/**
 * A choice between suspending and withdrawing made under an EU regulation or directive ("De minister schorst een
 * erkenning of trekt een erkenning in overeenkomstig artikel 9 van verordening 288/2009"): that rule says when each
 * follows, the organ weighs nothing of its own.
 */
const CHOICE_UNDER_EU_RULE =
  /\b(?:in|geschorst|ingetrokken) (?:overeenkomstig|volgens|conform|op grond van) (?:(?:de )?artikel \S+ van )?(?:de |het )?(?:verordening|richtlijn)\b(?<=\b(?:schorst|geschorst|ingetrokken)\b[^.;:]{0,200})/i;

/**
 * A burden that only a court may impose ("Een lid … kan worden uitgesloten wegens … Deze uitsluiting kan slechts
 * geschieden bij rechterlijke beslissing op gezamenlijk verzoek van de meerderheid der overige leden"): the court's
 * decision between the parties, no organ's power; read over the article, since the court is named in another sentence.
 */
const BY_COURT_ONLY = /\b(?:kan|kunnen|mag|mogen) (?:slechts|alleen|uitsluitend) (?:geschieden|plaatsvinden|plaatshebben|worden uitgesproken)\b[^.;]{0,40}\b(?:bij (?:rechterlijke (?:beslissing|uitspraak)|vonnis)|door (?:de|een) rechter)\b/i;

/**
 * A power to decide that a burden does not happen ("kan … bepalen dat de kennel niet wordt teruggevorderd", "kan
 * bepalen dat, ondanks de gegrondverklaring van een klacht, geen maatregel wordt opgelegd"), or that a measure imposed
 * ends ("kan bepalen dat een structurele maatregel met ingang van een door hem te bepalen datum wordt ingetrokken"), which
 * lifts the burden.
 */
const POWER_TO_SPARE = /\b(?:kan|kunnen)\b[^.;]{0,80}\bbepalen dat\b(?:[^.;]{0,80}\b(?:niet (?:wordt|worden)\b|geen\b[^.;]{0,60}\b(?:wordt|worden)\b)|\s+(?:een|de|het)\s+(?:[^\s.;,]+\s+){0,8}?(?:maatregel|bevel|verbod)\b[^.;]{0,80}\b(?:wordt|worden) (?:ingetrokken|opgeheven|beëindigd)\b)/i;

// Also in the passive ("een uit te betalen tegemoetkoming kan uitsluitend worden verrekend met een terugvordering"),
// but not where the power recovers too ("kan het teveel betaalde worden teruggevorderd of verrekend").
const COLLECTION_POWER =
  /\b(?:kan|kunnen|is bevoegd|zijn bevoegd)\b[^.;]{0,250}\b(?:verrekenen|(?<!\bteruggevorderd (?:of|en|dan wel) )verrekend|verrekening|invorderen|ingevorderd|invordering|dwangbevel)\b/i;

// Ranked: the first rules name the hooks that matter most where they fire. Hooks that hold for every
// besluit (motivering 3:46, bezwaar 6:7, beslistermijn 4:13) are not shown: they tell the reader nothing
// about this article.
/**
 * A sentence that hands an organ's powers to another in its name (mandaat, machtiging) only names the outcomes; the
 * decisions, and the hooks that go with them, are the mandating organ's under the provision that confers the power.
 */
export const MANDATE_GRANT =
  /\b(?:onder)?mandaat(?:\s+en\s+(?:machtiging|volmacht))?\s+(?:(?:wordt|worden)\s+)?(?:verleend|verlenen|te verlenen)\b|\bverleent\b[^.;:]{0,80}\b(?:onder)?mandaat\b/i;

/**
 * A sentence that only delimits a matter by an outcome ("voor zover het verkeer betrekking heeft op het opleggen van
 * een bestuurlijke boete", "in het kader van de terugvordering"): it names the outcome, it confers or imposes nothing.
 */
export const OUTCOME_AS_MATTER =
  /\b(?:betrekking (?:heeft|hebben) op|in het kader van)\s+(?:het|de)\s+(?:opleggen|oplegging|verrekenen|verrekening|terugvorderen|terugvordering|invorderen|invordering|intrekken|intrekking)\b/i;

export const HOOK_RULES: HookRule[] = [
  {
    id: 'kwijtschelding',
    awb: ['4:94a'],
    triggers: MONEY_DEBT,
    // Private claims in an insolvency are not debts to a bestuursorgaan.
    exclusions: [
      DEFINITION,
      RULE_MAKING,
      VAT_RECLAIM,
      /\bin behandeling nemen van een aanvraag\b/i,
      /\bbewindvoerders?\b|\bcurator\b|\bfaillissement\b/i,
      // Other creditors, unless the organ joins their debt settlement ("medewerking aan een schuldregeling").
      /^(?![\s\S]*\bschuldregeling\b)[\s\S]*\bschuldeisers?\b/i,
      IN_CONDITION_ITEMS,
      // Recovery ruled out ("wordt het teveel betaalde niet teruggevorderd"), unless with exceptions ("tenzij").
      /\bniet (?:(?:kan|kunnen|wordt|worden) (?:worden )?)?teruggevorderd\b(?![^.;]{0,300}\btenzij\b)|\bniet vatbaar voor terugvordering\b/i,
      // A regulation repealed by its title ("De Regeling betaling, terugvordering en … wordt ingetrokken").
      /\b(?:Regeling|Besluit|Wet)\b[^.;]{0,200}\b(?:wordt|worden) ingetrokken\b/,
      PRIVATE_AGENT,
      MANDATE_LIST,
      BOETE_AS_MOMENT,
      NO_FINE,
      MOST_FAVOURABLE_RULES,
      COLLECTION_SUSPENDED,
      CRIMINAL_PENALTIES_KEPT,
      BOETE_POWER_ELSEWHERE,
      PER_HEAD_TARIFF,
      // Budgets settled between a fund and the bodies that carry out a scheme (round 36, as for the rigid outcomes).
      PUBLIC_FUNDING,
      OWN_CLAIM_SET_OFF,
    ],
    articleExclusions: [SETTLEMENT_WITH_EXECUTORS, OLD_LAW_FOR_BOETE, CONTRACT_PENALTY, OFFENCES_FOR_ANOTHER_LAW],
    contextExclusions: BOETE_REINSTATED,
    reason:
      'U moet hier geld (terug)betalen. Het bestuursorgaan kan de schuld helemaal of voor een deel kwijtschelden als innen te harde gevolgen voor u heeft, en u kunt uitstel vragen.',
  },
  {
    id: 'bestuurlijke-boete',
    awb: ['5:41', '5:46'],
    triggers: IMPOSES_FINE,
    exclusions: [DEFINITION, RULE_MAKING, /\brechter\b|\bstrafbaar\b/i, MANDATE_LIST, BOETE_AS_MOMENT, NO_FINE, MOST_FAVOURABLE_RULES, CRIMINAL_PENALTIES_KEPT, BOETE_POWER_ELSEWHERE, PER_HEAD_TARIFF],
    articleExclusions: [OLD_LAW_FOR_BOETE, CONTRACT_PENALTY, OFFENCES_FOR_ANOTHER_LAW],
    contextExclusions: BOETE_REINSTATED,
    reason:
      'Een boete mag alleen als u iets te verwijten valt. De hoogte moet passen bij wat er gebeurd is en bij uw omstandigheden.',
  },
  {
    // The amount of a bestuurlijke boete fixed or calculated here ("de hoogte van de boete", "De boete bedraagt",
    // "wordt … gematigd"): 5:46 is the boete suited to the offence and the offender, whoever imposes it.
    id: 'boete-hoogte',
    awb: ['5:46'],
    triggers: [
      /\bhoogte van (?:de|een|deze) (?:bestuurlijke )?boetes?\b/i,
      // The amount of the boete to impose or its calculation named ("het bedrag van de deswege op te leggen bestuurlijke
      // boete", "als uitgangspunt voor de berekening van de op te leggen bestuurlijke boete"); not the amount of a boete
      // imposed, paid or collected ("betaalt het bedrag van de bestuurlijke boete … aan het Uitvoeringsinstituut").
      /\bbedrag van de (?:deswege )?op te leggen (?:bestuurlijke )?boete\b|\bberekening van (?:de|een) (?:op te leggen )?(?:bestuurlijke )?boete\b/i,
      // Not across a relative clause that only identifies the boete ("belasting, administratieve boete en kosten waarvan
      // de verschuldigdheid wordt vastgesteld vóór …", a transitional rule on which law applies).
      /\bboete\b(?:(?!\b(?:waarvan|waarvoor|waarop|die|dat|welke)\b)[^.;]){0,40}\b(?:bedraagt|bedragen|wordt (?:\S+ ){0,3}?(?:vastgesteld|berekend|verhoogd|verlaagd|gematigd|verminderd|verdubbeld))\b/i,
      /\b(?:basisboete|boetebedrag)\w*/i,
      // Its maximum, where the power lies elsewhere ("De bestuurlijke boete kan niet hoger zijn dan: a. € 1250 …"; round 37).
      /\bboete\b[^.;:]{0,40}\b(?:kan|mag) niet hoger (?:zijn|worden vastgesteld) dan\b/i,
      // The base amount of the boete, past a reference to where the boete is provided for ("Het basisbedrag voor de
      // bestuurlijk boete, bedoeld in artikel 9c, tweede lid, van de Bankwet 1998 bedraagt: a. € 25.000, …").
      /\bbasisbedrag\w*\s+(?:van|voor)\s+(?:de|een)\s+(?:bestuurlijke?\s+)?boete\b/i,
      PER_HEAD_TARIFF,
      // The verb first: "Ingeval van overtreding van artikel 14, eerste lid, bedraagt de bestuurlijke boete € 11 per kilogram".
      /\b(?:bedraagt|bedragen) de bestuurlijke boete\b/i,
      // Past a relative clause closed by its comma ("De boete, die met inachtneming van de voorgaande artikelen is
      // vastgesteld, wordt verlaagd, indien …"): the boete is the main clause's subject.
      /\bboete, (?:die|dat|welke)\b[^.;,]{0,120}, (?:wordt|worden) (?:\S+ ){0,3}?(?:vastgesteld|berekend|verhoogd|verlaagd|gematigd|verminderd)\b/i,
      /\bboete\b[^.;]{0,300}\bgunstigste (?:bepalingen|regels|voorschriften)\b/i,
      // A sum for a repeat offence: "is de bestuurlijke boete gelijk aan de som van de … op te leggen bestuurlijke boete en …".
      /\b(?:is|zijn) de (?:bestuurlijke )?boete gelijk aan\b|\bboete (?:is|zijn) gelijk aan\b/i,
      // A moderation of the boete ("wordt dezelfde matiging toegepast op de boete die aan de inlener wordt opgelegd"), or
      // its amount lowered ("wordt het bedrag van de boete dat ten hoogste kan worden opgelegd met een derde verminderd").
      /\bmatiging\b[^.;]{0,60}\bboete\b|\bboete\b[^.;]{0,80}\b(?:wordt|worden) gematigd\b|\bbedrag van de (?:bestuurlijke )?boete\b[^.;]{0,80}\b(?:verminderd|verlaagd|gematigd)\b/i,
      // The organ sets the boete at an amount, weighs something in setting it, or lowers or raises the boete it is to
      // impose, where the power to impose stands elsewhere ("De toezichthouder stelt een bestuurlijke boete … vast op het
      // basisbedrag", "houdt bij het vaststellen van een bestuurlijke boete … rekening met", "kan de op te leggen
      // bestuurlijke boete … verlagen met maximaal 75 procent").
      /\b(?:stelt|stellen)\b[^.;]{0,60}?\bboete\b[^.;]{0,80}?\bvast op\b|\bbij het vaststellen van (?:de|een) (?:bestuurlijke )?boete\b|\bop te leggen (?:bestuurlijke )?boete\b[^.;]{0,120}?\b(?:verlagen|verhogen|matigen|verminderen)\b/i,
    ],
    // Not rules on amounts made elsewhere ("Bij algemene maatregel van bestuur worden regels gesteld over de hoogte van
    // de bestuurlijke boete", "lager is dan een bij ministeriële regeling vast te stellen hoogte van het boetebedrag"),
    // nor criminal fines ("geldboete", "misdrijf").
    exclusions: [DEFINITION, DELEGATION, /\bbij (?:algemene maatregel van bestuur|ministeriële regeling)\b[^.;]{0,20}\bvast te stellen\b/i, /\brechter\b|\bstrafbaar\b|\bstrafbeschikking\b|\bgeldboete\b|\bmisdrijf\b/i, MANDATE_LIST],
    // A "boete" billed ("Netgebruikers die deze ondersteuning verlenen krijgen geen boete voor onbalans in rekening
    // gebracht"): a charge a network operator or other party invoices under its terms, not a bestuurlijke boete, which an
    // organ imposes by beschikking.
    articleExclusions: [/\bboete\w*\b[^.;]{0,80}\bin rekening (?:gebracht|brengen|te brengen)\b|\bin rekening\b[^.;]{0,20}\b(?:brengt|gebracht)\b[^.;]{0,40}\bboete/i, OLD_LAW_FOR_BOETE],
    reason: 'Hier staat hoe hoog de boete is. De boete moet passen bij wat er gebeurd is en bij uw omstandigheden.',
  },
  {
    id: 'evenredigheid',
    awb: ['3:4'],
    // A discretionary power whose use burdens the person, in one sentence.
    // Also a boete power in the active whoever holds it ("De toezichthouders kunnen … een bestuurlijke boete opleggen";
    // round 38): whether to impose it at all is the organ's to weigh, and the labels give 3:4 beside such powers. Not a
    // boete that "kan worden opgelegd" for an offence an amount article names (labelled 5:46 only).
    triggers: [...DISCRETION, BOETE_POWER_ACTIVE],
    requires: new RegExp(`${POWER_TO_BURDEN.source}|${BOETE_POWER_ACTIVE.source}`, 'i'),
    exclusions: [
      DEFINITION,
      DELEGATION,
      CITIZEN_MODAL,
      /\b(?:kan|kunnen) niet\b|\bniet ten nadele\b/i,
      // A request to an organ ("De houder van een kindercentrum kan het college verzoeken de beschikking in te trekken").
      /\b(?:kan|kunnen)\s+(?:het|de|Onze)\s+\S+(?:\s+\S+)?\s+verzoeken\b/i,
      // A negated passive power in a relative clause: "die … niet kan worden verrekend".
      /\bniet (?:kan|kunnen) worden\b/i,
      // Disciplinary tribunals and prison discipline have their own procedures, not the Awb's: also a tribunal's
      // chairman disposing of a complaint or complaints ("kan de voorzitter de zaak zonder zitting afdoen", "de klacht …
      // afwijzen", "kennelijk ongegronde klachten … afwijzen") and the tuchtmaatregelen it weighs.
      /\b(?:raad|hof) van discipline\b|\btuchtcollege\b|\btuchtgerecht\b|\btuchtmaatregel\w*|\bdisciplinaire straf\b|\bgedetineerde\b|\bvoorzitter\b[^.;]{0,200}\bklacht(?:en)?\b|\bklacht(?:en)?\b[^.;]{0,200}\bvoorzitter\b/i,
      COURT_JUDGMENT_RECOGNITION,
      // Tax law has its own objection and revision system; the labels leave it out.
      TAX_INSPECTOR_POWER,
      // Secrecy imposed on what a body's own members and organs discuss or receive ("kan … geheimhouding opleggen omtrent
      // het in een besloten vergadering behandelde"): the body's internal order, not a burden on a person's interests.
      /\bgeheimhouding\b[^.;]{0,80}\b(?:opleggen|op te leggen|opgelegd)\b|\b(?:opleggen|opgelegd)\b[^.;]{0,20}\bgeheimhouding\b/i,
      // A criminal penalty ("kan als bijkomende straf worden opgelegd"): the criminal court's, not an organ's.
      // Not a conviction as the ground of the organ's power ("kan worden ingetrokken indien:\na. de houder … onherroepelijk
      // is veroordeeld wegens een bij deze wet strafbaar gesteld feit"); a criminal matter itself (mutual legal
      // assistance, a suspect's leave) stays out.
      // So is the power to issue a strafbeschikking ("wordt … geen strafbeschikkingsbevoegdheid toegekend aan …, voor zover … een bestuurlijke
      // boete kan worden opgelegd"): the prosecution's power in criminal procedure, outside the Awb (1:6).
      /\bbijkomende straf\w*|\bhoofdstraf\w*|\bstrafbeschikkingsbevoegdheid\w*|\bstrafbaar\b(?<!\bveroordeeld wegens\b[^.;\n]{0,80}\bstrafbaar)/i,
      // Suspending or extending a term (also a "beslistermijn") burdens nobody by itself.
      /termijn\b[^.;]{0,100}\b(?:opschorten|verlengen)\b|\b(?:opschorten|verlengen)\b[^.;]{0,40}termijn\b/i,
      // A power used at the person's own request ("kan op verzoek van de ambtenaar … worden verlaagd").
      /\b(?:kan|kunnen)\b(?:\s+[^\s.;]+){0,4}?\s+op (?:zijn |haar |hun |eigen |diens )?(?:verzoek|aanvraag)\b/i,
      // A power to refrain from a burden ("kan afzien van het opleggen van een maatregel") relieves; the burden it
      // refers to is gebonden or weighed elsewhere.
      /\b(?:afzien|af te zien|afgezien|blijft achterwege|achterwege (?:laten|blijven))\b/i,
      AT_OWN_REQUEST,
      MEASURE_DESCRIBED,
      PRIVATE_AGENT,
      COLLECTION_POWER,
      IN_CONDITION_ITEMS,
      POWER_TO_SPARE,
      MANDATE_LIST,
      SANCTION_NAMES_OFFENCES,
      MOST_FAVOURABLE_RULES,
      CRIMINAL_PENALTIES_KEPT,
      TERM_SHORTENED_IN_FAVOUR,
      UNDER_A_CODE,
      CERTIFYING_BODY,
      ORGAN_DECISION_REVIEWED,
      // A member state's authorities ("De toestemming van de bevoegde autoriteiten van de Lid-Staat mag alleen worden
      // geweigerd indien …"): not a Dutch bestuursorgaan under the Awb.
      /\bbevoegde autoriteit(?:en)? van (?:de|een|het|elke|iedere) (?:andere )?(?:Lid-Staat|lidstaat|Staat)\b/i,
      CHOICE_UNDER_EU_RULE,
    ],
    // Supervision of public bodies ("De toezichthouder geeft, indien door een openbaar lichaam niet wordt voldaan aan het
    // eerste lid, het openbare lichaam een aanwijzing …; … kan ontheffing verlenen … Aan de ontheffing kunnen voorschriften
    // worden verbonden"): the powers are used on an organ, between organs, not on a person's interests. Not the openbaar
    // lichaam Bonaire, Sint Eustatius or Saba, where persons live.
    // A boete under the law as it was (round 28) gets no boete hooks, and since round 38's boete trigger no 3:4 either.
    articleExclusions: [
      OLD_LAW_FOR_BOETE,
      /\btoezichthouder\b(?=[\s\S]*\b(?:een|het|de) (?:openbaar|openbare) (?:lichaam|lichamen)\b(?!\s+(?:Bonaire|Sint Eustatius|Saba|BES)\b))/i,
      BY_COURT_ONLY,
      PUBLIC_BODY_POWER_WITHDRAWN,
    ],
    // A power used at the person's own request ("kan de functionele autoriteit … op verzoek van de rechterlijk ambtenaar
    // het aantal … opgespaarde uren … verlagen"): the passive sentences after it without an organ or a condition of their
    // own ("Het aantal … opgespaarde uren kan alleen worden verlaagd met een aantal uren dat deelbaar is door vier") say
    // how far that same power reaches, in the person's favour.
    contextExclusions: { article: OWN_REQUEST_IN_ARTICLE, sentences: [UNSPECIFIED_PASSIVE_POWER] },
    reason:
      'Het bestuursorgaan mag hier kiezen of het dit nadeel oplegt. Het moet de belangen afwegen en de gevolgen voor u mogen niet te zwaar zijn.',
  },
  {
    id: 'eigen-beslistermijn',
    awb: ['4:17'],
    triggers: OWN_DECISION_TERM,
    // The term to decide on an objection or appeal, or a court's, is not a beslistermijn on an aanvraag.
    // Nor a table of contents ("| 3.4. Beslistermijn | 10 |").
    exclusions: [
      DEFINITION,
      /\bbezwaren\b|\bbezwaarschrift\b|\bberoeps?schrift\b|\b\w*rechter\b/i,
      /^\|/m,
      // A decision on the advice of a committee ("neemt binnen vier weken … een beslissing naar aanleiding van dit
      // advies"), in complaint handling (below).
      /\bbeslissing (?:op|naar aanleiding van) (?:dat|dit|het) advies\b/i,
      // A decision the organ takes of its own motion ("besluit binnen dertien weken … ambtshalve"), also on a measure it
      // took itself ("besluit binnen drie maanden na ingang van de schorsing … tot opheffing of verlenging van de
      // schorsing"): no aanvraag, so no dwangsom for a late decision (4:17 holds for a beschikking op aanvraag).
      // Not "op aanvraag of ambtshalve", where the term holds for the aanvraag too.
      // A decision to amend or withdraw what the organ granted, on no request ("neemt binnen 75 dagen … een besluit tot
      // het al dan niet wijzigen of intrekken van de vergunning"): ex officio as well.
      /^(?![\s\S]*\b(?:aanvraag|verzoek)\b)[\s\S]*\b(?:besluit|beslissing) tot (?:het )?(?:al dan niet )?(?:wijzigen|intrekken|wijziging|intrekking)\b/i,
      /(?<!\b(?:aanvraag|verzoek) of )\bambtshalve\b(?! of op (?:aanvraag|verzoek)\b)|\b(?:opheffing|verlenging|beëindiging) van (?:de|het) (?:schorsing|opschorting|maatregel)\b/i,
    ],
    // A complaint about conduct (Awb chapter 9: "De directeur beslist op de klacht binnen acht weken", "neemt … binnen vier
    // weken na ontvangst van het advies van de klachtencommissie een beslissing"): complaint handling, no beschikking on
    // an aanvraag, so no dwangsom. Not a dispute a regulator decides bindingly on a "klacht" ("Een partij die een geschil
    // heeft met een netbeheerder … kan een klacht … indienen"), which is an aanvraag.
    articleExclusions: [/^(?![\s\S]*\bgeschil)[\s\S]*\bklacht/i],
    reason:
      'Hier staat hoe snel beslist moet worden. Is die termijn voorbij, dan kunt u het bestuursorgaan in gebreke stellen en soms een dwangsom krijgen.',
  },
  {
    // No hook of its own: marks a decision about someone, for sector rules such as Awir 13b.
    id: 'beschikking',
    awb: [],
    triggers: DECISION,
    exclusions: [DEFINITION, DELEGATION, CITIZEN_MODAL],
    reason: 'Besluit over een persoon.',
  },
];

/** The most hooks shown for one article: only the few that matter. */
export const MAX_HOOKS_PER_ARTICLE = 3;

/**
 * The reason of a hook the classifier (hook-model.json) shows where no hand rule for that Awb article fires: what the
 * article is about, in the words of the rules' reasons (B1), without claiming the detail a rule would have read.
 */
export const CLASSIFIER_REASONS: Readonly<Record<string, string>> = {
  '3:4': 'Het bestuursorgaan beslist hier over iets dat nadelig voor u kan zijn. Het moet de belangen afwegen en de gevolgen voor u mogen niet te zwaar zijn.',
  '4:17': 'Hier gaat het over hoe snel beslist moet worden. Is die termijn voorbij, dan kunt u het bestuursorgaan in gebreke stellen en soms een dwangsom krijgen.',
  '4:94a': 'Hier gaat het over geld dat u moet betalen. Het bestuursorgaan kan de schuld helemaal of voor een deel kwijtschelden als innen te harde gevolgen voor u heeft.',
  '5:41': 'Hier gaat het over een bestuurlijke boete. Een boete mag alleen als u iets te verwijten valt.',
  '5:46': 'Hier gaat het over een bestuurlijke boete. De hoogte moet passen bij wat er gebeurd is en bij uw omstandigheden.',
};

/**
 * The law itself switches an Awb article off ("Artikel 4:94a van de Algemene wet bestuursrecht is niet van
 * toepassing", "afdeling 4.1.3.2 … is niet van toepassing"): the reader should know the Awb does not help here.
 * Afdelingen map to the article the reader would miss most.
 */
export const AWB_SWITCHED_OFF =
  // Also with the verb first ("Met toepassing van … is paragraaf 4.1.3.3. van de Algemene wet bestuursrecht niet van
  // toepassing op de aanvraag").
  /\b(artikel|afdeling|paragraaf) (\d{1,2}:\d{1,3}[a-z]?|\d\.\d(?:\.\d){1,2})\.?(?:,[^.;]{0,60})? van de Algemene wet bestuursrecht (?:(?:is|zijn) |(?<=\b(?:is|zijn) (?:artikel|afdeling|paragraaf) (?:\d{1,2}:\d{1,3}[a-z]?|\d\.\d(?:\.\d){1,2})\.?(?:,[^.;]{0,60})? van de Algemene wet bestuursrecht ))niet van toepassing\b/gi;
export const AWB_DIVISION_ARTICLE: Record<string, string> = { '4.1.3.2': '4:17', '4.1.3.3': '4:20a', '4.4.2': '4:94', '3.4': '3:10', '4.2': '4:21' };
export const SWITCHED_OFF_REASON =
  'Deze regeling zegt dat dit artikel van de Awb hier niet geldt. Op die regel van de Awb kunt u hier dus geen beroep doen.';

/** What a sector law does to the Awb hooks. Scopes: "4:84" (article), "4.1" (titel), "6" (chapter), "*" (all). */
export interface LawAdjustment {
  bwbIds: string[];
  effect: 'exclude' | 'limit' | 'add';
  scopes: string[];
  /** Only for articles whose text matches (e.g. the verrekeningsbeschikking). */
  when?: RegExp;
  /** `add` only: only when this rule fired for the article. */
  whenRule?: string;
  /** `limit` / `add`: the reason shown instead. */
  reason?: string;
  /** Where the exception is written, for docs and review. */
  source: string;
}

const TOESLAGEN = ['BWBR0018472', 'BWBR0008659', 'BWBR0018451', 'BWBR0022751'];

export const LAW_ADJUSTMENTS: LawAdjustment[] = [
  {
    bwbIds: [...PRIVATE_LAW_BWB_IDS],
    effect: 'exclude',
    scopes: ['*'],
    source: 'Private law between parties; the Awb binds bestuursorganen only (Awb 1:1).',
  },
  {
    bwbIds: [...CRIMINAL_CODE_BWB_IDS],
    effect: 'exclude',
    scopes: ['*'],
    source: 'Awb 1:6: the Awb does not apply to the investigation and prosecution of offences or the execution of criminal judgments.',
  },
  {
    // Only the fourteen tax laws: right hooks were labelled in regulations beside them (a minister's power in the
    // Uitvoeringsbesluit inkomstenbelasting 2001, a boete under the Wet vermindering afdracht). What the law itself
    // says stays shown: what it switches off.
    bwbIds: [...TAX_LAW_BWB_IDS],
    effect: 'exclude',
    scopes: ['3', '4:17', '4.2', '4.3', '4.4', '5', '6', '7', '8'],
    source:
      'The labels leave the tax laws out by convention (their own objection, revision and collection under the AWR and the Invorderingswet): every labelled article of them is labelled without a hook, the inspecteur\'s boete powers among them (Successiewet 75, Wet MRB 1994 37d, Wet OB 1968 40).',
  },
  {
    bwbIds: TOESLAGEN,
    effect: 'exclude',
    scopes: ['3:40', '4.1', '6', '7'],
    when: /\bverrekening/i,
    source: 'Awir art. 12 lid 1: not for the verrekeningsbeschikking (art. 30).',
  },
  {
    bwbIds: TOESLAGEN,
    effect: 'limit',
    scopes: ['4:17'],
    reason:
      'Bij toeslagen is de dwangsom voor te laat beslissen lager (€ 10 per week, hoogstens € 100) en geldt die alleen voor de toekenning (Awir art. 12).',
    source: 'Awir art. 12 lid 2.',
  },
  {
    bwbIds: TOESLAGEN,
    effect: 'add',
    scopes: ['3:4'],
    whenRule: 'beschikking',
    reason:
      'De Dienst Toeslagen moet belangen afwegen en mag geen besluit nemen dat te zwaar voor u uitpakt, ook als de wet weinig keuze laat (Awir art. 13b).',
    source: 'Awir art. 13b repeats Awb 3:4 for every toeslagen beschikking.',
  },
  {
    bwbIds: TOESLAGEN,
    effect: 'exclude',
    scopes: ['4:94a'],
    source: 'Awir art. 31bis: the Dienst Toeslagen cannot waive terugvorderingen, rente, kosten and boetes.',
  },
  {
    bwbIds: ['BWBR0004581'],
    effect: 'exclude',
    scopes: ['8'],
    source: 'Wahv art. 9 lid 1: Awb hoofdstuk 8 does not apply (beroep via the officier van justitie to the kantonrechter).',
  },
  {
    bwbIds: ['BWBR0004770'],
    effect: 'exclude',
    scopes: ['3:40', '4.1', '4.2', '4.3', '4:125', '5.2', '6', '7'],
    source: 'Invorderingswet 1990 art. 1 lid 2 (corpus text 2015): these Awb parts, including 4:84, do not apply.',
  },
  {
    bwbIds: ['BWBR0015703'],
    effect: 'limit',
    scopes: ['4:94a'],
    reason:
      'Kwijtschelden kan maar beperkt. Komt de schuld doordat u informatie niet doorgaf, dan kan het alleen in de gevallen die de Participatiewet noemt (onder meer art. 58 en 60c).',
    source: 'Participatiewet art. 58 lid 7–8 and 60c; Schulinck (domain.md §3, [V-sec]).',
  },
];

/** Titels of Awb chapter 4 as article ranges, to resolve scopes such as "4.1". */
export const AWB_TITELS: Record<string, { from: number; to: number }> = {
  '4.1': { from: 1, to: 20 },
  '4.2': { from: 21, to: 80 },
  '4.3': { from: 81, to: 84 },
  '4.4': { from: 85, to: 125 },
};
