// The kind the hook classifier weighs, read from the title (regulationKind without metadata, as in the extension) or
// not known at all (a corpus file that names neither), against the statute book's own (the labels' kind), over every
// labelled hook article: how often they differ, how many articles' hooks change, and the undrawn sets' precision. Needs the laws-markdown mirror for the
// titles. Usage: npm run eval:hook-kind
import { classifyHooks } from '../utils/analysis/hooks';
import { scoreHooks, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import { kindFromTitle, UNKNOWN_KIND } from '../utils/analysis/regulation-kind';
import { pooledScore } from '../utils/analysis/held-out-record';
import { allLabelledHookItems } from './lib/hook-training';
import { labelledSet, undrawnSets } from './lib/undrawn';
import { readRegulation, titleOf } from './lib/laws-markdown';

const titleKind = new Map<string, string>();
const derived = (i: StatuteLabel) => {
  if (!titleKind.has(i.path)) titleKind.set(i.path, kindFromTitle(titleOf(readRegulation(i.path))));
  return titleKind.get(i.path)!;
};
const awbs = (i: StatuteLabel, kind: string) => classifyHooks({ bwbId: i.bwbId, text: i.text, kind }).map((h) => h.awb).sort().join(',');

const items = allLabelledHookItems();
let kindDiffers = 0;
let changed = 0;
let changedUnknown = 0;
const confusion = new Map<string, number>();
for (const i of items) {
  const kind = derived(i);
  if (kind !== i.kind) {
    kindDiffers++;
    confusion.set(`${i.kind} → ${kind}`, (confusion.get(`${i.kind} → ${kind}`) ?? 0) + 1);
  }
  if (awbs(i, kind) !== awbs(i, i.kind)) changed++;
  if (awbs(i, UNKNOWN_KIND) !== awbs(i, i.kind)) changedUnknown++;
}
const regulations = new Set(items.map((i) => i.path));
const regulationsDiffer = [...regulations].filter((p) => titleKind.get(p) !== items.find((i) => i.path === p)!.kind).length;
console.log(`${items.length} labelled articles of ${regulations.size} regulations`);
console.log(`kind from the title differs from the statute book's: ${regulationsDiffer} regulations, ${kindDiffers} articles`);
for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(40)} ${n}`);
console.log(`articles whose hooks change with the title's kind: ${changed}; with no kind: ${changedUnknown}`);
const sets = undrawnSets().map((set) => labelledSet(set).hooks);
const withTitleKind = pooledScore(sets.map((hooks) => scoreHooks(hooks.map((i) => ({ ...i, kind: derived(i) }))).score));
const withOwnKind = pooledScore(sets.map((hooks) => scoreHooks(hooks).score));
const withNoKind = pooledScore(sets.map((hooks) => scoreHooks(hooks.map((i) => ({ ...i, kind: UNKNOWN_KIND }))).score));
const fmt = (s: typeof withOwnKind) => `P ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), R ${s.recall.toFixed(3)}`;
console.log(`undrawn 1 and 2 pooled: own kind ${fmt(withOwnKind)}; title's kind ${fmt(withTitleKind)}; no kind ${fmt(withNoKind)}`);
