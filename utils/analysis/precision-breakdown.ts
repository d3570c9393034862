// Precision per Awb hook and hook rule, and per rigid outcome, over the hand-labelled sets of
// test/analysis-labels/ (issue #23, "precision first"): which findings are reliable enough to show.
// A hook is attributed to the rule (or law adjustment) whose reason it carries; a rigid outcome counts as right
// when the article was labelled rigid at all ("any") and when labelled with that outcome ("same").
import { classifyHooks } from './hooks';
import { HOOK_RULES, LAW_ADJUSTMENTS, SWITCHED_OFF_REASON } from './hook-rules';
import { analyseArticle } from './analyse';
import type { StatuteLabel } from './evaluate-statute';

export interface Tally {
  right: number;
  wrong: number;
}

const bump = (m: Map<string, Tally>, key: string, right: boolean) => {
  const t = m.get(key) ?? { right: 0, wrong: 0 };
  if (right) t.right++;
  else t.wrong++;
  m.set(key, t);
};

/** Which rule gave a hook, by its reason text. */
function sourceOf(reason: string): string {
  if (reason === SWITCHED_OFF_REASON) return 'switched-off';
  const rule = HOOK_RULES.find((r) => r.reason === reason);
  if (rule) return rule.id;
  const adj = LAW_ADJUSTMENTS.findIndex((a) => a.reason === reason);
  return adj >= 0 ? `law-adjustment ${LAW_ADJUSTMENTS[adj]!.bwbIds[0]}` : 'other';
}

/** Hooks given to labelled articles, right or wrong, per Awb article and per rule. */
export function hookBreakdown(items: readonly StatuteLabel[]): { byAwb: Map<string, Tally>; byRule: Map<string, Tally> } {
  const byAwb = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();
  for (const item of items) {
    const expected = new Set(item.value === '-' ? [] : item.value.split(','));
    for (const h of classifyHooks({ bwbId: item.bwbId, text: item.text })) {
      bump(byAwb, h.awb, expected.has(h.awb));
      bump(byRule, `${sourceOf(h.reason)} → ${h.awb}`, expected.has(h.awb));
    }
  }
  return { byAwb, byRule };
}

/** Rigid outcomes found in labelled articles: right when the article is rigid, and when labelled with that outcome. */
export function rigidBreakdown(items: readonly StatuteLabel[]): Map<string, { any: Tally; same: Tally }> {
  const out = new Map<string, { any: Tally; same: Tally }>();
  for (const item of items) {
    const labelled = item.value.startsWith('rigid') ? item.value.replace(/^rigid:?/, '').split(/[,+]/) : [];
    for (const r of analyseArticle(item).rigid) {
      const t = out.get(r.outcome) ?? { any: { right: 0, wrong: 0 }, same: { right: 0, wrong: 0 } };
      labelled.length > 0 ? t.any.right++ : t.any.wrong++;
      labelled.includes(r.outcome) ? t.same.right++ : t.same.wrong++;
      out.set(r.outcome, t);
    }
  }
  return out;
}
