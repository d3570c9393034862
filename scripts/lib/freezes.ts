// The held-out sets measured once, each at the commit its rules were frozen at, and a way to run today's attribution
// code (precision-breakdown.ts) over each freeze's rules: the findings of rules never tuned on the set they judge
// (issue #23, round 14; reused by the learned verifier's cross-validation, round 39). Needs the git history.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatuteLabel } from '../../utils/analysis/evaluate-statute';

/** Each fresh set and the commit its rules were frozen at (docs/analysis.md, "Measured on each fresh set once"). */
export const FREEZES: ReadonlyArray<readonly [string, string]> = [
  ['fresh', '4e56122'], ['fresh2', 'ba74148'], ['fresh3', '118c890'], ['fresh4', '4e99f07'], ['fresh5', 'db6a2d2'],
  ['fresh6', '63d6040'], ['fresh7', '3f736a9'], ['fresh8', 'bfe1014'], ['fresh9', 'b8e2ff6'], ['fresh10', 'b8e2ff6'],
  ['fresh11', 'cdc8e1b'], ['fresh12', 'e9d226f'], ['fresh13', '53d1a06'], ['fresh14', '84368f7'], ['fresh15', '84368f7'],
  ['fresh16', '208a1cb'], ['fresh17', 'f24bedf'], ['fresh18', 'dc02c97'],
  ['fresh19', '0283d39'],
  // Drawn at random (no outcome words) and measured with main's rules of 83cab16.
  ['random1', '83cab16'],
  ['fresh20', '9418e79'], ['fresh21', 'c0f0240'],
  // Drawn at random among the regulations with a candidate article, after fresh 21, at the round-21 freeze.
  ['random2', 'c0f0240'],
  // Drawn at random among the regulations with a candidate article and measured with main's rules of b0c0ada.
  ['random3', 'b0c0ada'],
  // Drawn among the regulations with a candidate article, labelled before round 22's rules were merged, measured with them.
  ['random4', '4183035'],
  // Drawn among the regulations with a candidate article and measured with main's rules frozen at 0e09557 (after round 23).
  ['random5', '0e09557'],
  // Drawn at main's rules of 79bf788 while round 24 was on its branch, measured with round 24's merge.
  ['random6', '583fc85'],
  // Drawn at main's rules of ec61d53 while round 24 was on its branch, measured with round 24's merge.
  ['random7', '583fc85'],
  // Drawn at main's rules of b307252 while round 25 was on its branch, measured with round 25's merge.
  ['random8', '9cf7402'],
  // Drawn at main's rules of 6e5152c while round 26 was on its branch, measured with round 26's merge.
  ['random9', '210c740'],
  // Drawn at main's rules of 9532ef2 while round 27 was on its branch, measured with round 27's merge.
  ['random10', 'd121c4a'],
  // Drawn at main's rules of 9a3bbb6 while round 28 was on its branch, measured with round 28's merge.
  ['random11', '1359a9f'],
  // Drawn at main's rules of bb403cd while round 29 was on its branch, measured with round 29's merge.
  ['random12', 'c6a7ef3'],
  // Drawn at main's rules of 297908a while round 30 was on its branch, measured with round 30's merge.
  ['random13', '7c227d6'],
  // Drawn at main's rules of 07a8e51 while round 31 was on its branch, measured with round 31's merge.
  ['random14', 'd2655ec'],
  // Drawn at main's rules of ec8a7b5 while round 32 was on its branch, measured with round 32's merge.
  ['random15', 'f5d3aff'],
  // Drawn at main's rules of d2d4c6f while round 33 was on its branch, measured with round 33's merge.
  ['random16', '13c0b95'],
  // Drawn at main's rules of 594a0a0 while round 34 was on its branch, measured with round 34's merge.
  ['random17', '1ca6050'],
  // Drawn at main's rules of 6771a73 (round 35 merged) and measured with those rules.
  ['random18', '6771a73'],
  // Drawn at main's rules of b25bb0e while round 36 was on its branch, measured with round 36's merge.
  ['random19', '92d7cd8'],
  // Drawn beside random 19, measured with round 37's merge.
  ['random20', 'a848d02'],
  // Drawn at main's rules of 5a9942c (round 36) while round 37 was on its branch, measured with round 37's merge.
  ['random21', '463094a'],
  // Drawn at main's rules of b5937b8 (round 37) while round 38 was on its branch, measured with round 38's merge.
  ['random22', '175489d'],
];
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LABELS = join(ROOT, 'test/analysis-labels');

/** The labelled items of one task file, e.g. "rigid-fresh3" or "hooks-random7". */
export const labelItems = (task: string): StatuteLabel[] =>
  (JSON.parse(readFileSync(join(LABELS, `${task}.json`), 'utf8')) as { items: StatuteLabel[] }).items;

type Breakdown = typeof import('../../utils/analysis/precision-breakdown');

/** Calls `visit` for each held-out set with today's precision-breakdown.ts loaded over the rules of the set's freeze. */
export async function forEachFreeze(visit: (set: string, frozen: Breakdown) => void): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'wetsignaal-freeze-'));
  try {
    for (const [set, commit] of FREEZES) {
      const dir = join(tmp, commit);
      mkdirSync(dir, { recursive: true });
      execFileSync('sh', ['-c', `git -C "${ROOT}" archive ${commit} utils | tar -x -C "${dir}"`]);
      // Today's attribution code over the frozen rules.
      copyFileSync(join(ROOT, 'utils/analysis/precision-breakdown.ts'), join(dir, 'utils/analysis/precision-breakdown.ts'));
      visit(set, (await import(join(dir, 'utils/analysis/precision-breakdown.ts'))) as Breakdown);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
