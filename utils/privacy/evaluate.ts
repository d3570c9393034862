// Precision and recall of the detectors per kind on a labelled corpus (test/unit/privacy/labelled-corpus.json):
// each text is labelled with the kinds it contains (none for law-like text that must pass).
import { findPersonalData, PERSONAL_DATA_KINDS } from './detect';
import { findReviewFlags, REVIEW_FLAG_KINDS } from './names';

export const ALL_KINDS = [...PERSONAL_DATA_KINDS, ...REVIEW_FLAG_KINDS] as const;
export type AnyKind = (typeof ALL_KINDS)[number];
export type LabelledText = { text: string; kinds: string[] };
export type KindScore = { kind: AnyKind; truePositives: number; falsePositives: number; falseNegatives: number; precision: number; recall: number };

/** Every kind either detector finds in `text`. */
export function detectedKinds(text: string): Set<AnyKind> {
  return new Set<AnyKind>([...findPersonalData(text).map((f) => f.kind), ...findReviewFlags(text).map((f) => f.kind)]);
}

export function scoreByKind(items: readonly LabelledText[]): { scores: KindScore[]; missed: string[]; falseAlarms: string[] } {
  const counts = new Map(ALL_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]));
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of items) {
    const found = detectedKinds(item.text);
    for (const kind of ALL_KINDS) {
      const count = counts.get(kind)!;
      const labelled = item.kinds.includes(kind);
      if (labelled && found.has(kind)) count.tp++;
      else if (labelled) {
        count.fn++;
        missed.push(`${kind}: ${item.text}`);
      } else if (found.has(kind)) {
        count.fp++;
        falseAlarms.push(`${kind}: ${item.text}`);
      }
    }
  }
  const scores = ALL_KINDS.map((kind) => {
    const { tp, fp, fn } = counts.get(kind)!;
    return { kind, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  });
  return { scores, missed, falseAlarms };
}
