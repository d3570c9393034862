// Applies the hook rules (hook-rules.ts) to one article: rules fire per sentence, then the sector law's
// adjustments remove, limit or add hooks. Output matches the contract's AwbHook.
import type { AwbHook } from '../contract';
import {
  AWB_DIVISION_ARTICLE,
  AWB_SWITCHED_OFF,
  AWB_TITELS,
  BOETE_POWER,
  DEBT_BEYOND_FINE,
  HOOK_RULES,
  LAW_ADJUSTMENTS,
  MANDATE_GRANT,
  OUTCOME_AS_MATTER,
  MAX_HOOKS_PER_ARTICLE,
  SWITCHED_OFF_REASON,
  type HookRule,
  type LawAdjustment,
} from './hook-rules';
import { sentencesOf } from './segment';
import { TAX_INSPECTOR_BOETE } from './law-kinds';

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
function switchedOff(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AWB_SWITCHED_OFF)) {
    const awb = m[1]!.toLowerCase() === 'artikel' ? m[2]! : AWB_DIVISION_ARTICLE[m[2]!];
    if (awb && !out.includes(awb)) out.push(awb);
  }
  return out;
}

const EVENREDIGHEID = HOOK_RULES.find((r) => r.id === 'evenredigheid')!;

/**
 * The organ may choose to impose a boete ("Onze Minister kan een overtreder een bestuurlijke boete opleggen") and the
 * boete is the only debt in the article: whether to impose it at all (3:4 lid 2), the blame (5:41) and the height (5:46)
 * are what the drafter weighs there; waiving the debt once imposed (4:94a) holds for every boete, so it is the hook
 * that yields to the cap. Where the article also recovers or collects money, 4:94a keeps its rank.
 */
function boetePowerOnly(sentences: readonly string[]): boolean {
  return (
    sentences.some((s) => BOETE_POWER.test(s) && ruleFires(EVENREDIGHEID, [s])) &&
    !sentences.some((s) => DEBT_BEYOND_FINE.some((debt) => debt.test(s)))
  );
}

/**
 * Beside a boete power the four hooks are one set (whether, blame, height, waiver), which the labels give together in 28 of
 * 29 such articles: the cap then leaves room for 4:94a, ranked last (round 37).
 */
const BOETE_POWER_HOOKS = MAX_HOOKS_PER_ARTICLE + 1;

/** Rank of an Awb article: switched-off first, then the order of HOOK_RULES (4:94a last beside a boete power). */
function rankOf(awb: string, off: readonly string[], demoted: string | null): number {
  if (off.includes(awb)) return -1;
  if (awb === demoted) return HOOK_RULES.length;
  const i = HOOK_RULES.findIndex((r) => r.awb.includes(awb));
  return i < 0 ? HOOK_RULES.length : i;
}

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
}

/** The few Awb hooks that matter for one article, ranked, one entry per Awb article, each with its reason. */
export function classifyHooks({ bwbId, text }: HookInput): AwbHook[] {
  // A mandate only names the outcomes it hands over; a sentence that delimits a matter by an outcome imposes none; the
  // inspecteur's verzuimboete is tax-administrative (law-kinds.ts). Per
  // sentence: the power itself may be conferred in another lid ("… is bevoegd tot oplegging van een last onder
  // bestuursdwang. Hij kan hiertoe mandaat verlenen …").
  const sentences = sentencesOf(text)
    .map((s) => s.text)
    .filter((s) => !MANDATE_GRANT.test(s) && !OUTCOME_AS_MATTER.test(s) && !TAX_INSPECTOR_BOETE.test(s));
  const fired = new Set<string>();
  const hooks = new Map<string, string>();
  const replaced = new Set<string>();
  const off = switchedOff(text);
  for (const awb of off) hooks.set(awb, SWITCHED_OFF_REASON);
  for (const rule of HOOK_RULES) {
    if (rule.articleExclusions?.some((x) => x.test(text)) || !ruleFires(rule, sentences, text)) continue;
    fired.add(rule.id);
    for (const awb of rule.awb) if (!hooks.has(awb)) hooks.set(awb, rule.reason);
    for (const awb of rule.replaces ?? []) replaced.add(awb);
  }
  for (const awb of replaced) hooks.delete(awb);
  for (const adj of LAW_ADJUSTMENTS) {
    if (!applies(adj, bwbId, text)) continue;
    if (adj.effect === 'add') {
      if (!adj.reason || (adj.whenRule && !fired.has(adj.whenRule))) continue;
      for (const awb of adj.scopes) hooks.set(awb, adj.reason);
      continue;
    }
    for (const awb of [...hooks.keys()]) {
      if (off.includes(awb) || !adj.scopes.some((scope) => inScope(awb, scope))) continue;
      if (adj.effect === 'exclude') hooks.delete(awb);
      else if (adj.reason) hooks.set(awb, adj.reason);
    }
  }
  const demoted = boetePowerOnly(sentences) ? '4:94a' : null;
  return [...hooks]
    .map(([awb, reason]) => ({ awb, reason }))
    .sort((a, b) => rankOf(a.awb, off, demoted) - rankOf(b.awb, off, demoted))
    .slice(0, demoted ? BOETE_POWER_HOOKS : MAX_HOOKS_PER_ARTICLE);
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
