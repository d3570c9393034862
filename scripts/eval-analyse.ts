// Precision and recall of the clause detector and the hook rules on test/analysis/devset.json, split
// into the part looked at while writing the rules (dev) and the held-out part; then the same for the
// labels drawn from the whole statute book (test/analysis-labels/); then class counts over the corpus
// as a sanity check. Usage: npm run eval:analyse [-- <corpus dir>]; with `-- --precision` only the precision per
// Awb hook, hook rule and rigid outcome over every labelled set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseRegulation } from '../utils/analysis/analyse';
import { CORPUS_DIR } from './lib/shared-dir';
import { liveArticles, parseCorpus } from '../utils/analysis/corpus';
import { evaluate, wilson, type LabelledArticle, type Score } from '../utils/analysis/evaluate';
import { hookBreakdown, rigidBreakdown, rigidFamilyScores, type Tally } from '../utils/analysis/precision-breakdown';
import { AT_FREEZE, AT_FREEZE_RANDOM, heldOutReliability, pooledScore, SINCE_POLICY } from '../utils/analysis/held-out-record';
import { hookPrecision, parseJudgedHooks, scoreGeneral, scoreHooks, scoreRigid, type LabelScore, type StatuteLabel, type StatuteLabelFile } from '../utils/analysis/evaluate-statute';

const DEVSET = new URL('../test/analysis/devset.json', import.meta.url);
const args = process.argv.slice(2);
const corpusDir = args.find((a) => !a.startsWith('--')) ?? CORPUS_DIR;

const interval = (hits: number, n: number) => {
  const [lo, hi] = wilson(hits, n);
  return `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
};
const fmt = (s: Score) => `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const LABELS = new URL('../test/analysis-labels/', import.meta.url);
const loadLabels = (task: string) => JSON.parse(readFileSync(new URL(`${task}.json`, LABELS), 'utf8')) as StatuteLabelFile;

if (args.includes('--precision')) {
  const sets = (prefix: string) =>
    readdirSync(LABELS)
      .filter((f) => f.startsWith(`${prefix}-`) || f === `${prefix}.json`)
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
  const all = (prefix: string) => sets(prefix).flatMap((t) => loadLabels(t).items);
  const precision = (t: Tally) => `${(t.right / Math.max(1, t.right + t.wrong)).toFixed(3)} ${interval(t.right, t.right + t.wrong)} (${t.right} of ${t.right + t.wrong})`;
  const rows = (m: Map<string, Tally>) => [...m].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong));
  const hookItems = all('hooks');
  const { byAwb, byRule } = hookBreakdown(hookItems);
  console.log(`== precision per Awb hook over ${sets('hooks').length} labelled sets, ${hookItems.length} articles; 95% Wilson intervals`);
  for (const [awb, t] of rows(byAwb)) console.log(`  ${awb.padEnd(8)} ${precision(t)}`);
  console.log('== per hook rule (or law adjustment) and Awb article');
  for (const [rule, t] of rows(byRule)) console.log(`  ${rule.padEnd(40)} ${precision(t)}`);
  const rigidItems = all('rigid');
  console.log(`== precision per rigid outcome over ${sets('rigid').length} labelled sets, ${rigidItems.length} articles: article rigid at all / labelled with that outcome`);
  for (const [outcome, t] of [...rigidBreakdown(rigidItems)].sort((a, b) => b[1].any.right + b[1].any.wrong - (a[1].any.right + a[1].any.wrong))) {
    console.log(`  ${outcome.padEnd(15)} ${precision(t.any)}   same outcome ${precision(t.same)}`);
  }
  process.exit(0);
}

const items = (JSON.parse(readFileSync(DEVSET, 'utf8')) as { items: LabelledArticle[] }).items;
for (const [name, subset] of [
  ['dev', items.filter((i) => i.split === 'dev')],
  ['held-out', items.filter((i) => i.split === 'heldout')],
  ['all', items],
] as const) {
  const e = evaluate(subset);
  console.log(`\n== ${name}: ${e.n} articles`);
  console.log(`general    ${fmt(e.general)}`);
  console.log(`specific   ${fmt(e.specific)}`);
  console.log(`any clause ${fmt(e.anyClause)}`);
  for (const m of e.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: expected ${m.expected}, got ${m.got}`);
  if (e.hookArticles > 0) {
    console.log(`hooks (${e.hookArticles} labelled articles):`);
    for (const [awb, s] of Object.entries(e.hooks)) console.log(`  ${awb.padEnd(6)} ${fmt(s)}`);
  }
}

function printLabelScore(name: string, r: LabelScore): void {
  console.log(`${name.padEnd(34)} n ${String(r.n).padStart(3)}  ${fmt(r.score)}`);
  for (const m of r.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: labelled ${m.expected}, got ${m.got}`);
}

const splits = (items: StatuteLabel[]): Array<[string, StatuteLabel[]]> => [
  ['dev', items.filter((i) => i.split === 'dev')],
  ['held-out', items.filter((i) => i.split === 'heldout')],
  ['  of which drawn after freezing', items.filter((i) => i.drawn === 'onbillijk-late')],
];

const clauses = loadLabels('clause');
const spots = loadLabels('spot');
console.log(`\n== statute book (${clauses.repo} @ ${clauses.commit.slice(0, 10)}): clause "general"`);
for (const [name, subset] of splits([...clauses.items, ...spots.items])) printLabelScore(name, scoreGeneral(subset));

const rigid = loadLabels('rigid');
console.log(`\n== statute book: rigid provisions (article has one)`);
for (const [name, subset] of splits(rigid.items).slice(0, 2)) printLabelScore(name, scoreRigid(subset));

printLabelScore('dev, second draw (precision only)', scoreRigid(loadLabels('rigid-dev2').items));
const rigidLate = loadLabels('rigid-late');
printLabelScore('fresh regulations (precision only)', scoreRigid(rigidLate.items));

const hookLabels = loadLabels('hooks');
console.log(`\n== statute book: Awb hooks (rules written before this sample was read)`);
for (const [name, subset] of [...splits(hookLabels.items).slice(0, 2), ['all', hookLabels.items] as [string, StatuteLabel[]]]) {
  const h = scoreHooks(subset);
  console.log(`${name.padEnd(34)} n ${String(h.n).padStart(3)}  ${fmt(h.score)}  articles with a hook: ${h.withHook} (labelled ${h.labelledWithHook})`);
  for (const m of h.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: labelled ${m.expected}, got ${m.got}`);
}
const hooksLate = scoreHooks(loadLabels('hooks-late').items);
console.log(`${'fresh regulations (precision only)'.padEnd(34)} n ${String(hooksLate.n).padStart(3)}  precision ${hooksLate.score.precision.toFixed(3)} (${hooksLate.score.tp} of ${hooksLate.score.tp + hooksLate.score.fp} hooks right)`);
for (const m of hooksLate.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: labelled ${m.expected}, got ${m.got}`);

/** A rate over nothing (no finding, or nothing labelled) is printed as such, not as 1.000 [0.00, 1.00]. */
const rate = (value: number, hits: number, n: number) => (n === 0 ? 'n/a (none)' : `${value.toFixed(3)} ${interval(hits, n)}`);
const withIntervals = (s: Score) =>
  `P ${rate(s.precision, s.tp, s.tp + s.fp)}  R ${rate(s.recall, s.tp, s.tp + s.fn)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
// Fresh held-out sets: each drawn after a freeze, labelled blind, measured once at that freeze, then reopened to fix
// its errors (so they now read as development); the next measurement needs a new set drawn after the next freeze.
for (const [title, suffix] of [
  ['first fresh set (frozen at 4e56122, since reopened for development)', 'fresh'],
  ['second fresh set (frozen at ba74148, no corpus laws, since reopened for development)', 'fresh2'],
  ['third fresh set (frozen at 118c890, no corpus laws, since reopened for development)', 'fresh3'],
  ['fourth fresh set (frozen at 4e99f07, no corpus laws, since reopened for development)', 'fresh4'],
  ['fifth fresh set (frozen at db6a2d2, no corpus laws, measured once there and since reopened for development)', 'fresh5'],
  ['sixth fresh set (frozen at 63d6040, no corpus laws, measured once there and since reopened for development)', 'fresh6'],
  ['seventh fresh set (frozen at 3f736a9, no corpus laws, measured once there and since reopened for development)', 'fresh7'],
  ['eighth fresh set (frozen at bfe1014, no corpus laws, measured once there and since reopened for development)', 'fresh8'],
  ['ninth fresh set (frozen at b8e2ff6, no corpus laws, half drawn by recovery words no earlier set selected on; measured once there and since reopened for development)', 'fresh9'],
  ['tenth fresh set (frozen at b8e2ff6 beside the ninth, drawn by sanction and reduction words, no corpus laws; measured once there and since reopened for development)', 'fresh10'],
  ['eleventh fresh set (frozen at cdc8e1b, drawn by suspension and termination words, no corpus laws; measured once there and since reopened for development)', 'fresh11'],
  ['twelfth fresh set (frozen at e9d226f, drawn by refusal and loss words, no corpus laws; measured once there and since reopened for development)', 'fresh12'],
  ['thirteenth fresh set (frozen at 53d1a06, drawn by payment suspension, withholding and non-grant words, no corpus laws; measured once there and since reopened for development)', 'fresh13'],
  ['fourteenth fresh set (frozen at 84368f7 after the precision-first changes, drawn by dismissal, expulsion, recourse and deregistration words, no corpus laws; measured once there and since reopened for development)', 'fresh14'],
  ['fifteenth fresh set (drawn after fresh 14 by repayment and revocation words, no corpus laws; measured once with the rules of 84368f7 and since reopened for development)', 'fresh15'],
  ['sixteenth fresh set (frozen at 208a1cb after the fixes made once fresh 14 and 15 were reopened, drawn by recovery, set-off and non-payment words, no corpus laws; measured once there and since reopened for development)', 'fresh16'],
  ['seventeenth fresh set (frozen at f24bedf after the fixes made once fresh 16 was reopened, drawn by stopping, taking-away, withholding and annulling words, no corpus laws; measured once there and since reopened for development)', 'fresh17'],
  ['eighteenth fresh set (frozen at dc02c97 after the fixes made once fresh 17 was reopened, drawn by annulling, striking-out, charging and enforcement words, no corpus laws; measured once there and since reopened for development)', 'fresh18'],
  ['nineteenth fresh set (frozen at 0283d39 after the fixes made once fresh 18 was reopened, drawn by revising, lowering, not-renewing and taking-away words, no corpus laws; measured once there and since reopened for development)', 'fresh19'],
  ['first random set (drawn at main\'s rules of 83cab16 without any word, 10 then 5 more regulations per kind, no corpus laws; measured once there and held out)', 'random1'],
  ['twentieth fresh set (frozen at 9418e79 after the tax-inspector exclusion and the fixes made once fresh 19 was reopened, drawn by deducting, cutting-back, ending and taking-back words, no corpus laws; measured once there and since reopened for development)', 'fresh20'],
  ['twenty-first fresh set (frozen at c0f0240 after tax laws were left out by the regulation and the fixes made once fresh 20 was reopened, drawn by closing, dissolving, raising and attaching words, no corpus laws; measured once there and since reopened for development)', 'fresh21'],
  ['second random set (drawn after fresh 21 at the rules of c0f0240, 30 regulations uniformly among those with a candidate article, no other word, no corpus laws; measured once there and since reopened for development)', 'random2'],
  ['third random set (drawn at main\'s rules of b0c0ada from the regulations with a candidate article, no other word, until 36 candidate articles, at most 2 per regulation, no corpus laws; measured once there and since reopened for development)', 'random3'],
  ['fourth random set (drawn at main\'s rules of fa8eb63 from the regulations with a candidate article, no other word, until 60 candidate articles, at most 2 per regulation, no corpus laws; labelled blind and measured once at 4183035, round 22\'s merge; since reopened for development)', 'random4'],
  ['fifth random set (drawn at main\'s rules frozen at 0e09557 from the regulations with a candidate article, no other word, until 50 candidate articles, at most 2 per regulation, no corpus laws; labelled blind and measured once there; since reopened for development)', 'random5'],
  ['sixth random set (drawn at main\'s rules of 79bf788 from the regulations with a candidate article, no other word, until 50 candidate articles, at most 2 per regulation, no corpus laws; labelled blind and measured once at 583fc85, round 24\'s merge; reopened for development in round 25)', 'random6'],
  ['seventh random set (drawn at main\'s rules of ec61d53 from the regulations with a candidate article, no other word, until 150 candidate articles, at most 2 per regulation, no corpus laws; larger, as rigid provisions are about one candidate article in sixteen; labelled blind and measured once at 583fc85, round 24\'s merge; reopened for development in round 25)', 'random7'],
  ['eighth random set (drawn at main\'s rules of b307252 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; larger again, so that a freeze is measured on more rigid provisions; labelled blind and measured once at 9cf7402, round 25\'s merge; reopened for development in round 26)', 'random8'],
  ['ninth random set (drawn at main\'s rules of 6e5152c from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 8 was; labelled blind and measured once at 210c740, round 26\'s merge; reopened for development in round 27)', 'random9'],
  ['tenth random set (drawn at main\'s rules of 9532ef2 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 9 was; labelled blind and measured once at d121c4a, round 27\'s merge; reopened for development in round 28)', 'random10'],
  ['eleventh random set (drawn at main\'s rules of 9a3bbb6 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 10 was; labelled blind and measured once at 1359a9f, round 28\'s merge; reopened for development in round 29)', 'random11'],
  ['twelfth random set (drawn at main\'s rules of bb403cd from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 11 was; labelled blind and measured once at c6a7ef3, round 29\'s merge; reopened for development in round 30)', 'random12'],
  ['thirteenth random set (drawn at main\'s rules of 297908a from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 12 was; labelled blind and measured once at 7c227d6, round 30\'s merge; reopened for development in round 31)', 'random13'],
  ['fourteenth random set (drawn at main\'s rules of 07a8e51 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 13 was; labelled blind and measured once at d2655ec, round 31\'s merge; reopened for development in round 32)', 'random14'],
  ['fifteenth random set (drawn at main\'s rules of ec8a7b5 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 14 was; labelled blind at 80b58a3 and measured once at f5d3aff, round 32\'s merge; reopened for development in round 33)', 'random15'],
  ['sixteenth random set (drawn at main\'s rules of d2d4c6f from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 15 was; labelled blind at 18a2500 and measured once at 13c0b95, round 33\'s merge; reopened for development in round 34)', 'random16'],
  ['seventeenth random set (drawn at main\'s rules of 594a0a0 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 16 was; labelled blind at ecd1bb1 and measured once at 1ca6050, round 34\'s merge; reopened for development in round 35)', 'random17'],
  ['eighteenth random set (drawn at main\'s rules of 6771a73 from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 17 was; labelled blind at b9b440e and measured once at f6e78a0 with the rules of 6771a73, round 35\'s merge; reopened for development in round 36)', 'random18'],
  ['nineteenth random set (drawn at main\'s rules of b25bb0e from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 18 was; labelled blind at 05e30d5 and measured once at 92d7cd8, round 36\'s merge; reopened for development in round 37)', 'random19'],
  ['twentieth random set (drawn at main\'s rules of b25bb0e from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 19 was; labelled blind at e8bc0c7 and measured once at a848d02, round 37\'s merge; reopened for development in round 38)', 'random20'],
  ['twenty-first random set (drawn at main\'s rules of 5a9942c from the regulations with a candidate article, no other word, until 200 candidate articles, at most 2 per regulation, no corpus laws; drawn as random 20 was; labelled blind at 430e9d3 and measured once at 463094a with round 37\'s rules; reopened for development in round 38)', 'random21'],
  ['twenty-second random set (drawn at main\'s rules of b5937b8 from the regulations with a candidate article, no other word, until 200 candidate articles or the pool\'s end (all 97 regulations, 117 articles), at most 2 per regulation, no corpus laws; drawn as random 21 was; labelled blind at 647a93a and measured once at 175489d with round 38\'s rules)', 'random22'],
] as const) {
  console.log(`\n== ${title}; 95% Wilson intervals`);
  for (const [name, r] of [
    ['clause "general"', scoreGeneral(loadLabels(`clause-${suffix}`).items)],
    ['rigid provisions', scoreRigid(loadLabels(`rigid-${suffix}`).items)],
  ] as const) {
    if (r.n === 0) {
      const why = suffix.startsWith('random') ? 'drawn for rigid provisions and hooks only' : 'no unseen regulation with "onbillijk" was left to draw';
      console.log(`${name.padEnd(34)} n   0  (no candidates: ${why})`);
      continue;
    }
    console.log(`${name.padEnd(34)} n ${String(r.n).padStart(3)}  ${withIntervals(r.score)}`);
    for (const m of r.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: labelled ${m.expected}, got ${m.got}`);
  }
  const hooks = scoreHooks(loadLabels(`hooks-${suffix}`).items);
  console.log(`${'Awb hooks'.padEnd(34)} n ${String(hooks.n).padStart(3)}  ${withIntervals(hooks.score)}  articles with a hook: ${hooks.withHook} (labelled ${hooks.labelledWithHook})`);
  for (const m of hooks.mistakes) console.log(`  miss ${m.bwbId} ${m.label}: labelled ${m.expected}, got ${m.got}`);
}

// Random 6 to 21 pooled with today's rules: all reopened, so development, not an estimate for unseen laws; the line to
// watch when a design choice is weighed (issue #23, rounds 36 to 38), with the trade-off per rigid outcome and Awb hook.
{
  const dev = Array.from({ length: 16 }, (_, i) => `random${i + 6}`);
  const rigidItems = dev.flatMap((s) => loadLabels(`rigid-${s}`).items);
  const hookItems = dev.flatMap((s) => loadLabels(`hooks-${s}`).items);
  const r = scoreRigid(rigidItems).score;
  const h = scoreHooks(hookItems).score;
  console.log(`\n== pooled development, random 6 to 21 (today's rules); 95% Wilson intervals`);
  console.log(`  rigid provisions  ${withIntervals(r)}`);
  for (const [outcome, t] of [...rigidFamilyScores(rigidItems)].sort((a, b) => b[1].found + b[1].labelled - (a[1].found + a[1].labelled))) {
    console.log(`    ${outcome.padEnd(15)} P ${rate(t.right / Math.max(1, t.found), t.right, t.found)} (${t.right} of ${t.found})  R ${rate(t.recalled / Math.max(1, t.labelled), t.recalled, t.labelled)} (${t.recalled} of ${t.labelled})`);
  }
  console.log(`  Awb hooks         ${withIntervals(h)}`);
  for (const [awb, t] of [...hookBreakdown(hookItems).byAwb].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    console.log(`    ${awb.padEnd(15)} P ${rate(t.right / Math.max(1, t.right + t.wrong), t.right, t.right + t.wrong)} (${t.right} of ${t.right + t.wrong})`);
  }
}

const pooledOf = (rows: typeof AT_FREEZE, pick: (r: (typeof AT_FREEZE)[number]) => Score | null): Score => pooledScore(rows.map(pick));
const pooled = (pick: (r: (typeof AT_FREEZE)[number]) => Score | null): Score => pooledOf(AT_FREEZE, pick);
console.log(`\n== measured once at each freeze (recorded), and pooled; 95% Wilson intervals`);
for (const r of AT_FREEZE) {
  console.log(`${r.set} (${r.commit})`);
  console.log(`  clause "general"  ${r.clause ? withIntervals(r.clause) : 'no candidates'}`);
  console.log(`  rigid provisions  ${withIntervals(r.rigid)}`);
  console.log(`  Awb hooks         ${withIntervals(r.hooks)}`);
}
console.log(`pooled, ${AT_FREEZE.length} sets`);
console.log(`  clause "general"  ${withIntervals(pooled((r) => r.clause))}`);
console.log(`  rigid provisions  ${withIntervals(pooled((r) => r.rigid))}`);
console.log(`  Awb hooks         ${withIntervals(pooled((r) => r.hooks))}`);
const latest = AT_FREEZE.filter((r) => ['fresh 12', 'fresh 13', 'fresh 14', 'fresh 15', 'fresh 16', 'fresh 17', 'fresh 18', 'fresh 19', 'fresh 20', 'fresh 21'].includes(r.set));
console.log('pooled, fresh 12 to 21 (the sets measured with rules nobody had tuned on them)');
console.log(`  rigid provisions  ${withIntervals(pooledOf(latest, (r) => r.rigid))}`);
console.log(`  Awb hooks         ${withIntervals(pooledOf(latest, (r) => r.hooks))}`);
for (const r of AT_FREEZE_RANDOM) {
  console.log(`${r.set} (${r.commit}, drawn at random, not pooled)`);
  console.log(`  rigid provisions  ${withIntervals(r.rigid)}`);
  console.log(`  Awb hooks         ${withIntervals(r.hooks)}`);
}
const reliability = heldOutReliability();
console.log(`pooled, ${SINCE_POLICY.join(', ')} (measured with the rules since round 36's policy: what the register and /overzicht quote)`);
console.log(`  rigid provisions  ${withIntervals(reliability.rigid)}`);
console.log(`  Awb hooks         ${withIntervals(reliability.hooks)}`);

try {
  const pw = parseCorpus(readFileSync(join(corpusDir, 'BWBR0015703.json'), 'utf8'));
  const judged = parseJudgedHooks(readFileSync(new URL('labels-hooks-participatiewet.tsv', LABELS), 'utf8'));
  // A wet; the corpus file names no kind, which the hook classifier weighs.
  const p = hookPrecision(pw.bwbId, liveArticles(pw), judged, 'wet');
  console.log(
    `\n== Participatiewet hooks: ${p.withHook} of ${p.articles} articles carry a hook; ${p.hooks} hooks, ${p.correct} right, precision ${p.precision.toFixed(3)}${p.unjudged.length ? `; not judged: ${p.unjudged.join(', ')}` : ''}`,
  );
} catch {
  console.log(`\n(no Participatiewet in ${corpusDir}: skipping its hook precision)`);
}

let files: string[] = [];
try {
  files = readdirSync(corpusDir).filter((f) => /^BWB[A-Z]\d{7}\.json$/.test(f));
} catch {
  console.log(`\n(no corpus at ${corpusDir}: skipping the corpus counts)`);
}
if (files.length > 0) {
  console.log(`\n== corpus ${corpusDir}: articles per class, regulation status`);
  const total = { general: 0, specific: 0, none: 0 };
  const t0 = performance.now();
  for (const f of files.sort()) {
    const file = parseCorpus(readFileSync(join(corpusDir, f), 'utf8'));
    const r = analyseRegulation(file.bwbId, liveArticles(file));
    const g = r.generalLabels.length;
    const s = r.specificLabels.length;
    const none = r.articles.length - g - s;
    total.general += g;
    total.specific += s;
    total.none += none;
    const where = g > 0 ? ` general: ${r.generalLabels.join(', ')}` : '';
    console.log(`${file.bwbId} ${(file.title ?? '').slice(0, 44).padEnd(44)} general ${g}, specific ${String(s).padStart(2)}, none ${String(none).padStart(4)}  ${r.clause.status}${where}`);
  }
  const ms = performance.now() - t0;
  const n = total.general + total.specific + total.none;
  console.log(`total: ${n} articles; general ${total.general}, specific ${total.specific}, none ${total.none} (${ms.toFixed(0)} ms incl. parsing)`);
}
