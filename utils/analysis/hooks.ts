// The Awb hooks of one article: the shipped classifier (hook-model.ts) decides which, the hand rules (hook-rules.ts,
// fired per sentence) give the reason where they agree, then the sector law's adjustments remove, limit or add hooks.
// Output matches the contract's AwbHook.
import type { AwbHook } from '../contract';
import {
  AWB_DIVISION_ARTICLE,
  AWB_SWITCHED_OFF,
  AWB_TITELS,
  HOOK_RULES,
  LAW_ADJUSTMENTS,
  MANDATE_GRANT,
  OUTCOME_AS_MATTER,
  MAX_HOOKS_PER_ARTICLE,
  SWITCHED_OFF_REASON,
  CLASSIFIER_REASONS,
  type HookRule,
  type LawAdjustment,
} from './hook-rules';
import { sentencesOf } from './segment';
import { TAX_INSPECTOR_BOETE } from './law-kinds';
import { hookScores, type HookModel } from './hook-model';
import { UNKNOWN_KIND } from './regulation-kind';
import { shippedHookModel } from './shipped-hook-model';
import { verifierFeatures } from './verifier';

function ruleFires(rule: HookRule, sentences: readonly string[], article = sentences.join(' ')): boolean {
  const context = rule.contextExclusions?.article.test(article) ? rule.contextExclusions.sentences : [];
  return sentences.some(
    (s) =>
      rule.triggers.some((t) => t.test(s)) &&
      (!rule.requires || rule.requires.test(s)) &&
      !rule.exclusions.some((x) => x.test(s)) &&
      !context.some((x) => x.test(s)),
  );
}

/** Awb articles the article's own text declares not applicable. */
export function switchedOff(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AWB_SWITCHED_OFF)) {
    const awb = m[1]!.toLowerCase() === 'artikel' ? m[2]! : AWB_DIVISION_ARTICLE[m[2]!];
    if (awb && !out.includes(awb)) out.push(awb);
  }
  return out;
}

/**
 * Beside a boete the four hooks are one set (whether to impose it, blame, height, waiver), which the labels give together
 * in 28 of 29 boete powers (round 37): where the classifier shows all four, the cap leaves room for the fourth.
 */
const BOETE_SET: readonly string[] = ['3:4', '4:94a', '5:41', '5:46'];

/** Does an Awb article such as "4:84" fall under a scope such as "4:84", "4.3", "6" or "*"? */
export function inScope(awb: string, scope: string): boolean {
  if (scope === '*' || scope === awb) return true;
  const [chapter, rest = ''] = awb.split(':');
  if (/^\d+$/.test(scope)) return scope === chapter;
  const titel = AWB_TITELS[scope];
  if (!titel || scope.split('.')[0] !== chapter) return false;
  const nr = Number.parseInt(rest, 10);
  return nr >= titel.from && nr <= titel.to;
}

function applies(adj: LawAdjustment, bwbId: string, text: string): boolean {
  return adj.bwbIds.includes(bwbId) && (!adj.when || adj.when.test(text));
}

export interface HookInput {
  bwbId: string;
  text: string;
  /** The regulation's kind as regulationKind() gives it ("wet", "AMvB", …); unknown where absent. */
  kind?: string;
}

/** What the hand rules read in an article: per Awb article the reason of the first rule that fires for it, and the rules that fired. */
export function handRules(text: string): { reasons: Map<string, string>; fired: Set<string> } {
  // A mandate only names the outcomes it hands over; a sentence that delimits a matter by an outcome imposes none; the
  // inspecteur's verzuimboete is tax-administrative (law-kinds.ts). Per
  // sentence: the power itself may be conferred in another lid ("… is bevoegd tot oplegging van een last onder
  // bestuursdwang. Hij kan hiertoe mandaat verlenen …").
  const sentences = sentencesOf(text)
    .map((s) => s.text)
    .filter((s) => !MANDATE_GRANT.test(s) && !OUTCOME_AS_MATTER.test(s) && !TAX_INSPECTOR_BOETE.test(s));
  const fired = new Set<string>();
  const reasons = new Map<string, string>();
  for (const rule of HOOK_RULES) {
    if (rule.articleExclusions?.some((x) => x.test(text)) || !ruleFires(rule, sentences, text)) continue;
    fired.add(rule.id);
    for (const awb of rule.awb) if (!reasons.has(awb)) reasons.set(awb, rule.reason);
  }
  return { reasons, fired };
}

/**
 * The sector law's adjustments (LAW_ADJUSTMENTS) applied to an article's hooks (Awb article → reason, in rank order):
 * they remove, limit or add, except for what the law itself switches off (`off`), which stays shown. `fired` tells
 * whether a hand rule fired (asked only by an addition that depends on one).
 */
export function withLawAdjustments(hooks: Map<string, string>, { bwbId, text }: Omit<HookInput, 'kind'>, off: readonly string[], fired: (rule: string) => boolean): Map<string, string> {
  for (const adj of LAW_ADJUSTMENTS) {
    if (!applies(adj, bwbId, text)) continue;
    if (adj.effect === 'add') {
      if (!adj.reason || (adj.whenRule && !fired(adj.whenRule))) continue;
      for (const awb of adj.scopes) hooks.set(awb, adj.reason);
      continue;
    }
    for (const awb of [...hooks.keys()]) {
      if (off.includes(awb) || !adj.scopes.some((scope) => inScope(awb, scope))) continue;
      if (adj.effect === 'exclude') hooks.delete(awb);
      else if (adj.reason) hooks.set(awb, adj.reason);
    }
  }
  return hooks;
}

/**
 * The few Awb hooks that matter for one article, ranked, one entry per Awb article, each with its reason. Which hooks:
 * those the shipped classifier scores at least its threshold (hook-model.ts; only the Awb articles it learned), ranked
 * by score, after the Awb articles the law itself switches off; then the sector law's adjustments. The hand rules
 * (HOOK_RULES) no longer decide a hook: where one fires for an Awb article the classifier shows, its reason is the
 * hook's (it read the detail); else the Awb article's CLASSIFIER_REASONS. The rules run only where their answer is
 * asked for: most articles get no hook and meet no adjustment.
 */
export function classifyHooks({ bwbId, text, kind = UNKNOWN_KIND }: HookInput, model: HookModel = shippedHookModel()): AwbHook[] {
  let rules: ReturnType<typeof handRules> | undefined;
  const ruled = () => (rules ??= handRules(text));
  const off = switchedOff(text);
  const shown = hookScores(model, verifierFeatures({ text, kind }))
    .filter((h) => h.score >= model.threshold && !off.includes(h.awb))
    .sort((a, b) => b.score - a.score);
  // Insertion order is the rank: switched off first, then by score; an added hook after them.
  const hooks = new Map<string, string>(off.map((awb) => [awb, SWITCHED_OFF_REASON]));
  for (const { awb } of shown) hooks.set(awb, ruled().reasons.get(awb) ?? CLASSIFIER_REASONS[awb]!);
  withLawAdjustments(hooks, { bwbId, text }, off, (rule) => ruled().fired.has(rule));
  const cap = BOETE_SET.every((awb) => hooks.has(awb)) ? BOETE_SET.length : MAX_HOOKS_PER_ARTICLE;
  return [...hooks].map(([awb, reason]) => ({ awb, reason })).slice(0, cap);
}

/** Money outcomes fall under Titel 4.4, so kwijtschelding (4:94a) can soften them unless the sector law rules it out. */
const MONEY_OUTCOMES: readonly string[] = ['terugvordering', 'boete'];

/** The Awb article that can soften a rigid outcome in this law, or null. */
export function awbEscape(bwbId: string, outcome: string): string | null {
  if (!MONEY_OUTCOMES.includes(outcome)) return null;
  const excluded = LAW_ADJUSTMENTS.some(
    (adj) => adj.effect === 'exclude' && !adj.when && adj.bwbIds.includes(bwbId) && adj.scopes.some((scope) => inScope('4:94a', scope)),
  );
  return excluded ? null : '4:94a';
}
