// Agreement of a second, independent reader with the labels of random 19 to 22 (issue #23): can the labels the
// rigid and hook rules are measured against be reproduced by someone who labels the same articles blind, by the
// same written conventions? Usage: npm run eval:agreement
import { readFileSync } from 'node:fs';
import { hookAgreement, parseReaderLabels, rigidAgreement, type ReaderLabel } from '../utils/analysis/agreement';
import { wilson } from '../utils/analysis/evaluate';
import type { StatuteLabelFile } from '../utils/analysis/evaluate-statute';

const LABELS = new URL('../test/analysis-labels/', import.meta.url);
const SETS = ['random19', 'random20', 'random21', 'random22'];
const read = (file: string) => readFileSync(new URL(file, LABELS), 'utf8');
const items = (task: string) => (JSON.parse(read(`${task}.json`)) as StatuteLabelFile).items;

const first = new Map<string, ReaderLabel>();
for (const set of SETS) {
  const hooks = new Map(items(`hooks-${set}`).map((i) => [`${i.bwbId}#${i.label}`, i.value]));
  for (const i of items(`rigid-${set}`)) {
    const key = `${i.bwbId}#${i.label}`;
    const h = hooks.get(key) ?? '-';
    first.set(key, { rigid: i.value, hooks: new Set(h === '-' ? [] : h.split(',')) });
  }
}
const second = parseReaderLabels(read('second-reader-random19-22.tsv'));
const rigid = rigidAgreement(first, second);
const interval = (hits: number, n: number) => wilson(hits, n).map((x) => x.toFixed(2)).join(', ');
console.log(`== a second reader, blind, on ${second.size} articles of random 19 to 22 (every article the first reader called rigid, and a random share of the others)`);
console.log(`rigid: both ${rigid.both}, first only ${rigid.firstOnly}, second only ${rigid.secondOnly}, neither ${rigid.neither}; same outcome ${rigid.sameOutcome} of ${rigid.both}`);
console.log(`  positive agreement ${rigid.positive.toFixed(3)}; kappa on this sample ${rigid.kappa.toFixed(3)}`);
console.log(`  the second reader confirms ${rigid.both} of the first's ${rigid.both + rigid.firstOnly} rigid labels [${interval(rigid.both, rigid.both + rigid.firstOnly)}]`);
const hooks = hookAgreement(first, second);
console.log(`hooks: both ${hooks.both}, first only ${hooks.firstOnly}, second only ${hooks.secondOnly}; positive agreement ${hooks.positive.toFixed(3)}`);
const without = hookAgreement(first, second, new Set(['4:84']));
console.log(`  without 4:84 (read differently, see docs/analysis.md): both ${without.both}, first only ${without.firstOnly}, second only ${without.secondOnly}; positive agreement ${without.positive.toFixed(3)}`);
