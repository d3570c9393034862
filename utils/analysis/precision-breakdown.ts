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

/** Which rule gave a hook's reason, by its reason text. */
function sourceOf(reason: string): string {
  if (reason === SWITCHED_OFF_REASON) return 'switched-off';
  const rule = HOOK_RULES.find((r) => r.reason === reason);
  if (rule) return rule.id;
  const adj = LAW_ADJUSTMENTS.findIndex((a) => a.reason === reason);
  // Since the classifier ships, a hook no rule fired for carries its Awb article's fixed reason; at the freezes before,
  // every reason was a rule's or an adjustment's.
  return adj >= 0 ? `law-adjustment ${LAW_ADJUSTMENTS[adj]!.bwbIds[0]}` : 'classifier';
}

/** The hooks the rules give one article, each with the rule (or law adjustment) that gave it. */
export function hooksWithSource(item: Pick<StatuteLabel, 'bwbId' | 'text'>): Array<{ awb: string; source: string }> {
  return classifyHooks({ bwbId: item.bwbId, text: item.text }).map((h) => ({ awb: h.awb, source: sourceOf(h.reason) }));
}

/** The rigid outcomes the rules find in one article, with the phrase that triggered each. */
export function rigidFound(item: StatuteLabel): Array<{ outcome: string; phrase: string }> {
  return analyseArticle(item).rigid.map((r) => ({ outcome: r.outcome, phrase: r.phrase }));
}

/** Hooks given to labelled articles, right or wrong, per Awb article and per rule. */
export function hookBreakdown(items: readonly StatuteLabel[]): { byAwb: Map<string, Tally>; byRule: Map<string, Tally> } {
  const byAwb = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();
  for (const item of items) {
    const expected = new Set(item.value === '-' ? [] : item.value.split(','));
    for (const h of hooksWithSource(item)) {
      bump(byAwb, h.awb, expected.has(h.awb));
      bump(byRule, `${h.source} → ${h.awb}`, expected.has(h.awb));
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

/** Precision and recall of one rigid outcome family (or of hooks) over pooled sets. */
export interface FamilyScore {
  /** Findings of the family in articles labelled rigid (any outcome) / all its findings. */
  right: number;
  found: number;
  /** Articles labelled with the family that get any rigid finding / all articles labelled with it. */
  recalled: number;
  labelled: number;
}

/**
 * Per rigid outcome, precision (a finding is right when the article is labelled rigid at all, as scoreRigid counts) and
 * recall (an article labelled with that outcome is found when the detector finds any rigid outcome there): the
 * trade-off per family when a family is restricted or dropped (issue #23, round 36).
 */
export function rigidFamilyScores(items: readonly StatuteLabel[]): Map<string, FamilyScore> {
  const out = new Map<string, FamilyScore>();
  const at = (k: string) => out.get(k) ?? out.set(k, { right: 0, found: 0, recalled: 0, labelled: 0 }).get(k)!;
  for (const item of items) {
    const labelled = item.value.startsWith('rigid') ? item.value.replace(/^rigid:?/, '').split(/[,+]/) : [];
    const found = analyseArticle(item).rigid;
    for (const r of found) {
      const t = at(r.outcome);
      t.found++;
      if (labelled.length > 0) t.right++;
    }
    for (const outcome of labelled) {
      const t = at(outcome);
      t.labelled++;
      if (found.length > 0) t.recalled++;
    }
  }
  return out;
}
