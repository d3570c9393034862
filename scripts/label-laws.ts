// Builds the labelled sets of test/analysis-labels/ from the statute book as text (laws-markdown mirror).
//   npx tsx scripts/label-laws.ts sample      draws the regulations (seeded) and writes sample.json
//   npx tsx scripts/label-laws.ts candidates  prints the candidate articles to label, per task
//   npx tsx scripts/label-laws.ts write       joins the hand labels (labels-*.tsv) with the article texts
// The labels are decisions made by reading the candidates; this script only finds and copies text.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { CORPUS_DIR } from './lib/shared-dir';
import {
  SAMPLE_KINDS,
  articlesOf,
  bwbIdOf,
  draw,
  kindOf,
  mirrorCommit,
  pathsContaining,
  readRegulation,
  regulationPaths,
  seededRandom,
  type MarkdownArticle,
  RIGID_CANDIDATE,
} from './lib/laws-markdown';
import { analyseArticle } from '../utils/analysis/analyse';
import { classifyHooks } from '../utils/analysis/hooks';
import { detectRigid } from '../utils/analysis/rigid';

const DIR = new URL('../test/analysis-labels/', import.meta.url);
const SEED = 23;
const RANDOM_PER_KIND = 25;
const ENRICHED = 60;
const HOOK_SAMPLE = 80;
const RIGID_ENRICHED = 25;
const LATE_HELDOUT = 30;
const LATE_RANDOM_PER_KIND = 8;
const LATE_POWERS = 12;
const LATE_HOOK_ARTICLES = 50;
const DEV_POWERS = 12;
/** The fresh held-out of the second round: drawn after the rules were frozen at FREEZE_COMMIT, labelled blind. */
const FREEZE_COMMIT = '4e56122';
const FRESH_CLAUSE = 25;
const FRESH_BURDEN_PER_KIND = 10;
const FRESH_ARTICLES_PER_REGULATION = 8;
/** Random regulations hold few rigid provisions; these are drawn among texts with an ordered outcome's words. */
const FRESH_OBLIGATION = 40;
/** The second fresh held-out: drawn after the second freeze, never from the corpus laws the rules were built on. */
const FREEZE2_COMMIT = 'ba74148';
const FRESH2_CLAUSE = 20;
const FRESH2_OBLIGATION = 30;
const FRESH2_ARTICLES_PER_REGULATION = 6;
/** The obligation draw held few rigid provisions; recovery is the outcome that matters most to citizens. */
const FRESH2_RECOVERY = 25;
/** The third fresh held-out: drawn after the third freeze, same exclusions, smaller. */
const FREEZE3_COMMIT = '118c890';
const FRESH3_CLAUSE = 15;
const FRESH3_OBLIGATION = 15;
const FRESH3_RECOVERY = 20;
const FRESH3_ARTICLES_PER_REGULATION = 5;
/** The fourth to eighth fresh held-outs: each drawn after its freeze, same exclusions, words and sizes. */
const FREEZE4_COMMIT = '4e99f07';
const FREEZE5_COMMIT = 'db6a2d2';
const FREEZE6_COMMIT = '63d6040';
const FREEZE7_COMMIT = '3f736a9';
const FREEZE8_COMMIT = 'bfe1014';
const LATER_ROUND = { clause: 15, obligation: 15, recovery: 20 };
const LATER_ARTICLES_PER_REGULATION = 4;
/** The ninth fresh held-out: unseen regulations with "teruggevorderd" ran out in the eighth draw, so half of it is
 * drawn by recovery words the earlier sets never selected on. */
const FREEZE9_COMMIT = 'b8e2ff6';
const NINTH_ROUND = { clause: 0, obligation: 20, recovery: 20 };
const NINTH_RECOVERY_WORDS = ['terugvordering', 'terugbetaald', 'terug te betalen'];
/** The tenth fresh held-out, drawn beside the ninth at the same freeze: by sanction and reduction words no earlier
 * set selected on, per kind, so it does not repeat the ninth's obligation and recovery pools. */
const FREEZE10_COMMIT = 'b8e2ff6';
const FRESH10_SEED = 111;
const FRESH10_PER_KIND = 4;
const FRESH10_SANCTION_WORDS = ['bestuurlijke boete', 'legt.*boete'];
const FRESH10_REDUCTION_WORDS = ['uitgesloten', 'gekort', 'verlaagd'];
/** The eleventh fresh held-out, drawn after the fixes made once fresh 9 and 10 were measured (freeze cdc8e1b): by
 * suspension and termination words no earlier set selected on, per kind. */
const FREEZE11_COMMIT = 'cdc8e1b';
const FRESH11_SEED = 121;
const FRESH11_PER_KIND = { suspension: 4, termination: 3 };
const FRESH11_SUSPENSION_WORDS = ['schorst', 'geschorst'];
const FRESH11_TERMINATION_WORDS = ['wordt beëindigd', 'beëindigt', 'stopgezet', 'ontzegd'];
/** The twelfth fresh held-out, drawn after the fixes made once fresh 11 was measured (freeze e9d226f): by refusal and
 * loss words no earlier set selected on, per kind, more per kind than fresh 11 (which held only 3 rigid labels). */
const FREEZE12_COMMIT = 'e9d226f';
const FRESH12_SEED = 131;
const FRESH12_PER_KIND = { refusal: 5, loss: 5 };
/** git grep patterns: "wijst.* af[ .,;]" is "wijst … af" on one line. */
const FRESH12_REFUSAL_WORDS = ['wordt afgewezen', 'wijst.* af[ .,;]', 'geen aanspraak', 'heeft geen recht'];
const FRESH12_LOSS_WORDS = ['verbeurd', 'verliest', 'wordt verminderd', 'vermindert', 'ontneemt'];
/** The thirteenth fresh held-out, drawn after the fixes made once fresh 12 was measured (freeze 53d1a06): by words of
 * suspending or withholding a payment and of not granting, which no earlier set selected on. */
const FREEZE13_COMMIT = '53d1a06';
const FRESH13_SEED = 141;
const FRESH13_PER_KIND = { withholding: 5, nonGrant: 5 };
/** git grep patterns: "schort.* op[ .,;]" is "schort … op" on one line. */
const FRESH13_WITHHOLDING_WORDS = ['wordt opgeschort', 'schort.* op[ .,;]', 'opschorting', 'ingehouden'];
const FRESH13_NON_GRANT_WORDS = ['komt niet in aanmerking', 'komen niet in aanmerking', 'wordt niet verstrekt', 'wordt niet toegekend', 'wordt niet verleend', 'vervallen verklaard', 'buiten behandeling'];
/** The fourteenth fresh held-out, drawn after the precision-first changes of round 14 (freeze 84368f7): by words of
 * dismissal and expulsion and of recourse and deregistration, which no earlier set selected on. */
const FREEZE14_COMMIT = '84368f7';
const FRESH14_SEED = 151;
const FRESH14_PER_KIND = { dismissal: 5, recourse: 5 };
const FRESH14_DISMISSAL_WORDS = ['wordt ontslagen', 'ontslaat', 'wordt ontzet', 'wordt geroyeerd'];
const FRESH14_RECOURSE_WORDS = ['verhaalt', 'wordt verhaald', 'wordt niet ingeschreven', 'doorgehaald'];
/** The fifteenth fresh held-out, drawn after the precision policy of round 15 (freeze 2eb4b40, not adopted): by words of repayment
 * and of refusing or revoking a document or decision, which no earlier set selected on. */
const FREEZE15_COMMIT = '2eb4b40';
const FRESH15_SEED = 161;
const FRESH15_PER_KIND = { repayment: 5, revocation: 5 };
const FRESH15_REPAYMENT_WORDS = ['terugbetaling', 'terug te storten', 'teruggestort', 'wordt ingevorderd'];
const FRESH15_REVOCATION_WORDS = ['weigering', 'wordt niet afgegeven', 'wordt herroepen', 'herroept'];

/** The sixteenth fresh held-out, drawn after the fixes made once fresh 14 and 15 were reopened (freeze 208a1cb): by words
 * of recovering or setting off money and of not paying out or not handling, which no earlier set selected on
 * ("wordt uitgesloten" and "vervalt" were: fresh 10 and fresh 2-3). git grep patterns: "vordert.* terug[ .,;]" is
 * "vordert … terug" on one line. */
const FREEZE16_COMMIT = '208a1cb';
const FRESH16_SEED = 171;
const FRESH16_PER_KIND = { setOff: 5, nonPayment: 5 };
const FRESH16_SET_OFF_WORDS = ['vordert.* terug[ .,;]', 'vorderen.* terug[ .,;]', 'wordt verrekend', 'worden verrekend', 'verrekent'];
const FRESH16_NON_PAYMENT_WORDS = ['wordt niet uitbetaald', 'worden niet uitbetaald', 'wordt niet vergoed', 'worden niet vergoed', 'niet in behandeling genomen'];

/** The seventeenth fresh held-out, drawn after the fixes made once fresh 16 was reopened (freeze f24bedf): by words of
 * stopping or taking away and of withholding or annulling, which no earlier set selected on ("stopgezet", "wordt niet
 * verleend" and "vervalt" were: fresh 11, 13 and 2-3). "zet.* stop[ .,;]" is "zet … stop" on one line. */
const FREEZE17_COMMIT = 'f24bedf';
const FRESH17_SEED = 181;
const FRESH17_PER_KIND = { cessation: 5, denial: 5 };
const FRESH17_CESSATION_WORDS = ['wordt gestaakt', 'worden gestaakt', 'zet.* stop[ .,;]', 'wordt ingenomen', 'wordt onttrokken'];
const FRESH17_DENIAL_WORDS = ['wordt onthouden', 'ongeldig verklaard', 'wordt niet gehonoreerd', 'niet-ontvankelijk'];

/** The eighteenth fresh held-out, drawn after the fixes made once fresh 17 was reopened (freeze dc02c97): by words of
 * annulling or striking out and of charging costs or enforcing, which no earlier set selected on. */
const FREEZE18_COMMIT = 'dc02c97';
const FRESH18_SEED = 191;
const FRESH18_PER_KIND = { annulment: 5, enforcement: 5 };
const FRESH18_ANNULMENT_WORDS = ['wordt vernietigd', 'worden vernietigd', 'vernietigt', 'wordt geschrapt', 'wordt uitgeschreven', 'wordt geannuleerd'];
const FRESH18_ENFORCEMENT_WORDS = ['in rekening gebracht', 'dwangbevel', 'dwangsom', 'bestuursdwang'];

/** The nineteenth fresh held-out, drawn after the fixes made once fresh 18 was reopened (freeze 0283d39): by words of
 * revising a decision or setting an amount lower and of not renewing, taking away or blocking, which no earlier set
 * selected on. */
const FREEZE19_COMMIT = '0283d39';
const FRESH19_SEED = 201;
const FRESH19_PER_KIND = { revision: 5, nonRenewal: 5 };
const FRESH19_REVISION_WORDS = ['wordt herzien', 'herziet', 'lager vastgesteld', 'op nihil'];
const FRESH19_NON_RENEWAL_WORDS = ['wordt niet verlengd', 'worden niet verlengd', 'wordt ontnomen', 'wordt geblokkeerd'];

/** The first random held-out, drawn at main's rules of 83cab16 (round 18 and later, no rule changed for it): every
 * fresh set since the tenth was drawn by outcome words no earlier set selected on, so this one is drawn without any
 * word, uniformly per kind among the regulations no earlier set drew, to estimate the rules on the statute book as it
 * comes (issue #23: "regulations you pick at random across kinds"). Drawn beside fresh 19, at the same time and
 * without its regulations in the record, so each excludes the sets up to fresh 18 only (they share none). */
const RANDOM1_FREEZE_COMMIT = '83cab16';
const RANDOM1_SEED = 211;
const RANDOM1_PER_KIND = 10;
/** The first 50 held only 10 candidate articles (fewer than the ~30 planned), so 5 more per kind, same generator. */
const RANDOM1_MORE_PER_KIND = 5;

/** The twentieth fresh held-out, drawn after the fixes made once fresh 19 was reopened (freeze 9418e79): by words of
 * deducting or cutting back and of ending by operation of law or taking back, which no earlier set selected on
 * ("verlaagd", "wordt beëindigd" and "vervalt" were: fresh 10, 11 and 2-3). "brengt.* in mindering" is "brengt … in
 * mindering" on one line, "neemt.* terug[ .,;]" is "neemt … terug". Drawn while random 1 was on its own branch, so it
 * excludes the sets up to fresh 19 and not random 1 (they share no regulation). */
const FREEZE20_COMMIT = '9418e79';
const FRESH20_SEED = 221;
const FRESH20_PER_KIND = { deduction: 5, ending: 5 };
const FRESH20_DEDUCTION_WORDS = ['in mindering gebracht', 'brengt.* in mindering', 'wordt ingekort', 'wordt beperkt'];
const FRESH20_ENDING_WORDS = ['eindigt van rechtswege', 'wordt teruggenomen', 'neemt.* terug[ .,;]', 'wordt opgeheven'];

/** The twenty-first fresh held-out, drawn after the fixes made once fresh 20 was reopened (freeze c0f0240, round 21): by
 * words of closing or dissolving and of raising or attaching, which no earlier set selected on ("sluiting" was only a
 * hook word, "wordt beëindigd" fresh 11's). "legt.* stil[ .,;]" is "legt … stil" on one line. */
const FREEZE21_COMMIT = 'c0f0240';
const FRESH21_SEED = 231;
const FRESH21_PER_KIND = { closure: 5, surcharge: 5 };
const FRESH21_CLOSURE_WORDS = ['wordt gesloten', 'worden gesloten', 'wordt stilgelegd', 'legt.* stil[ .,;]', 'wordt ontbonden'];
const FRESH21_SURCHARGE_WORDS = ['wordt verhoogd met', 'worden verhoogd met', 'wordt vermeerderd met', 'wordt beslag gelegd'];

/** The second random held-out, drawn after fresh 21 at the round-21 freeze (c0f0240, no rule changed for it): random 1,
 * drawn without any word, met only 13 candidate articles in 75 regulations, so this one is drawn uniformly among the
 * unseen regulations that hold at least one candidate article by RIGID_CANDIDATE (no other word, no kind quota), then at
 * most 2 candidate articles each: an estimate over the candidate articles of the statute book as it comes, not over the
 * wordings a word draw hunts for. 30 regulations: the pool holds min(candidates, 2) = 1.20 on average, so ~36 articles. */
const RANDOM2_FREEZE_COMMIT = 'c0f0240';
const RANDOM2_SEED = 241;
const RANDOM2_REGULATIONS = 30;
const RANDOM2_ARTICLES_PER_REGULATION = 2;
/** The third random held-out, drawn at main's rules of b0c0ada (after round 21; no rule changed for it): random 1 drew
 * regulations without any word and met only 13 candidate articles in 75 regulations, so this one draws uniformly among
 * the regulations that hold at least one candidate article (`RIGID_CANDIDATE`, no other word), in one pool over the
 * five kinds, until about RANDOM3_ARTICLES candidate articles are in: an estimate over candidate articles as they come,
 * unlike the fresh sets' word hunts. Drawn beside random 2 (its own branch, at the same time), whose regulations it
 * could not exclude. */
const RANDOM3_FREEZE_COMMIT = 'b0c0ada';
const RANDOM3_SEED = 251;
const RANDOM3_ARTICLES = 36;
const RANDOM3_ARTICLES_PER_REGULATION = 2;
/** The fourth random held-out, drawn at main's rules of fa8eb63 and measured once at the next freeze (rules were being
 * changed on another branch when it was drawn; no rule was changed for it): as random 3, one pool over the five kinds
 * of the regulations holding a candidate article, every earlier set excluded (random 2 and 3 included), taken in order
 * until RANDOM4_ARTICLES candidate articles are in. Random 2 and 3 held 1 and 3 labelled rigid provisions in 35 and 36
 * articles, too few for an estimate, so this set is larger. */
const RANDOM4_DRAWN_AT = 'fa8eb63';
const RANDOM4_SEED = 261;
const RANDOM4_ARTICLES = 60;
const RANDOM4_ARTICLES_PER_REGULATION = 2;
/** The fifth random held-out, drawn as random 4 at main's rules frozen at 0e09557 (after round 23 fixed random 4's
 * classes) and measured once at that freeze: every earlier set excluded (random 1-4 included). */
const RANDOM5_FREEZE_COMMIT = '0e09557';
const RANDOM5_SEED = 271;
const RANDOM5_ARTICLES = 50;
const RANDOM5_ARTICLES_PER_REGULATION = 2;
/** The sixth random held-out, drawn as random 5 at main's rules of 79bf788 (while round 24's rules were being changed
 * on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier set
 * excluded (random 1-5 included). */
const RANDOM6_DRAWN_AT = '79bf788';
const RANDOM6_SEED = 281;
const RANDOM6_ARTICLES = 50;
const RANDOM6_ARTICLES_PER_REGULATION = 2;
/** The seventh random held-out, drawn as random 6 at main's rules of ec61d53 (while round 24's rules were being changed
 * on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier set
 * excluded (random 1-6 included). Larger, because about one candidate article in sixteen is a rigid provision. */
const RANDOM7_DRAWN_AT = 'ec61d53';
const RANDOM7_SEED = 291;
const RANDOM7_ARTICLES = 150;
const RANDOM7_ARTICLES_PER_REGULATION = 2;
/** The eighth random held-out, drawn as random 7 at main's rules of b307252 (while round 25's rules were being changed
 * on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier set
 * excluded (random 1-7 included). Larger again, so that a freeze is measured on more rigid provisions. */
const RANDOM8_DRAWN_AT = 'b307252';
const RANDOM8_SEED = 301;
const RANDOM8_ARTICLES = 200;
const RANDOM8_ARTICLES_PER_REGULATION = 2;
/** The ninth random held-out, drawn as random 8 at main's rules of 6e5152c (while round 26's rules were being changed
 * on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier set
 * excluded (random 1-8 included). */
const RANDOM9_DRAWN_AT = '6e5152c';
const RANDOM9_SEED = 311;
const RANDOM9_ARTICLES = 200;
const RANDOM9_ARTICLES_PER_REGULATION = 2;
/** The tenth random held-out, drawn as random 9 at main's rules of 9532ef2 (while round 27's rules were being changed
 * on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier set
 * excluded (random 1-9 included). */
const RANDOM10_DRAWN_AT = '9532ef2';
const RANDOM10_SEED = 321;
const RANDOM10_ARTICLES = 200;
const RANDOM10_ARTICLES_PER_REGULATION = 2;
/** The eleventh random held-out, drawn as random 10 at main's rules of 9a3bbb6 (while round 28's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-10 included). */
const RANDOM11_DRAWN_AT = '9a3bbb6';
const RANDOM11_SEED = 331;
const RANDOM11_ARTICLES = 200;
const RANDOM11_ARTICLES_PER_REGULATION = 2;
/** The twelfth random held-out, drawn as random 11 at main's rules of bb403cd (while round 29's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-11 included). */
const RANDOM12_DRAWN_AT = 'bb403cd';
const RANDOM12_SEED = 341;
const RANDOM12_ARTICLES = 200;
const RANDOM12_ARTICLES_PER_REGULATION = 2;
/** The thirteenth random held-out, drawn as random 12 at main's rules of 297908a (while round 30's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-12 included). */
const RANDOM13_DRAWN_AT = '297908a';
const RANDOM13_SEED = 351;
const RANDOM13_ARTICLES = 200;
const RANDOM13_ARTICLES_PER_REGULATION = 2;
/** The fourteenth random held-out, drawn as random 13 at main's rules of 07a8e51 (while round 31's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-13 included). */
const RANDOM14_DRAWN_AT = '07a8e51';
const RANDOM14_SEED = 361;
const RANDOM14_ARTICLES = 200;
const RANDOM14_ARTICLES_PER_REGULATION = 2;
/** The fifteenth random held-out, drawn as random 14 at main's rules of ec8a7b5 (while round 32's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-14 included). */
const RANDOM15_DRAWN_AT = 'ec8a7b5';
const RANDOM15_SEED = 371;
const RANDOM15_ARTICLES = 200;
const RANDOM15_ARTICLES_PER_REGULATION = 2;
/** The sixteenth random held-out, drawn as random 15 at main's rules of d2d4c6f (while round 33's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-15 included). */
const RANDOM16_DRAWN_AT = 'd2d4c6f';
const RANDOM16_SEED = 381;
const RANDOM16_ARTICLES = 200;
const RANDOM16_ARTICLES_PER_REGULATION = 2;
/** The seventeenth random held-out, drawn as random 16 at main's rules of 594a0a0 (while round 34's rules were being
 * changed on another branch; no rule was changed for it) and to be measured once at the next freeze: every earlier
 * set excluded (random 1-16 included). */
const RANDOM17_DRAWN_AT = '594a0a0';
const RANDOM17_SEED = 391;
const RANDOM17_ARTICLES = 200;
const RANDOM17_ARTICLES_PER_REGULATION = 2;
/** The eighteenth random held-out, drawn as random 17 at main's rules of 6771a73 (no rule was changed for it) and to
 * be measured once at the next freeze: every earlier set excluded (random 1-17 included). */
const RANDOM18_DRAWN_AT = '6771a73';
const RANDOM18_SEED = 401;
const RANDOM18_ARTICLES = 200;
const RANDOM18_ARTICLES_PER_REGULATION = 2;
/** The nineteenth random held-out, drawn as random 18 at main's rules of b25bb0e (no rule was changed for it) and to
 * be measured once at the next freeze: every earlier set excluded (random 1-18 included). */
const RANDOM19_DRAWN_AT = 'b25bb0e';
const RANDOM19_SEED = 411;
const RANDOM19_ARTICLES = 200;
const RANDOM19_ARTICLES_PER_REGULATION = 2;
/** The twentieth random held-out, drawn as random 19 at main's rules of b25bb0e (no rule was changed for it) and to
 * be measured once at the next freeze: every earlier set excluded (random 1-19 included). */
const RANDOM20_DRAWN_AT = 'b25bb0e';
const RANDOM20_SEED = 421;
const RANDOM20_ARTICLES = 200;
const RANDOM20_ARTICLES_PER_REGULATION = 2;
/** The twenty-first random held-out, drawn as random 20 at main's rules of 5a9942c (no rule was changed for it) and
 * to be measured once at the next freeze: every earlier set excluded (random 1-20 included). */
const RANDOM21_DRAWN_AT = '5a9942c';
const RANDOM21_SEED = 431;
const RANDOM21_ARTICLES = 200;
const RANDOM21_ARTICLES_PER_REGULATION = 2;
/** The twenty-second random held-out, drawn as random 21 at main's rules of b5937b8 (no rule was changed for it) and
 * to be measured once at the next freeze: every earlier set excluded (random 1-21 included). */
const RANDOM22_DRAWN_AT = 'b5937b8';
const RANDOM22_SEED = 441;
const RANDOM22_ARTICLES = 200;
const RANDOM22_ARTICLES_PER_REGULATION = 2;
/** Words every `RIGID_CANDIDATE` match contains (git grep, case-insensitive): a quick filter before reading, which
 * keeps every regulation that could hold a candidate. */
const RIGID_CANDIDATE_STEMS = ['terug', 'trekt', 'ingetrokken', 'weigert', 'geweigerd', 'boete', 'vervalt', 'uitgesloten', 'kort', 'verlaag'];

/** The fresh held-out sets: the draws that feed each one's rigid (and hook) candidates, articles per regulation, seed offset. */
const FRESH_SETS = [
  { set: 'fresh', drawn: ['burden-fresh', 'obligation-fresh'], perRegulation: FRESH_ARTICLES_PER_REGULATION, seed: 21 },
  { set: 'fresh2', drawn: ['obligation-fresh2', 'recovery-fresh2'], perRegulation: FRESH2_ARTICLES_PER_REGULATION, seed: 31 },
  { set: 'fresh3', drawn: ['obligation-fresh3'], perRegulation: FRESH3_ARTICLES_PER_REGULATION, seed: 41 },
  { set: 'fresh4', drawn: ['obligation-fresh4'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 51 },
  { set: 'fresh5', drawn: ['obligation-fresh5'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 61 },
  { set: 'fresh6', drawn: ['obligation-fresh6'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 71 },
  { set: 'fresh7', drawn: ['obligation-fresh7'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 81 },
  { set: 'fresh8', drawn: ['obligation-fresh8'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 91 },
  { set: 'fresh9', drawn: ['obligation-fresh9', 'recovery-fresh9'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: 101 },
  { set: 'fresh10', drawn: ['sanction-fresh10', 'reduction-fresh10'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH10_SEED + 1 - SEED },
  { set: 'fresh11', drawn: ['suspension-fresh11', 'termination-fresh11'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH11_SEED + 1 - SEED },
  { set: 'fresh12', drawn: ['refusal-fresh12', 'loss-fresh12'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH12_SEED + 1 - SEED },
  { set: 'fresh13', drawn: ['withholding-fresh13', 'nongrant-fresh13'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH13_SEED + 1 - SEED },
  { set: 'fresh14', drawn: ['dismissal-fresh14', 'recourse-fresh14'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH14_SEED + 1 - SEED },
  { set: 'fresh15', drawn: ['repayment-fresh15', 'revocation-fresh15'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH15_SEED + 1 - SEED },
  { set: 'fresh16', drawn: ['setoff-fresh16', 'nonpayment-fresh16'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH16_SEED + 1 - SEED },
  { set: 'fresh17', drawn: ['cessation-fresh17', 'denial-fresh17'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH17_SEED + 1 - SEED },
  { set: 'fresh18', drawn: ['annulment-fresh18', 'enforcement-fresh18'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH18_SEED + 1 - SEED },
  { set: 'fresh19', drawn: ['revision-fresh19', 'nonrenewal-fresh19'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH19_SEED + 1 - SEED },
  { set: 'random1', drawn: ['random1'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: RANDOM1_SEED + 1 - SEED },
  { set: 'fresh20', drawn: ['deduction-fresh20', 'ending-fresh20'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH20_SEED + 1 - SEED },
  { set: 'fresh21', drawn: ['closure-fresh21', 'surcharge-fresh21'], perRegulation: LATER_ARTICLES_PER_REGULATION, seed: FRESH21_SEED + 1 - SEED },
  { set: 'random2', drawn: ['random2'], perRegulation: RANDOM2_ARTICLES_PER_REGULATION, seed: RANDOM2_SEED + 1 - SEED },
  { set: 'random3', drawn: ['random3'], perRegulation: RANDOM3_ARTICLES_PER_REGULATION, seed: RANDOM3_SEED + 1 - SEED },
  { set: 'random4', drawn: ['random4'], perRegulation: RANDOM4_ARTICLES_PER_REGULATION, seed: RANDOM4_SEED + 1 - SEED },
  { set: 'random5', drawn: ['random5'], perRegulation: RANDOM5_ARTICLES_PER_REGULATION, seed: RANDOM5_SEED + 1 - SEED },
  { set: 'random6', drawn: ['random6'], perRegulation: RANDOM6_ARTICLES_PER_REGULATION, seed: RANDOM6_SEED + 1 - SEED },
  { set: 'random7', drawn: ['random7'], perRegulation: RANDOM7_ARTICLES_PER_REGULATION, seed: RANDOM7_SEED + 1 - SEED },
  { set: 'random8', drawn: ['random8'], perRegulation: RANDOM8_ARTICLES_PER_REGULATION, seed: RANDOM8_SEED + 1 - SEED },
  { set: 'random9', drawn: ['random9'], perRegulation: RANDOM9_ARTICLES_PER_REGULATION, seed: RANDOM9_SEED + 1 - SEED },
  { set: 'random10', drawn: ['random10'], perRegulation: RANDOM10_ARTICLES_PER_REGULATION, seed: RANDOM10_SEED + 1 - SEED },
  { set: 'random11', drawn: ['random11'], perRegulation: RANDOM11_ARTICLES_PER_REGULATION, seed: RANDOM11_SEED + 1 - SEED },
  { set: 'random12', drawn: ['random12'], perRegulation: RANDOM12_ARTICLES_PER_REGULATION, seed: RANDOM12_SEED + 1 - SEED },
  { set: 'random13', drawn: ['random13'], perRegulation: RANDOM13_ARTICLES_PER_REGULATION, seed: RANDOM13_SEED + 1 - SEED },
  { set: 'random14', drawn: ['random14'], perRegulation: RANDOM14_ARTICLES_PER_REGULATION, seed: RANDOM14_SEED + 1 - SEED },
  { set: 'random15', drawn: ['random15'], perRegulation: RANDOM15_ARTICLES_PER_REGULATION, seed: RANDOM15_SEED + 1 - SEED },
  { set: 'random16', drawn: ['random16'], perRegulation: RANDOM16_ARTICLES_PER_REGULATION, seed: RANDOM16_SEED + 1 - SEED },
  { set: 'random17', drawn: ['random17'], perRegulation: RANDOM17_ARTICLES_PER_REGULATION, seed: RANDOM17_SEED + 1 - SEED },
  { set: 'random18', drawn: ['random18'], perRegulation: RANDOM18_ARTICLES_PER_REGULATION, seed: RANDOM18_SEED + 1 - SEED },
  { set: 'random19', drawn: ['random19'], perRegulation: RANDOM19_ARTICLES_PER_REGULATION, seed: RANDOM19_SEED + 1 - SEED },
  { set: 'random20', drawn: ['random20'], perRegulation: RANDOM20_ARTICLES_PER_REGULATION, seed: RANDOM20_SEED + 1 - SEED },
  { set: 'random21', drawn: ['random21'], perRegulation: RANDOM21_ARTICLES_PER_REGULATION, seed: RANDOM21_SEED + 1 - SEED },
  { set: 'random22', drawn: ['random22'], perRegulation: RANDOM22_ARTICLES_PER_REGULATION, seed: RANDOM22_SEED + 1 - SEED },
] as const;

export interface SampledRegulation {
  path: string;
  bwbId: string;
  kind: string;
  drawn: 'random' | 'onbillijk' | 'teruggevorderd' | 'onbillijk-late' | 'random-late' | 'intrekken-late' | 'ingetrokken-dev' | 'onbillijk-fresh' | 'burden-fresh' | 'obligation-fresh' | 'onbillijk-fresh2' | 'obligation-fresh2' | 'recovery-fresh2' | 'onbillijk-fresh3' | 'obligation-fresh3' | 'onbillijk-fresh4' | 'obligation-fresh4' | 'onbillijk-fresh5' | 'obligation-fresh5' | 'onbillijk-fresh6' | 'obligation-fresh6' | 'onbillijk-fresh7' | 'obligation-fresh7' | 'onbillijk-fresh8' | 'obligation-fresh8' | 'onbillijk-fresh9' | 'obligation-fresh9' | 'recovery-fresh9' | 'sanction-fresh10' | 'reduction-fresh10' | 'suspension-fresh11' | 'termination-fresh11' | 'refusal-fresh12' | 'loss-fresh12' | 'withholding-fresh13' | 'nongrant-fresh13' | 'dismissal-fresh14' | 'recourse-fresh14' | 'repayment-fresh15' | 'revocation-fresh15' | 'setoff-fresh16' | 'nonpayment-fresh16' | 'cessation-fresh17' | 'denial-fresh17' | 'annulment-fresh18' | 'enforcement-fresh18' | 'revision-fresh19' | 'nonrenewal-fresh19' | 'random1' | 'deduction-fresh20' | 'ending-fresh20' | 'closure-fresh21' | 'surcharge-fresh21' | 'random2' | 'random3' | 'random4' | 'random5' | 'random6' | 'random7' | 'random8' | 'random9' | 'random10' | 'random11' | 'random12' | 'random13' | 'random14' | 'random15' | 'random16' | 'random17' | 'random18' | 'random19' | 'random20' | 'random21' | 'random22';
  split: 'dev' | 'heldout';
}

interface Sample {
  repo: string;
  commit: string;
  seed: number;
  method: string;
  regulations: SampledRegulation[];
}

/** Words a regulation's text must contain (any of them), or ANY_TEXT: every regulation of the kind. */
type DrawnGroup = readonly [words: readonly string[] | typeof ANY_TEXT, perKind: number, drawn: SampledRegulation['drawn']];
const ANY_TEXT = null;

/** The rounds drawn per kind by words, in order: each after the freeze of the round before it. */
/**
 * `besidePrevious`: drawn beside the round before, so it excludes only what that one excluded. `unknown`: draws made at
 * the same time elsewhere, whose regulations the round could not exclude.
 */
const PER_KIND_ROUNDS: ReadonlyArray<{ seed: number; groups: readonly DrawnGroup[]; besidePrevious?: true; unknown?: readonly SampledRegulation['drawn'][] }> = [
  // Tenth: drawn after the ninth, by words of other outcomes (git grep patterns: "legt.*boete" is "legt … boete" on one line).
  { seed: FRESH10_SEED, groups: [[FRESH10_SANCTION_WORDS, FRESH10_PER_KIND, 'sanction-fresh10'], [FRESH10_REDUCTION_WORDS, FRESH10_PER_KIND, 'reduction-fresh10']] },
  // Eleventh: after the fixes made once fresh 9 and 10 were measured, by words of suspension and termination.
  { seed: FRESH11_SEED, groups: [[FRESH11_SUSPENSION_WORDS, FRESH11_PER_KIND.suspension, 'suspension-fresh11'], [FRESH11_TERMINATION_WORDS, FRESH11_PER_KIND.termination, 'termination-fresh11']] },
  // Twelfth: after the fixes made once fresh 11 was measured, by words of refusal and of loss or reduction.
  { seed: FRESH12_SEED, groups: [[FRESH12_REFUSAL_WORDS, FRESH12_PER_KIND.refusal, 'refusal-fresh12'], [FRESH12_LOSS_WORDS, FRESH12_PER_KIND.loss, 'loss-fresh12']] },
  // Thirteenth: after the fixes made once fresh 12 was measured, by words of withholding a payment and of not granting.
  { seed: FRESH13_SEED, groups: [[FRESH13_WITHHOLDING_WORDS, FRESH13_PER_KIND.withholding, 'withholding-fresh13'], [FRESH13_NON_GRANT_WORDS, FRESH13_PER_KIND.nonGrant, 'nongrant-fresh13']] },
  // Fourteenth: after the precision-first changes of round 14, by words of dismissal and expulsion and of recourse and deregistration.
  { seed: FRESH14_SEED, groups: [[FRESH14_DISMISSAL_WORDS, FRESH14_PER_KIND.dismissal, 'dismissal-fresh14'], [FRESH14_RECOURSE_WORDS, FRESH14_PER_KIND.recourse, 'recourse-fresh14']] },
  // Fifteenth: when round 15's precision policy (not adopted) was frozen, by words of repayment and of refusing or revoking.
  { seed: FRESH15_SEED, groups: [[FRESH15_REPAYMENT_WORDS, FRESH15_PER_KIND.repayment, 'repayment-fresh15'], [FRESH15_REVOCATION_WORDS, FRESH15_PER_KIND.revocation, 'revocation-fresh15']] },
  // Sixteenth: after the fixes made once fresh 14 and 15 were reopened, by words of recovery or set-off and of not paying or handling.
  { seed: FRESH16_SEED, groups: [[FRESH16_SET_OFF_WORDS, FRESH16_PER_KIND.setOff, 'setoff-fresh16'], [FRESH16_NON_PAYMENT_WORDS, FRESH16_PER_KIND.nonPayment, 'nonpayment-fresh16']] },
  // Seventeenth: after the fixes made once fresh 16 was reopened, by words of stopping or taking away and of withholding or annulling.
  { seed: FRESH17_SEED, groups: [[FRESH17_CESSATION_WORDS, FRESH17_PER_KIND.cessation, 'cessation-fresh17'], [FRESH17_DENIAL_WORDS, FRESH17_PER_KIND.denial, 'denial-fresh17']] },
  // Eighteenth: after the fixes made once fresh 17 was reopened, by words of annulling or striking out and of charging costs or enforcing.
  { seed: FRESH18_SEED, groups: [[FRESH18_ANNULMENT_WORDS, FRESH18_PER_KIND.annulment, 'annulment-fresh18'], [FRESH18_ENFORCEMENT_WORDS, FRESH18_PER_KIND.enforcement, 'enforcement-fresh18']] },
  // Nineteenth: after the fixes made once fresh 18 was reopened, by words of revising or lowering and of not renewing or taking away.
  { seed: FRESH19_SEED, groups: [[FRESH19_REVISION_WORDS, FRESH19_PER_KIND.revision, 'revision-fresh19'], [FRESH19_NON_RENEWAL_WORDS, FRESH19_PER_KIND.nonRenewal, 'nonrenewal-fresh19']] },
  // First random set: at main's rules after round 18, without any word, so it meets the statute book as it comes;
  // drawn beside the nineteenth, so only the sets before that one are excluded.
  { seed: RANDOM1_SEED, groups: [[ANY_TEXT, RANDOM1_PER_KIND, 'random1'], [ANY_TEXT, RANDOM1_MORE_PER_KIND, 'random1']], besidePrevious: true },
  // Twentieth: after the fixes made once fresh 19 was reopened, by words of deducting or cutting back and of ending or
  // taking back; random 1 was still on its own branch.
  { seed: FRESH20_SEED, groups: [[FRESH20_DEDUCTION_WORDS, FRESH20_PER_KIND.deduction, 'deduction-fresh20'], [FRESH20_ENDING_WORDS, FRESH20_PER_KIND.ending, 'ending-fresh20']], unknown: ['random1'] },
  // Twenty-second: after the fixes made once fresh 20 was reopened, by words of closing or dissolving and of raising or attaching; all earlier sets, random 1 included, excluded.
  { seed: FRESH21_SEED, groups: [[FRESH21_CLOSURE_WORDS, FRESH21_PER_KIND.closure, 'closure-fresh21'], [FRESH21_SURCHARGE_WORDS, FRESH21_PER_KIND.surcharge, 'surcharge-fresh21']] },
];

function sample(): Sample {
  const random = seededRandom(SEED);
  const all = regulationPaths();
  const chosen: Array<Omit<SampledRegulation, 'split'>> = [];
  for (const kind of SAMPLE_KINDS) {
    for (const path of draw(all.filter((p) => kindOf(p) === kind), RANDOM_PER_KIND, random)) {
      chosen.push({ path, bwbId: bwbIdOf(path), kind, drawn: 'random' });
    }
  }
  const taken = new Set(chosen.map((c) => c.path));
  const withWord = pathsContaining('onbillijk').filter((p) => (SAMPLE_KINDS as readonly string[]).includes(kindOf(p)) && !taken.has(p));
  for (const path of draw(withWord.sort(), ENRICHED, random)) chosen.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'onbillijk' });
  const regulations: SampledRegulation[] = chosen.map((c) => ({ ...c, split: random() < 0.5 ? 'heldout' : 'dev' }));
  // A second, independent draw for rigid provisions, which the random part holds too few of.
  const random2 = seededRandom(SEED + 3);
  const taken2 = new Set(regulations.map((r) => r.path));
  const recovering = pathsContaining('teruggevorderd').filter((p) => (SAMPLE_KINDS as readonly string[]).includes(kindOf(p)) && !taken2.has(p));
  for (const path of draw(recovering.sort(), RIGID_ENRICHED, random2)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'teruggevorderd', split: random2() < 0.5 ? 'heldout' : 'dev' });
  }
  // Drawn and labelled after the clause rules were frozen: a held-out part nobody had read before.
  const random3 = seededRandom(SEED + 4);
  const taken3 = new Set(regulations.map((r) => r.path));
  const late = withWord.filter((p) => !taken3.has(p));
  for (const path of draw(late.sort(), LATE_HELDOUT, random3)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'onbillijk-late', split: 'heldout' });
  }
  // After the hook and rigid rules were frozen: fresh regulations, every finding judged (precision).
  const random4 = seededRandom(SEED + 5);
  const taken4 = new Set(regulations.map((r) => r.path));
  for (const kind of SAMPLE_KINDS) {
    for (const path of draw(all.filter((p) => kindOf(p) === kind && !taken4.has(p)), LATE_RANDOM_PER_KIND, random4)) {
      regulations.push({ path, bwbId: bwbIdOf(path), kind, drawn: 'random-late', split: 'heldout' });
    }
  }
  // Random regulations hold few powers over persons; these laws and AMvB's with "intrekken" hold more.
  const taken5 = new Set(regulations.map((r) => r.path));
  const withPowers = pathsContaining('intrekken').filter((p) => (kindOf(p) === 'wet' || kindOf(p) === 'AMvB') && !taken5.has(p));
  for (const path of draw(withPowers.sort(), LATE_POWERS, random4)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'intrekken-late', split: 'heldout' });
  }
  // More development material for rigid provisions: laws and AMvB's with "ingetrokken", every finding judged.
  const random6 = seededRandom(SEED + 7);
  const taken6 = new Set(regulations.map((r) => r.path));
  const withRevocation = pathsContaining('ingetrokken').filter((p) => (kindOf(p) === 'wet' || kindOf(p) === 'AMvB') && !taken6.has(p));
  for (const path of draw(withRevocation.sort(), DEV_POWERS, random6)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'ingetrokken-dev', split: 'dev' });
  }
  // Second round: every set above has been read while fixing rules, so a fresh held-out is drawn after the freeze.
  const random8 = seededRandom(SEED + 20);
  const taken8 = new Set(regulations.map((r) => r.path));
  for (const path of draw(withWord.filter((p) => !taken8.has(p)).sort(), FRESH_CLAUSE, random8)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'onbillijk-fresh', split: 'heldout' });
  }
  const taken9 = new Set(regulations.map((r) => r.path));
  const burdened = [...new Set(['teruggevorderd', 'ingetrokken', 'geweigerd', 'boete'].flatMap((w) => pathsContaining(w)))].filter((p) => !taken9.has(p));
  for (const kind of SAMPLE_KINDS) {
    for (const path of draw(burdened.filter((p) => kindOf(p) === kind).sort(), FRESH_BURDEN_PER_KIND, random8)) {
      regulations.push({ path, bwbId: bwbIdOf(path), kind, drawn: 'burden-fresh', split: 'heldout' });
    }
  }
  const random11 = seededRandom(SEED + 22);
  const taken11 = new Set(regulations.map((r) => r.path));
  const ordering = [...new Set(['teruggevorderd', 'weigert', 'trekt'].flatMap((w) => pathsContaining(w)))].filter(
    (p) => (SAMPLE_KINDS as readonly string[]).includes(kindOf(p)) && !taken11.has(p),
  );
  for (const path of draw(ordering.sort(), FRESH_OBLIGATION, random11)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'obligation-fresh', split: 'heldout' });
  }
  // Third round: the first fresh sets were reopened to fix their errors, so a second fresh held-out is drawn after
  // the second freeze, leaving out the corpus laws (shared/corpus) that the rules were first written on.
  const random12 = seededRandom(SEED + 30);
  const corpusIds = new Set(readdirSync(CORPUS_DIR).map((f) => f.replace(/\.json$/, '')));
  const taken12 = new Set(regulations.map((r) => r.path));
  const unseen = (p: string) => !taken12.has(p) && !corpusIds.has(bwbIdOf(p)) && (SAMPLE_KINDS as readonly string[]).includes(kindOf(p));
  for (const path of draw(withWord.filter(unseen).sort(), FRESH2_CLAUSE, random12)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'onbillijk-fresh2', split: 'heldout' });
  }
  const ordering2 = [...new Set(['teruggevorderd', 'weigert', 'trekt', 'vervalt', 'wordt geweigerd'].flatMap((w) => pathsContaining(w)))];
  for (const path of draw(ordering2.filter(unseen).sort(), FRESH2_OBLIGATION, random12)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'obligation-fresh2', split: 'heldout' });
  }
  const taken14 = new Set(regulations.map((r) => r.path));
  for (const path of draw(pathsContaining('teruggevorderd').filter((p) => unseen(p) && !taken14.has(p)).sort(), FRESH2_RECOVERY, random12)) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'recovery-fresh2', split: 'heldout' });
  }
  // Fourth to ninth rounds: each reopened the previous fresh set and drew a new one after its freeze,
  // with the same exclusions and words.
  const laterRound = (
    seedOffset: number,
    round: 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7' | 'fresh8' | 'fresh9',
    sizes: { clause: number; obligation: number; recovery: number },
    recovery: { words: readonly string[]; drawn: SampledRegulation['drawn'] } = { words: ['teruggevorderd'], drawn: `obligation-${round}` as SampledRegulation['drawn'] },
  ) => {
    const random = seededRandom(SEED + seedOffset);
    const before = new Set(regulations.map((r) => r.path));
    const fresh = (p: string) => unseen(p) && !before.has(p);
    const notYet = (p: string) => fresh(p) && !regulations.some((r) => r.path === p);
    for (const path of draw(withWord.filter(fresh).sort(), sizes.clause, random)) {
      regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: `onbillijk-${round}`, split: 'heldout' });
    }
    const obliging = [...new Set(['weigert', 'trekt', 'vervalt', 'wordt geweigerd', 'ingetrokken indien'].flatMap((w) => pathsContaining(w)))].filter(notYet);
    for (const path of draw(obliging.sort(), sizes.obligation, random)) {
      regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: `obligation-${round}`, split: 'heldout' });
    }
    const recovering = [...new Set(recovery.words.flatMap((w) => pathsContaining(w)))].filter(notYet);
    for (const path of draw(recovering.sort(), sizes.recovery, random)) {
      regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: recovery.drawn, split: 'heldout' });
    }
  };
  laterRound(40, 'fresh3', { clause: FRESH3_CLAUSE, obligation: FRESH3_OBLIGATION, recovery: FRESH3_RECOVERY });
  laterRound(50, 'fresh4', LATER_ROUND);
  laterRound(60, 'fresh5', LATER_ROUND);
  laterRound(70, 'fresh6', LATER_ROUND);
  laterRound(80, 'fresh7', LATER_ROUND);
  laterRound(90, 'fresh8', LATER_ROUND);
  laterRound(100, 'fresh9', NINTH_ROUND, { words: NINTH_RECOVERY_WORDS, drawn: 'recovery-fresh9' });
  /**
   * A round drawn per kind by words (or without any), each group after the ones before it (so never one of their regulations), with
   * the same exclusions; per kind so no kind fills the set. `excluded` holds the regulations of the rounds before.
   */
  const perKindRound = (seed: number, groups: readonly DrawnGroup[], excluded: ReadonlySet<string>) => {
    const random = seededRandom(seed);
    const ownFrom = regulations.length;
    for (const [words, perKind, drawn] of groups) {
      const before = new Set([...excluded, ...regulations.slice(ownFrom).map((r) => r.path)]);
      const pool = (words === ANY_TEXT ? all : [...new Set(words.flatMap((w) => pathsContaining(w)))]).filter((p) => unseen(p) && !before.has(p));
      for (const kind of SAMPLE_KINDS) {
        for (const path of draw(pool.filter((p) => kindOf(p) === kind).sort(), perKind, random)) {
          regulations.push({ path, bwbId: bwbIdOf(path), kind, drawn, split: 'heldout' });
        }
      }
    }
  };
  // A round drawn beside the one before it did not know that one's regulations, so it excludes what that one did.
  let excluded: ReadonlySet<string> = new Set();
  for (const { seed, groups, besidePrevious, unknown = [] } of PER_KIND_ROUNDS) {
    if (!besidePrevious) excluded = new Set(regulations.filter((r) => !unknown.includes(r.drawn)).map((r) => r.path));
    perKindRound(seed, groups, excluded);
  }
  // The random sets' pool: the unseen regulations holding a candidate article, none of the sets above (random 3 was
  // drawn beside random 2, on its own branch, so both start from this pool).
  const before = new Set(regulations.map((r) => r.path));
  const withCandidate = [...new Set(RIGID_CANDIDATE_STEMS.flatMap((w) => pathsContaining(w)))]
    .filter((p) => unseen(p) && !before.has(p))
    .sort()
    .map((path) => ({ path, candidates: articlesOf(readRegulation(path)).filter((a) => RIGID_CANDIDATE.test(a.text)).length }))
    .filter((r) => r.candidates > 0);
  // Second random set: uniformly among them, whatever their kind; only regulations of the listing the other draws use.
  const listed = new Set(all);
  const pool2 = withCandidate.filter((r) => listed.has(r.path)).map((r) => r.path);
  for (const path of draw(pool2, RANDOM2_REGULATIONS, seededRandom(RANDOM2_SEED))) {
    regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn: 'random2', split: 'heldout' });
  }
  /** Shuffles `pool` with mulberry32(`seed`) and takes regulations in that order until at least `articles` candidate
   * articles (at most `perRegulation` each) are in; returns how many are in. */
  const drawUntilArticles = (pool: typeof withCandidate, seed: number, articles: number, perRegulation: number, drawn: SampledRegulation['drawn']) => {
    let taken = 0;
    for (const { path, candidates } of draw(pool, pool.length, seededRandom(seed))) {
      if (taken >= articles) break;
      regulations.push({ path, bwbId: bwbIdOf(path), kind: kindOf(path), drawn, split: 'heldout' });
      taken += Math.min(candidates, perRegulation);
    }
    return taken;
  };
  // Third random set: the same pool, one pool over the five kinds, taken in order until about RANDOM3_ARTICLES
  // candidate articles (at most RANDOM3_ARTICLES_PER_REGULATION each) are in.
  const random3Articles = drawUntilArticles(withCandidate, RANDOM3_SEED, RANDOM3_ARTICLES, RANDOM3_ARTICLES_PER_REGULATION, 'random3');
  /** Random 4 onwards: the same pool without any regulation drawn so far (random 2 and 3 included); the pool's size and the articles taken. */
  const drawNextRandom = (seed: number, articles: number, perRegulation: number, drawn: SampledRegulation['drawn']) => {
    const before = new Set(regulations.map((r) => r.path));
    const pool = withCandidate.filter((r) => !before.has(r.path));
    return { pool: pool.length, articles: drawUntilArticles(pool, seed, articles, perRegulation, drawn) };
  };
  const random4Draw = drawNextRandom(RANDOM4_SEED, RANDOM4_ARTICLES, RANDOM4_ARTICLES_PER_REGULATION, 'random4');
  const random5Draw = drawNextRandom(RANDOM5_SEED, RANDOM5_ARTICLES, RANDOM5_ARTICLES_PER_REGULATION, 'random5');
  const random6Draw = drawNextRandom(RANDOM6_SEED, RANDOM6_ARTICLES, RANDOM6_ARTICLES_PER_REGULATION, 'random6');
  const random7Draw = drawNextRandom(RANDOM7_SEED, RANDOM7_ARTICLES, RANDOM7_ARTICLES_PER_REGULATION, 'random7');
  const random8Draw = drawNextRandom(RANDOM8_SEED, RANDOM8_ARTICLES, RANDOM8_ARTICLES_PER_REGULATION, 'random8');
  const random9Draw = drawNextRandom(RANDOM9_SEED, RANDOM9_ARTICLES, RANDOM9_ARTICLES_PER_REGULATION, 'random9');
  const random10Draw = drawNextRandom(RANDOM10_SEED, RANDOM10_ARTICLES, RANDOM10_ARTICLES_PER_REGULATION, 'random10');
  const random11Draw = drawNextRandom(RANDOM11_SEED, RANDOM11_ARTICLES, RANDOM11_ARTICLES_PER_REGULATION, 'random11');
  const random12Draw = drawNextRandom(RANDOM12_SEED, RANDOM12_ARTICLES, RANDOM12_ARTICLES_PER_REGULATION, 'random12');
  const random13Draw = drawNextRandom(RANDOM13_SEED, RANDOM13_ARTICLES, RANDOM13_ARTICLES_PER_REGULATION, 'random13');
  const random14Draw = drawNextRandom(RANDOM14_SEED, RANDOM14_ARTICLES, RANDOM14_ARTICLES_PER_REGULATION, 'random14');
  const random15Draw = drawNextRandom(RANDOM15_SEED, RANDOM15_ARTICLES, RANDOM15_ARTICLES_PER_REGULATION, 'random15');
  const random16Draw = drawNextRandom(RANDOM16_SEED, RANDOM16_ARTICLES, RANDOM16_ARTICLES_PER_REGULATION, 'random16');
  const random17Draw = drawNextRandom(RANDOM17_SEED, RANDOM17_ARTICLES, RANDOM17_ARTICLES_PER_REGULATION, 'random17');
  const random18Draw = drawNextRandom(RANDOM18_SEED, RANDOM18_ARTICLES, RANDOM18_ARTICLES_PER_REGULATION, 'random18');
  const random19Draw = drawNextRandom(RANDOM19_SEED, RANDOM19_ARTICLES, RANDOM19_ARTICLES_PER_REGULATION, 'random19');
  const random20Draw = drawNextRandom(RANDOM20_SEED, RANDOM20_ARTICLES, RANDOM20_ARTICLES_PER_REGULATION, 'random20');
  const random21Draw = drawNextRandom(RANDOM21_SEED, RANDOM21_ARTICLES, RANDOM21_ARTICLES_PER_REGULATION, 'random21');
  const random22Draw = drawNextRandom(RANDOM22_SEED, RANDOM22_ARTICLES, RANDOM22_ARTICLES_PER_REGULATION, 'random22');
  return {
    repo: 'statengeneraal/laws-markdown',
    commit: mirrorCommit(),
    seed: SEED,
    method: `mulberry32(${SEED}): ${RANDOM_PER_KIND} regulations per kind (${SAMPLE_KINDS.join(', ')}) from all, then ${ENRICHED} from those of these kinds whose text contains "onbillijk"; each regulation to held-out with probability 1/2. Then mulberry32(${SEED + 3}): ${RIGID_ENRICHED} more whose text contains "teruggevorderd", each to held-out with probability 1/2. Last, after the clause rules were frozen, mulberry32(${SEED + 4}): ${LATE_HELDOUT} more with "onbillijk", all held-out (drawn "onbillijk-late"). After the hook and rigid rules were frozen, mulberry32(${SEED + 5}): ${LATE_RANDOM_PER_KIND} more per kind, held-out (drawn "random-late"), where every hook and rigid finding was judged; then ${LATE_POWERS} laws and AMvB's containing "intrekken" (drawn "intrekken-late"), judged the same way. For development of the rigid rules, mulberry32(${SEED + 7}): ${DEV_POWERS} laws and AMvB's with "ingetrokken" (drawn "ingetrokken-dev"), every finding judged. Second round, after the rules were frozen at commit ${FREEZE_COMMIT}, mulberry32(${SEED + 20}): ${FRESH_CLAUSE} more with "onbillijk" (drawn "onbillijk-fresh") and ${FRESH_BURDEN_PER_KIND} per kind whose text contains "teruggevorderd", "ingetrokken", "geweigerd" or "boete" (drawn "burden-fresh"); then mulberry32(${SEED + 22}): ${FRESH_OBLIGATION} whose text contains "teruggevorderd", "weigert" or "trekt" (drawn "obligation-fresh"); all held-out, labelled blind before the detectors ran on them. Third round, after the second freeze at commit ${FREEZE2_COMMIT}, mulberry32(${SEED + 30}), leaving out the corpus laws: ${FRESH2_CLAUSE} with "onbillijk" (drawn "onbillijk-fresh2") and ${FRESH2_OBLIGATION} whose text contains "teruggevorderd", "weigert", "trekt", "vervalt" or "wordt geweigerd" (drawn "obligation-fresh2"), then ${FRESH2_RECOVERY} more with "teruggevorderd" (drawn "recovery-fresh2", decided before any measurement on these sets); at most ${FRESH2_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Fourth round, after the third freeze at commit ${FREEZE3_COMMIT}, mulberry32(${SEED + 40}), same exclusions: ${FRESH3_CLAUSE} with "onbillijk" (drawn "onbillijk-fresh3"), ${FRESH3_OBLIGATION} with "weigert", "trekt", "vervalt", "wordt geweigerd" or "ingetrokken indien" and ${FRESH3_RECOVERY} with "teruggevorderd" (both drawn "obligation-fresh3"), at most ${FRESH3_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Fifth round, after the fourth freeze at commit ${FREEZE4_COMMIT}, mulberry32(${SEED + 50}), same exclusions and words: ${LATER_ROUND.clause}, ${LATER_ROUND.obligation} and ${LATER_ROUND.recovery} regulations (drawn "onbillijk-fresh4", "obligation-fresh4"), at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Sixth round, after the fifth freeze at commit ${FREEZE5_COMMIT}, mulberry32(${SEED + 60}), same exclusions and words: ${LATER_ROUND.clause}, ${LATER_ROUND.obligation} and ${LATER_ROUND.recovery} regulations (drawn "onbillijk-fresh5", "obligation-fresh5"), at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Seventh round, after the sixth freeze at commit ${FREEZE6_COMMIT}, mulberry32(${SEED + 70}), same exclusions and words: ${LATER_ROUND.clause}, ${LATER_ROUND.obligation} and ${LATER_ROUND.recovery} regulations (drawn "onbillijk-fresh6", "obligation-fresh6"), at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Eighth round, after the seventh freeze at commit ${FREEZE7_COMMIT}, mulberry32(${SEED + 80}), same exclusions and words: ${LATER_ROUND.clause}, ${LATER_ROUND.obligation} and ${LATER_ROUND.recovery} regulations (drawn "onbillijk-fresh7", "obligation-fresh7"), at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Ninth round, after the eighth freeze at commit ${FREEZE8_COMMIT}, mulberry32(${SEED + 90}), same exclusions and words: ${LATER_ROUND.clause}, ${LATER_ROUND.obligation} and ${LATER_ROUND.recovery} regulations (drawn "onbillijk-fresh8", "obligation-fresh8"), at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Tenth round, after the ninth freeze at commit ${FREEZE9_COMMIT}, mulberry32(${SEED + 100}), same exclusions; no unseen regulation with "onbillijk" or "teruggevorderd" is left, so the draw changed: ${NINTH_ROUND.obligation} with the obligation words as before (drawn "obligation-fresh9"), then ${NINTH_ROUND.recovery} whose text contains ${NINTH_RECOVERY_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "recovery-fresh9"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, labelled blind. Eleventh round (fresh10), drawn beside the tenth at the same freeze (commit ${FREEZE10_COMMIT}) and after it, so none of its regulations, same exclusions, mulberry32(${FRESH10_SEED}): ${FRESH10_PER_KIND} per kind whose text contains "bestuurlijke boete" or "legt … boete" on one line (drawn "sanction-fresh10"), then ${FRESH10_PER_KIND} per kind with "uitgesloten", "gekort" or "verlaagd" (drawn "reduction-fresh10"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen with mulberry32(${FRESH10_SEED + 1}), labelled blind. Twelfth round (fresh11), after the fixes made once fresh9 and fresh10 were measured (commit ${FREEZE11_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH11_SEED}): ${FRESH11_PER_KIND.suspension} per kind whose text contains ${FRESH11_SUSPENSION_WORDS.map((w) => `"${w}"`).join(' or ')} (drawn "suspension-fresh11"), then ${FRESH11_PER_KIND.termination} per kind with ${FRESH11_TERMINATION_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "termination-fresh11"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH11_SEED + 1}), labelled blind. Thirteenth round (fresh12), after the fixes made once fresh11 was measured (commit ${FREEZE12_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH12_SEED}): ${FRESH12_PER_KIND.refusal} per kind whose text contains "wordt afgewezen", "wijst … af" on one line, "geen aanspraak" or "heeft geen recht" (drawn "refusal-fresh12"), then ${FRESH12_PER_KIND.loss} per kind with ${FRESH12_LOSS_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "loss-fresh12"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH12_SEED + 1}), labelled blind. Fourteenth round (fresh13), after the fixes made once fresh12 was measured (commit ${FREEZE13_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH13_SEED}): ${FRESH13_PER_KIND.withholding} per kind whose text contains "wordt opgeschort", "schort … op" on one line, "opschorting" or "ingehouden" (drawn "withholding-fresh13"), then ${FRESH13_PER_KIND.nonGrant} per kind with ${FRESH13_NON_GRANT_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "nongrant-fresh13"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH13_SEED + 1}), labelled blind. Fifteenth round (fresh14), after the precision-first changes of round 14 (commit ${FREEZE14_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH14_SEED}): ${FRESH14_PER_KIND.dismissal} per kind whose text contains ${FRESH14_DISMISSAL_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "dismissal-fresh14"), then ${FRESH14_PER_KIND.recourse} per kind with ${FRESH14_RECOURSE_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "recourse-fresh14"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH14_SEED + 1}), labelled blind. Sixteenth round (fresh15), drawn when a precision policy was frozen (round 15, commit ${FREEZE15_COMMIT} of branch issue-23-round15, measured on it and not adopted; the rules of main, round 14's, were never tuned on it either), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH15_SEED}): ${FRESH15_PER_KIND.repayment} per kind whose text contains ${FRESH15_REPAYMENT_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "repayment-fresh15"), then ${FRESH15_PER_KIND.revocation} per kind with ${FRESH15_REVOCATION_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "revocation-fresh15"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH15_SEED + 1}), labelled blind. Seventeenth round (fresh16), after the fixes made once fresh14 and fresh15 were reopened (commit ${FREEZE16_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH16_SEED}): ${FRESH16_PER_KIND.setOff} per kind whose text contains ${FRESH16_SET_OFF_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "setoff-fresh16"), then ${FRESH16_PER_KIND.nonPayment} per kind with ${FRESH16_NON_PAYMENT_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "nonpayment-fresh16"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH16_SEED + 1}), labelled blind. Eighteenth round (fresh17), after the fixes made once fresh16 was reopened (commit ${FREEZE17_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH17_SEED}): ${FRESH17_PER_KIND.cessation} per kind whose text contains ${FRESH17_CESSATION_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "cessation-fresh17"), then ${FRESH17_PER_KIND.denial} per kind with ${FRESH17_DENIAL_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "denial-fresh17"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH17_SEED + 1}), labelled blind. Nineteenth round (fresh18), after the fixes made once fresh17 was reopened (commit ${FREEZE18_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH18_SEED}): ${FRESH18_PER_KIND.annulment} per kind whose text contains ${FRESH18_ANNULMENT_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "annulment-fresh18"), then ${FRESH18_PER_KIND.enforcement} per kind with ${FRESH18_ENFORCEMENT_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "enforcement-fresh18"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH18_SEED + 1}), labelled blind. Twentieth round (fresh19), after the fixes made once fresh18 was reopened (commit ${FREEZE19_COMMIT}), same exclusions, never one of the earlier sets' regulations, mulberry32(${FRESH19_SEED}): ${FRESH19_PER_KIND.revision} per kind whose text contains ${FRESH19_REVISION_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "revision-fresh19"), then ${FRESH19_PER_KIND.nonRenewal} per kind with ${FRESH19_NON_RENEWAL_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "nonrenewal-fresh19"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH19_SEED + 1}), labelled blind. First random round (random1), drawn beside the twentieth (at the same time, so neither holds the other's regulations among its exclusions; they share none) at main's rules of commit ${RANDOM1_FREEZE_COMMIT} (no rule changed for it), same exclusions, never one of the sets up to fresh18, mulberry32(${RANDOM1_SEED}): ${RANDOM1_PER_KIND} per kind drawn uniformly among all such regulations, without any word (drawn "random1"), then ${RANDOM1_MORE_PER_KIND} more per kind the same way with the same generator (the first ${5 * RANDOM1_PER_KIND} held only 10 candidate articles); at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM1_SEED + 1}), labelled blind. Twenty-first round (fresh20), after the fixes made once fresh19 was reopened (commit ${FREEZE20_COMMIT}), same exclusions, never one of the sets up to fresh19 (random1 was drawn on its own branch at the time; they share none), mulberry32(${FRESH20_SEED}): ${FRESH20_PER_KIND.deduction} per kind whose text contains ${FRESH20_DEDUCTION_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "deduction-fresh20"), then ${FRESH20_PER_KIND.ending} per kind with ${FRESH20_ENDING_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "ending-fresh20"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH20_SEED + 1}), labelled blind. Twenty-second round (fresh21), after the fixes made once fresh20 was reopened (commit ${FREEZE21_COMMIT}), same exclusions, never one of the earlier sets' regulations (random1 included), mulberry32(${FRESH21_SEED}): ${FRESH21_PER_KIND.closure} per kind whose text contains ${FRESH21_CLOSURE_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "closure-fresh21"), then ${FRESH21_PER_KIND.surcharge} per kind with ${FRESH21_SURCHARGE_WORDS.map((w) => `"${w}"`).join(', ')} (drawn "surcharge-fresh21"), words no earlier set selected on; at most ${LATER_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${FRESH21_SEED + 1}), labelled blind. Second random round (random2), after fresh21 at the rules of commit ${RANDOM2_FREEZE_COMMIT} (no rule changed for it), same exclusions, never one of the earlier sets' regulations (fresh21 and random1 included), mulberry32(${RANDOM2_SEED}): ${RANDOM2_REGULATIONS} regulations drawn uniformly, whatever their kind, among all such regulations that hold at least one article found by RIGID_CANDIDATE, without any other word (drawn "random2"); at most ${RANDOM2_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM2_SEED + 1}), labelled blind. Third random round (random3), at main's rules of commit ${RANDOM3_FREEZE_COMMIT} (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random1 included; random2, drawn beside it on its own branch at the same time, could not be excluded), mulberry32(${RANDOM3_SEED}): one pool over the five kinds of the ${withCandidate.length} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM3_ARTICLES} candidate articles were in (drawn "random3"; ${random3Articles} articles); at most ${RANDOM3_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM3_SEED + 1}), labelled blind. Fourth random round (random4), drawn at main's rules of commit ${RANDOM4_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random2 and random3 included), mulberry32(${RANDOM4_SEED}): one pool over the five kinds of the ${random4Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM4_ARTICLES} candidate articles were in (drawn "random4"; ${random4Draw.articles} articles); at most ${RANDOM4_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM4_SEED + 1}), labelled blind. Fifth random round (random5), at main's rules frozen at commit ${RANDOM5_FREEZE_COMMIT} and measured once there (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-4 included), mulberry32(${RANDOM5_SEED}): one pool over the five kinds of the ${random5Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM5_ARTICLES} candidate articles were in (drawn "random5"; ${random5Draw.articles} articles); at most ${RANDOM5_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM5_SEED + 1}), labelled blind. Sixth random round (random6), drawn at main's rules of commit ${RANDOM6_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-5 included), mulberry32(${RANDOM6_SEED}): one pool over the five kinds of the ${random6Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM6_ARTICLES} candidate articles were in (drawn "random6"; ${random6Draw.articles} articles); at most ${RANDOM6_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM6_SEED + 1}), labelled blind. Seventh random round (random7), drawn at main's rules of commit ${RANDOM7_DRAWN_AT} and measured once at the next freeze (no rule changed for it), larger than the earlier ones since about one candidate article in sixteen is a rigid provision, same exclusions, never one of the earlier sets' regulations (random 1-6 included), mulberry32(${RANDOM7_SEED}): one pool over the five kinds of the ${random7Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM7_ARTICLES} candidate articles were in (drawn "random7"; ${random7Draw.articles} articles); at most ${RANDOM7_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM7_SEED + 1}), labelled blind. Eighth random round (random8), drawn at main's rules of commit ${RANDOM8_DRAWN_AT} and measured once at the next freeze (no rule changed for it), larger again so that a freeze is measured on more rigid provisions, same exclusions, never one of the earlier sets' regulations (random 1-7 included), mulberry32(${RANDOM8_SEED}): one pool over the five kinds of the ${random8Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM8_ARTICLES} candidate articles were in (drawn "random8"; ${random8Draw.articles} articles); at most ${RANDOM8_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM8_SEED + 1}), labelled blind. Ninth random round (random9), drawn at main's rules of commit ${RANDOM9_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-8 included), mulberry32(${RANDOM9_SEED}): one pool over the five kinds of the ${random9Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM9_ARTICLES} candidate articles were in (drawn "random9"; ${random9Draw.articles} articles); at most ${RANDOM9_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM9_SEED + 1}), labelled blind. Tenth random round (random10), drawn at main's rules of commit ${RANDOM10_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-9 included), mulberry32(${RANDOM10_SEED}): one pool over the five kinds of the ${random10Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM10_ARTICLES} candidate articles were in (drawn "random10"; ${random10Draw.articles} articles); at most ${RANDOM10_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM10_SEED + 1}), labelled blind. Eleventh random round (random11), drawn at main's rules of commit ${RANDOM11_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-10 included), mulberry32(${RANDOM11_SEED}): one pool over the five kinds of the ${random11Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM11_ARTICLES} candidate articles were in (drawn "random11"; ${random11Draw.articles} articles); at most ${RANDOM11_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM11_SEED + 1}), labelled blind. Twelfth random round (random12), drawn at main's rules of commit ${RANDOM12_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-11 included), mulberry32(${RANDOM12_SEED}): one pool over the five kinds of the ${random12Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM12_ARTICLES} candidate articles were in (drawn "random12"; ${random12Draw.articles} articles); at most ${RANDOM12_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM12_SEED + 1}), labelled blind. Thirteenth random round (random13), drawn at main's rules of commit ${RANDOM13_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-12 included), mulberry32(${RANDOM13_SEED}): one pool over the five kinds of the ${random13Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM13_ARTICLES} candidate articles were in (drawn "random13"; ${random13Draw.articles} articles); at most ${RANDOM13_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM13_SEED + 1}), labelled blind. Fourteenth random round (random14), drawn at main's rules of commit ${RANDOM14_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-13 included), mulberry32(${RANDOM14_SEED}): one pool over the five kinds of the ${random14Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM14_ARTICLES} candidate articles were in (drawn "random14"; ${random14Draw.articles} articles); at most ${RANDOM14_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM14_SEED + 1}), labelled blind. Fifteenth random round (random15), drawn at main's rules of commit ${RANDOM15_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-14 included), mulberry32(${RANDOM15_SEED}): one pool over the five kinds of the ${random15Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM15_ARTICLES} candidate articles were in (drawn "random15"; ${random15Draw.articles} articles); at most ${RANDOM15_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM15_SEED + 1}), labelled blind. Sixteenth random round (random16), drawn at main's rules of commit ${RANDOM16_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-15 included), mulberry32(${RANDOM16_SEED}): one pool over the five kinds of the ${random16Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM16_ARTICLES} candidate articles were in (drawn "random16"; ${random16Draw.articles} articles); at most ${RANDOM16_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM16_SEED + 1}), labelled blind. Seventeenth random round (random17), drawn at main's rules of commit ${RANDOM17_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-16 included), mulberry32(${RANDOM17_SEED}): one pool over the five kinds of the ${random17Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM17_ARTICLES} candidate articles were in (drawn "random17"; ${random17Draw.articles} articles); at most ${RANDOM17_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM17_SEED + 1}), labelled blind. Eighteenth random round (random18), drawn at main's rules of commit ${RANDOM18_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-17 included), mulberry32(${RANDOM18_SEED}): one pool over the five kinds of the ${random18Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM18_ARTICLES} candidate articles were in (drawn "random18"; ${random18Draw.articles} articles); at most ${RANDOM18_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM18_SEED + 1}), labelled blind. Nineteenth random round (random19), drawn at main's rules of commit ${RANDOM19_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-18 included), mulberry32(${RANDOM19_SEED}): one pool over the five kinds of the ${random19Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM19_ARTICLES} candidate articles were in (drawn "random19"; ${random19Draw.articles} articles); at most ${RANDOM19_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM19_SEED + 1}), labelled blind. Twentieth random round (random20), drawn at main's rules of commit ${RANDOM20_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-19 included), mulberry32(${RANDOM20_SEED}): one pool over the five kinds of the ${random20Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM20_ARTICLES} candidate articles were in (drawn "random20"; ${random20Draw.articles} articles); at most ${RANDOM20_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM20_SEED + 1}), labelled blind. Twenty-first random round (random21), drawn at main's rules of commit ${RANDOM21_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-20 included), mulberry32(${RANDOM21_SEED}): one pool over the five kinds of the ${random21Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM21_ARTICLES} candidate articles were in (drawn "random21"; ${random21Draw.articles} articles); at most ${RANDOM21_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM21_SEED + 1}), labelled blind. Twenty-second random round (random22), drawn at main's rules of commit ${RANDOM22_DRAWN_AT} and measured once at the next freeze (no rule changed for it), same exclusions, never one of the earlier sets' regulations (random 1-21 included), mulberry32(${RANDOM22_SEED}): one pool over the five kinds of the ${random22Draw.pool} such regulations with at least one candidate article by RIGID_CANDIDATE (no other word), shuffled and taken in order until at least ${RANDOM22_ARTICLES} candidate articles were in (drawn "random22"; ${random22Draw.articles} articles); at most ${RANDOM22_ARTICLES_PER_REGULATION} candidate articles each, chosen by RIGID_CANDIDATE with mulberry32(${RANDOM22_SEED + 1}), labelled blind.`,
    regulations,
  };
}

function loadSample(): Sample {
  return JSON.parse(readFileSync(new URL('sample.json', DIR), 'utf8')) as Sample;
}

export const CLAUSE_CANDIDATE = /onbillijk|hardheid/i;
/** Spot checks among the non-candidates: deviation powers without the word "onbillijk". */
const SPOT = /buiten toepassing|afwijk|af te wijken|hardheid|dringende reden|bijzondere gevallen/i;
const SPOT_SAMPLE = 40;

const RECOVERY = /teruggevorderd|terugvorder|vordert\b[^.;]{0,80}\bterug/i;

type Task = 'clause' | 'spot' | 'rigid' | 'hooks' | 'hooks-late' | 'rigid-late' | 'rigid-dev2' | 'clause-fresh' | 'rigid-fresh' | 'hooks-fresh' | 'clause-fresh2' | 'rigid-fresh2' | 'hooks-fresh2' | 'clause-fresh3' | 'rigid-fresh3' | 'hooks-fresh3' | 'clause-fresh4' | 'rigid-fresh4' | 'hooks-fresh4' | 'clause-fresh5' | 'rigid-fresh5' | 'hooks-fresh5' | 'clause-fresh6' | 'rigid-fresh6' | 'hooks-fresh6' | 'clause-fresh7' | 'rigid-fresh7' | 'hooks-fresh7' | 'clause-fresh8' | 'rigid-fresh8' | 'hooks-fresh8' | 'clause-fresh9' | 'rigid-fresh9' | 'hooks-fresh9' | 'clause-fresh10' | 'rigid-fresh10' | 'hooks-fresh10' | 'clause-fresh11' | 'rigid-fresh11' | 'hooks-fresh11' | 'clause-fresh12' | 'rigid-fresh12' | 'hooks-fresh12' | 'clause-fresh13' | 'rigid-fresh13' | 'hooks-fresh13' | 'clause-fresh14' | 'rigid-fresh14' | 'hooks-fresh14' | 'clause-fresh15' | 'rigid-fresh15' | 'hooks-fresh15' | 'clause-fresh16' | 'rigid-fresh16' | 'hooks-fresh16' | 'clause-fresh17' | 'rigid-fresh17' | 'hooks-fresh17' | 'clause-fresh18' | 'rigid-fresh18' | 'hooks-fresh18' | 'clause-fresh19' | 'rigid-fresh19' | 'hooks-fresh19' | 'clause-random1' | 'rigid-random1' | 'hooks-random1' | 'clause-fresh20' | 'rigid-fresh20' | 'hooks-fresh20' | 'clause-fresh21' | 'rigid-fresh21' | 'hooks-fresh21' | 'clause-random2' | 'rigid-random2' | 'hooks-random2' | 'clause-random3' | 'rigid-random3' | 'hooks-random3' | 'clause-random4' | 'rigid-random4' | 'hooks-random4' | 'clause-random5' | 'rigid-random5' | 'hooks-random5' | 'clause-random6' | 'rigid-random6' | 'hooks-random6' | 'clause-random7' | 'rigid-random7' | 'hooks-random7' | 'clause-random8' | 'rigid-random8' | 'hooks-random8' | 'clause-random9' | 'rigid-random9' | 'hooks-random9' | 'clause-random10' | 'rigid-random10' | 'hooks-random10' | 'clause-random11' | 'rigid-random11' | 'hooks-random11' | 'clause-random12' | 'rigid-random12' | 'hooks-random12' | 'clause-random13' | 'rigid-random13' | 'hooks-random13' | 'clause-random14' | 'rigid-random14' | 'hooks-random14' | 'clause-random15' | 'rigid-random15' | 'hooks-random15' | 'clause-random16' | 'rigid-random16' | 'hooks-random16' | 'clause-random17' | 'rigid-random17' | 'hooks-random17' | 'clause-random18' | 'rigid-random18' | 'hooks-random18' | 'clause-random19' | 'rigid-random19' | 'hooks-random19' | 'clause-random20' | 'rigid-random20' | 'hooks-random20' | 'clause-random21' | 'rigid-random21' | 'hooks-random21' | 'clause-random22' | 'rigid-random22' | 'hooks-random22';
const TASKS: readonly Task[] = ['clause', 'spot', 'rigid', 'hooks', 'hooks-late', 'rigid-late', 'rigid-dev2', 'clause-fresh', 'rigid-fresh', 'hooks-fresh', 'clause-fresh2', 'rigid-fresh2', 'hooks-fresh2', 'clause-fresh3', 'rigid-fresh3', 'hooks-fresh3', 'clause-fresh4', 'rigid-fresh4', 'hooks-fresh4', 'clause-fresh5', 'rigid-fresh5', 'hooks-fresh5', 'clause-fresh6', 'rigid-fresh6', 'hooks-fresh6', 'clause-fresh7', 'rigid-fresh7', 'hooks-fresh7', 'clause-fresh8', 'rigid-fresh8', 'hooks-fresh8', 'clause-fresh9', 'rigid-fresh9', 'hooks-fresh9', 'clause-fresh10', 'rigid-fresh10', 'hooks-fresh10', 'clause-fresh11', 'rigid-fresh11', 'hooks-fresh11', 'clause-fresh12', 'rigid-fresh12', 'hooks-fresh12', 'clause-fresh13', 'rigid-fresh13', 'hooks-fresh13', 'clause-fresh14', 'rigid-fresh14', 'hooks-fresh14', 'clause-fresh15', 'rigid-fresh15', 'hooks-fresh15', 'clause-fresh16', 'rigid-fresh16', 'hooks-fresh16', 'clause-fresh17', 'rigid-fresh17', 'hooks-fresh17', 'clause-fresh18', 'rigid-fresh18', 'hooks-fresh18', 'clause-fresh19', 'rigid-fresh19', 'hooks-fresh19', 'clause-random1', 'rigid-random1', 'hooks-random1', 'clause-fresh20', 'rigid-fresh20', 'hooks-fresh20', 'clause-fresh21', 'rigid-fresh21', 'hooks-fresh21', 'clause-random2', 'rigid-random2', 'hooks-random2', 'clause-random3', 'rigid-random3', 'hooks-random3', 'clause-random4', 'rigid-random4', 'hooks-random4', 'clause-random5', 'rigid-random5', 'hooks-random5', 'clause-random6', 'rigid-random6', 'hooks-random6', 'clause-random7', 'rigid-random7', 'hooks-random7', 'clause-random8', 'rigid-random8', 'hooks-random8', 'clause-random9', 'rigid-random9', 'hooks-random9', 'clause-random10', 'rigid-random10', 'hooks-random10', 'clause-random11', 'rigid-random11', 'hooks-random11', 'clause-random12', 'rigid-random12', 'hooks-random12', 'clause-random13', 'rigid-random13', 'hooks-random13', 'clause-random14', 'rigid-random14', 'hooks-random14', 'clause-random15', 'rigid-random15', 'hooks-random15', 'clause-random16', 'rigid-random16', 'hooks-random16', 'clause-random17', 'rigid-random17', 'hooks-random17', 'clause-random18', 'rigid-random18', 'hooks-random18', 'clause-random19', 'rigid-random19', 'hooks-random19', 'clause-random20', 'rigid-random20', 'hooks-random20', 'clause-random21', 'rigid-random21', 'hooks-random21', 'clause-random22', 'rigid-random22', 'hooks-random22'];

const key = (reg: SampledRegulation, a: MarkdownArticle) => `${reg.bwbId}#${a.label}`;

function parseLabels(task: Task): Map<string, { value: string; note: string }> {
  const out = new Map<string, { value: string; note: string }>();
  const file = new URL(`labels-${task}.tsv`, DIR);
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // A comment is '#' and a space: a key may start with '#' itself, for an article of a regulation without a BWBR id.
    if (!line.trim() || /^#(\s|$)/.test(line)) continue;
    const [id, value = '', note = ''] = line.split('\t');
    out.set(id!, { value, note });
  }
  return out;
}

function candidatesOf(s: Sample): Record<Task, Array<{ reg: SampledRegulation; article: MarkdownArticle }>> {
  const out = Object.fromEntries(TASKS.map((t) => [t, []])) as unknown as Record<Task, Array<{ reg: SampledRegulation; article: MarkdownArticle }>>;
  const hookPool: Array<{ reg: SampledRegulation; article: MarkdownArticle }> = [];
  const judged = {
    'hooks-late': new Set(parseLabels('hooks-late').keys()),
    'rigid-late': new Set(parseLabels('rigid-late').keys()),
    'rigid-dev2': new Set(parseLabels('rigid-dev2').keys()),
  };
  const spotPool: Array<{ reg: SampledRegulation; article: MarkdownArticle }> = [];
  /** Rigid (and hook) candidates of each fresh held-out set, per regulation. */
  const freshPools = new Map(FRESH_SETS.map(({ set }) => [set, new Map<string, Array<{ reg: SampledRegulation; article: MarkdownArticle }>>()]));
  for (const reg of s.regulations) {
    for (const article of articlesOf(readRegulation(reg.path))) {
      // Precision only: the findings of the rules, each judged by reading the article. Articles judged once stay
      // in the set when later rules no longer fire on them.
      const id = key(reg, article);
      // Fresh held-out: candidates by words only, never by a detector, so the labels are blind.
      const clauseSet = /^onbillijk-(fresh\d*)$/.exec(reg.drawn)?.[1];
      if (clauseSet) {
        if (CLAUSE_CANDIDATE.test(article.text)) out[`clause-${clauseSet}` as Task].push({ reg, article });
        continue;
      }
      const freshSet = FRESH_SETS.find((f) => (f.drawn as readonly string[]).includes(reg.drawn))?.set;
      if (freshSet) {
        const pool = freshPools.get(freshSet)!;
        if (RIGID_CANDIDATE.test(article.text)) (pool.get(reg.path) ?? pool.set(reg.path, []).get(reg.path)!).push({ reg, article });
        continue;
      }
      if (reg.drawn === 'ingetrokken-dev') {
        if (judged['rigid-dev2'].has(id) || analyseArticle({ bwbId: reg.bwbId, label: article.label, text: article.text }).rigid.length > 0) {
          out['rigid-dev2'].push({ reg, article });
        }
        continue;
      }
      if (reg.drawn === 'random-late' || reg.drawn === 'intrekken-late') {
        if (judged['hooks-late'].has(id) || classifyHooks({ bwbId: reg.bwbId, text: article.text }).length > 0) out['hooks-late'].push({ reg, article });
        if (judged['rigid-late'].has(id) || detectRigid(article.text).length > 0) out['rigid-late'].push({ reg, article });
        continue;
      }
      if (CLAUSE_CANDIDATE.test(article.text)) out.clause.push({ reg, article });
      else if (reg.drawn !== 'teruggevorderd' && reg.drawn !== 'onbillijk-late' && SPOT.test(article.text)) spotPool.push({ reg, article });
      if (reg.drawn === 'random' && RIGID_CANDIDATE.test(article.text)) out.rigid.push({ reg, article });
      if (reg.drawn === 'teruggevorderd' && RECOVERY.test(article.text)) out.rigid.push({ reg, article });
      if (reg.drawn === 'random' && (reg.kind === 'wet' || reg.kind === 'AMvB' || reg.kind === 'zbo')) hookPool.push({ reg, article });
    }
  }
  out.hooks = draw(hookPool, HOOK_SAMPLE, seededRandom(SEED + 1));
  // At most a few candidate articles per fresh regulation, so one big law does not make the set; the same
  // articles are labelled for rigid provisions and for hooks. Each set has a generator of its own.
  for (const { set, perRegulation, seed } of FRESH_SETS) {
    const random = seededRandom(SEED + seed);
    const rigid = out[`rigid-${set}`];
    for (const pool of freshPools.get(set)!.values()) rigid.push(...draw(pool, perRegulation, random));
    out[`hooks-${set}`] = rigid;
  }
  out.spot = draw(spotPool, SPOT_SAMPLE, seededRandom(SEED + 2));
  // The 50 drawn from the first run's findings are the judged ones; the draw is kept for a fresh start.
  out['hooks-late'] = judged['hooks-late'].size > 0 ? out['hooks-late'].filter(({ reg, article }) => judged['hooks-late'].has(key(reg, article))) : draw(out['hooks-late'], LATE_HOOK_ARTICLES, seededRandom(SEED + 6));
  return out;
}

const mode = process.argv[2];
if (mode === 'sample') {
  writeFileSync(new URL('sample.json', DIR), `${JSON.stringify(sample(), null, 1)}\n`);
} else if (mode === 'candidates') {
  const task = process.argv[3] as Task;
  for (const { reg, article } of candidatesOf(loadSample())[task]) {
    process.stdout.write(`=== ${key(reg, article)} [${reg.kind} ${reg.split}]\n${article.text.slice(0, 12000)}\n`);
  }
} else if (mode === 'write') {
  const s = loadSample();
  const cands = candidatesOf(s);
  for (const task of TASKS) {
    const labels = parseLabels(task);
    const items = cands[task].flatMap(({ reg, article }) => {
      const l = labels.get(key(reg, article));
      if (!l) return [];
      return [{ split: reg.split, drawn: reg.drawn, kind: reg.kind, path: reg.path, bwbId: reg.bwbId, label: article.label, value: l.value, note: l.note || undefined, text: article.text }];
    });
    const missing = cands[task].length - items.length;
    writeFileSync(
      new URL(`${task}.json`, DIR),
      `${JSON.stringify({ repo: s.repo, commit: s.commit, task, unlabelled: missing, items }, null, 1)}\n`,
    );
    console.log(`${task}: ${items.length} labelled, ${missing} candidates without a label`);
  }
} else {
  console.error(`usage: npx tsx scripts/label-laws.ts sample|candidates <${TASKS.join('|')}>|write`);
  process.exit(2);
}
