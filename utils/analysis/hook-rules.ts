// Awb hook rules as data (domain.md §3). A rule fires for an article when one of its triggers matches a
// sentence that none of its exclusions match; it then yields every Awb article in `awb`, each with the
// rule's reason (Dutch, B1). Sector laws that switch Awb provisions off or change them are listed in
// LAW_ADJUSTMENTS, also as data.
import { PRIVATE_LAW_BWB_IDS } from './law-kinds';

export interface HookRule {
  id: string;
  awb: string[];
  triggers: RegExp[];
  exclusions: RegExp[];
  /** One line of Dutch for the reader (B1). */
  reason: string;
  /** Hooks this rule makes inapplicable when it fires (4:20a lid 2: no dwangsom under lex silencio). */
  replaces?: string[];
}

/** Bodies that take decisions; a citizen ("de belanghebbende kan bezwaar maken") is never one of them. */
const ACTOR = String.raw`(?:het college|het UWV|de Sociale verzekeringsbank|Onze Minister|de Dienst Toeslagen|de inspecteur|de ontvanger|burgemeester en wethouders|het CAK|de Wlz-uitvoerder|het zorgkantoor|het bestuursorgaan|een bestuursorgaan|de officier van justitie|het Centraal Justitieel Incassobureau|de burgemeester|gedeputeerde staten|de raad|de korpschef|de grondkamer|het Zorginstituut)`;
const MODAL = String.raw`(?:kan|kunnen|is bevoegd|zijn bevoegd|mag|mogen)`;
const ADVERSE_PARTICIPLE = String.raw`(?:geweigerd|ingetrokken|herzien|teruggevorderd|verlaagd|opgelegd|opgeschort|beëindigd|verrekend|afgewezen|ontzegd|geschorst|uitgesloten)`;

/** A power with room to choose, held by a bestuursorgaan. */
const DISCRETION: RegExp[] = [
  new RegExp(String.raw`\b${ACTOR}(?:, [^,.;]{1,80},)? ${MODAL}\b`, 'i'),
  new RegExp(String.raw`\b${MODAL} ${ACTOR}\b`, 'i'),
  new RegExp(String.raw`\bis ${ACTOR} bevoegd\b`, 'i'),
  new RegExp(String.raw`\bnaar (?:het|zijn|haar) oordeel\b`, 'i'),
  new RegExp(String.raw`\b(?:kan|kunnen)\b[^.;:]{0,60}?\bworden ${ADVERSE_PARTICIPLE}\b`, 'i'),
];

/** "Tegen de beslissing ... kan degene die ... beroep instellen": the citizen holds this "kan". */
const CITIZEN_MODAL = /\b(?:kan|kunnen) (?:degene|de belanghebbende|een belanghebbende|belanghebbenden|de aanvrager|de verzekerde|de vreemdeling|de huurder|de indiener|de overtreder|de betrokkene)\b|\b(?:degene|de belanghebbende|een belanghebbende|belanghebbenden|de aanvrager|de verzekerde|de vreemdeling|de huurder|de indiener|de overtreder|de betrokkene) (?:kan|kunnen)\b/i;

/** Rule-making and delegation sentences give no power over an individual case. */
const DELEGATION = /\b(?:kan|kunnen) [^.;]{0,40}\bbij (?:algemene maatregel van bestuur|ministeriële regeling)\b|\b(?:regels|nadere regels|voorschriften) (?:worden|kunnen worden) gesteld\b|\bkunnen (?:bij|krachtens)[^.;]{0,60}regels\b|\bbij (?:of krachtens )?(?:algemene maatregel van bestuur|ministeriële regeling|regeling van Onze Minister)\b[^.;]{0,80}\b(?:bepaald|aangewezen|vastgesteld|gesteld)\b/i;

/** A decision about someone: the motivering and zorgvuldigheid rules follow any of these. */
const DECISION: RegExp[] = [
  /\bbeschikking\b|\bbeslist\b|\bbeslissing\b/i,
  /\b(?:weigert|weigeren|geweigerd|trekt [^.;]{0,40}in|ingetrokken|intrekking|herzien|herziet|herziening|terugvordering|teruggevorderd|vordert [^.;]{0,60}terug|opgelegd|legt [^.;]{0,60}op|opschorting|schort [^.;]{0,40}op|toegekend|kent [^.;]{0,40}toe)\b/i,
  ...DISCRETION,
];

/** Money owed to (or by) a bestuursorgaan: Titel 4.4 Awb. */
const MONEY_DEBT: RegExp[] = [
  /\bterug(?:vordering|vorderen|gevorderd|te vorderen|vordert)\b|\bvordert\b[^.;]{0,60}\bterug\b/i,
  /\b(?:is|zijn|wordt|worden) [^.;]{0,40}verschuldigd\b|\bverschuldigde? (?:bedrag|bedragen|premie|rente|boete)\b/i,
  /\bgeldschuld\b|\bbestuurlijke boete\b|\bbestuursrechtelijke premie\b|\binvordering\b|\bverrekening\b|\bverrekend\b/i,
];

const APPLICATION: RegExp[] = [
  /\baanvra(?:ag|gen)\b|\baangevraagd\b|\bop (?:schriftelijk |zijn |haar |diens )?verzoek\b|\bbeslistermijn\b/i,
];

const DEFINITION = /\bverstaan onder\b/i;

export const HOOK_RULES: HookRule[] = [
  {
    id: 'evenredigheid',
    awb: ['3:4'],
    triggers: DISCRETION,
    exclusions: [DEFINITION, DELEGATION, CITIZEN_MODAL],
    reason:
      'Het bestuursorgaan mag hier zelf kiezen. Het moet alle belangen afwegen en de gevolgen voor u mogen niet te zwaar zijn (lid 1 en 2).',
  },
  {
    id: 'beleidsregel',
    awb: ['4:84'],
    triggers: [/\bbeleidsregels?\b/i],
    exclusions: [DEFINITION],
    reason:
      'Bij een beleidsregel moet het bestuursorgaan van die regel afwijken als die door bijzondere omstandigheden te hard voor u uitpakt.',
  },
  {
    id: 'uitstel-van-betaling',
    awb: ['4:94'],
    triggers: MONEY_DEBT,
    // Titel 4.4 does not cover fees for handling an application (4:85 lid 2).
    exclusions: [DEFINITION, /\bin behandeling nemen van een aanvraag\b/i],
    reason: 'Moet u geld betalen of terugbetalen? Dan kunt u vragen om uitstel van betaling.',
  },
  {
    id: 'kwijtschelding',
    awb: ['4:94a'],
    triggers: MONEY_DEBT,
    exclusions: [DEFINITION, /\bin behandeling nemen van een aanvraag\b/i],
    reason:
      'Het bestuursorgaan kan een schuld helemaal of voor een deel kwijtschelden als innen te harde gevolgen voor u heeft.',
  },
  {
    id: 'bestuurlijke-boete',
    awb: ['5:41', '5:46'],
    triggers: [/\bbestuurlijke boete\b/i, /\bboete\b[^.;]{0,30}\b(?:opleggen|op te leggen|opgelegd)\b/i],
    exclusions: [DEFINITION],
    reason:
      'Een boete mag alleen als u iets te verwijten valt. De hoogte moet passen bij wat er gebeurd is en bij uw omstandigheden.',
  },
  {
    id: 'bezwaar-en-beroep',
    awb: ['6:7', '6:11'],
    triggers: [
      /\bbezwaar(?:schrift)?\b/i,
      /\bberoepschrift\b|\b(?:hoger |administratief )?beroep (?:in(?:stellen|gesteld|te stellen)|open|tegen|kan|wordt|worden|is)\b|\bberoep (?:bij|op) de (?:rechtbank|kantonrechter|Centrale Raad|Afdeling)/i,
    ],
    // "met buitengewoon bezwaar" means hardship, "een beroep doen op" means invoking something.
    exclusions: [DEFINITION, /\bbuitengewoon bezwaar\b/i, /\bberoep (?:te )?(?:doen|gedaan|wordt gedaan) op\b/i, /\bgeen bezwaar\b/i],
    reason:
      'Tegen een besluit kunt u binnen 6 weken bezwaar maken of in beroep gaan. Bent u te laat zonder dat het uw schuld is, dan moet uw bezwaar toch behandeld worden.',
  },
  {
    id: 'beslistermijn',
    awb: ['4:13', '4:17'],
    triggers: APPLICATION,
    exclusions: [DEFINITION],
    reason:
      'Op een aanvraag moet op tijd beslist worden. Gebeurt dat niet, dan kunt u het bestuursorgaan in gebreke stellen en soms een dwangsom krijgen.',
  },
  {
    id: 'beroep-niet-tijdig',
    awb: ['6:12', '8:55b'],
    triggers: APPLICATION,
    exclusions: [DEFINITION],
    reason: 'Beslist het bestuursorgaan niet op tijd? Dan kunt u na een ingebrekestelling in beroep gaan bij de rechter.',
  },
  {
    id: 'lex-silencio-positivo',
    awb: ['4:20a'],
    // Only when the article itself declares paragraaf 4.1.3.3 applicable (Awb 4:20a lid 1).
    triggers: [
      /\bparagraaf 4\.1\.3\.3\.?(?: van de Algemene wet bestuursrecht)? (?:is |zijn )?van (?:overeenkomstige )?toepassing\b/i,
      /\bis paragraaf 4\.1\.3\.3\.?(?: van de Algemene wet bestuursrecht)? van (?:overeenkomstige )?toepassing\b/i,
    ],
    exclusions: [],
    reason: 'Wordt er niet op tijd beslist, dan krijgt u automatisch wat u hebt gevraagd (beschikking van rechtswege).',
    replaces: ['4:17'],
  },
  {
    id: 'motivering',
    awb: ['3:46', '3:47'],
    triggers: DECISION,
    exclusions: [DEFINITION, DELEGATION, CITIZEN_MODAL],
    reason: 'Het besluit moet goed uitgelegd worden: waarom is zo beslist en op grond van welke regels.',
  },
  {
    id: 'gegevens-van-anderen',
    awb: ['3:2', '4:8'],
    triggers: [
      /\bbasisregistratie\b|\bpolisadministratie\b|\binkomensgegevens\b|\bgegevens van derden\b/i,
      /\bgegevens\b[^.;]{0,80}\b(?:verstrekt|ontvangen|verkregen) (?:door|van) (?:derden|een ander|de Belastingdienst|het UWV|de inspecteur|de Sociale verzekeringsbank|de zorgverzekeraar)\b/i,
    ],
    exclusions: [DEFINITION],
    reason:
      'Gebruikt het bestuursorgaan gegevens uit een register of van anderen? Dan moet het die goed nagaan, en mag u vaak eerst uw mening geven.',
  },
];

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
    whenRule: 'motivering',
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
