// Issue #23: measures the rules once on "random 23", the post-2017 held-out set (scripts/draw-post2017.ts), against its
// hand labels (test/analysis-labels/labels-{rigid,hooks,clause}-random23.tsv, written by reading before any detector
// ran on the set). Rigid provisions and general clauses per article, Awb hooks per (article, Awb article), each with
// its 95 % Wilson interval and the articles where rules and labels differ.
//   npm run -s eval:post2017
import { readFileSync } from 'node:fs';
import { scoreGeneral, scoreHooks, scoreRigid, type LabelScore, type StatuteLabel } from '../utils/analysis/evaluate-statute';
import { regulationKind } from '../utils/analysis/regulation-kind';
import { wilson, type Score } from '../utils/analysis/evaluate';
import { post2017Items, PostDraw } from './lib/post2017-labels';

const dir = new URL('../test/analysis-labels/', import.meta.url);
const record = PostDraw.parse(JSON.parse(readFileSync(new URL('random23-post2017.json', dir), 'utf8')));
const labels = (task: string) => readFileSync(new URL(`labels-${task}-random23.tsv`, dir), 'utf8');
const kindOf = (r: { soort: string; title: string }) => regulationKind({ kind: r.soort, title: r.title });

function withInterval(s: Score): string {
  const f = (x: number) => x.toFixed(3);
  const interval = (hits: number, n: number) => wilson(hits, n).map(f).join(', ');
  return `precision ${f(s.precision)} (${s.tp}/${s.tp + s.fp}) [${interval(s.tp, s.tp + s.fp)}], recall ${f(s.recall)} (${s.tp}/${s.tp + s.fn}) [${interval(s.tp, s.tp + s.fn)}]`;
}

function report(name: string, items: StatuteLabel[], result: LabelScore | ReturnType<typeof scoreHooks>): void {
  console.log(`\n== ${name}: ${items.length} articles; ${withInterval(result.score)}`);
  if ('withHook' in result) console.log(`   articles with a hook: ${result.withHook} (labelled: ${result.labelledWithHook})`);
  for (const m of result.mistakes) console.log(`   ${m.bwbId} ${m.label}: labelled ${m.expected}, rules ${m.got}`);
}

console.log(`random 23 (post-2017, ${record.source.repository}), drawn at ${record.freeze.slice(0, 7)}, measured at the present rules`);
const rigid = post2017Items(record, 'candidates', labels('rigid'), kindOf);
report('rigid provisions (article has one)', rigid, scoreRigid(rigid));
const hooks = post2017Items(record, 'candidates', labels('hooks'), kindOf);
report('Awb hooks', hooks, scoreHooks(hooks));
const clauses = post2017Items(record, 'clauseCandidates', labels('clause'), kindOf);
report('general hardheidsclausule', clauses, scoreGeneral(clauses));
