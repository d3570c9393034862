// The undrawn sets (docs/analysis.md, "Undrawn 1"): one unread candidate article per drawn regulation, labelled blind.
import { readdirSync, readFileSync } from 'node:fs';
import type { StatuteLabel } from '../../utils/analysis/evaluate-statute';
import { parseReaderLabels } from '../../utils/analysis/agreement';

const LABELS = new URL('../../test/analysis-labels/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, LABELS), 'utf8');
const key = (i: { bwbId: string; label: string }) => `${i.bwbId}#${i.label}`;

/** The undrawn sets that have labels, in order ("undrawn1", "undrawn2"). */
export const undrawnSets = (): string[] =>
  readdirSync(LABELS)
    .flatMap((f) => /^labels-(undrawn\d+)\.tsv$/.exec(f)?.slice(1, 2) ?? [])
    .sort();

/** A set's articles with their blind labels, as rigid and as hook items. */
export function labelledSet(set: string): { rigid: StatuteLabel[]; hooks: StatuteLabel[] } {
  const draw = JSON.parse(read(`${set}-draw.json`)) as { items: Array<Omit<StatuteLabel, 'split' | 'drawn' | 'value'>> };
  const labels = parseReaderLabels(read(`labels-${set}.tsv`));
  const labelOf = (i: { bwbId: string; label: string }) => {
    const l = labels.get(key(i));
    if (!l) throw new Error(`${set} ${key(i)}: not labelled`);
    return l;
  };
  const base = draw.items.map((i) => ({ ...i, split: 'heldout' as const, drawn: set }));
  return {
    rigid: base.map((i) => ({ ...i, value: labelOf(i).rigid })),
    hooks: base.map((i) => ({ ...i, value: [...labelOf(i).hooks].join(',') || '-' })),
  };
}
