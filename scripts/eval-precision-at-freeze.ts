// Precision per Awb hook and per rigid outcome on each fresh set with the rules of its own freeze, pooled: the
// held-out evidence of which findings are reliable (issue #23, round 14). The rules of each freeze commit are taken
// from git into a temporary directory; the labels are today's (a few were corrected after their measurement, with a
// note). Usage: npm run eval:precision-at-freeze  (needs the git history of the repository)
import type { Tally } from '../utils/analysis/precision-breakdown';
import { FREEZES, forEachFreeze, labelItems } from './lib/freezes';

const add = (m: Map<string, Tally>, key: string, t: Tally) => {
  const x = m.get(key) ?? { right: 0, wrong: 0 };
  x.right += t.right;
  x.wrong += t.wrong;
  m.set(key, x);
};
const byAwb = new Map<string, Tally>();
const byRule = new Map<string, Tally>();
const byOutcome = new Map<string, Tally>();
await forEachFreeze((set, m) => {
  const hooks = m.hookBreakdown(labelItems(`hooks-${set}`));
  for (const [k, t] of hooks.byAwb) add(byAwb, k, t);
  for (const [k, t] of hooks.byRule) add(byRule, k, t);
  for (const [k, t] of m.rigidBreakdown(labelItems(`rigid-${set}`))) add(byOutcome, k, t.any);
});
const show = (title: string, m: Map<string, Tally>) => {
  console.log(title);
  for (const [k, t] of [...m].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    console.log(`  ${k.padEnd(40)} ${(t.right / (t.right + t.wrong)).toFixed(3)} (${t.right} of ${t.right + t.wrong})`);
  }
};
console.log(`== each of ${FREEZES.length} held-out sets (fresh and random) with the rules of its own freeze, pooled`);
show('Awb hooks per article of the Awb:', byAwb);
show('per hook rule:', byRule);
show('rigid outcomes (right: the article was labelled rigid):', byOutcome);
