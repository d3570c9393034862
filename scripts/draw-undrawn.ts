// Issue #23: a held-out set from the one source left. Every regulation with a candidate article has been drawn
// into some set, at most two to four of its candidate articles each; the others were never labelled or read. This
// draws one such unread candidate article from each of a random choice of those regulations (at most one, so that no
// regulation weighs twice), for a test fixed before its labels exist (docs/analysis.md, "undrawn 1").
// Usage: npx tsx scripts/draw-undrawn.ts <set name> <seed> <articles>   (writes test/analysis-labels/<set>-draw.json)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CORPUS_DIR } from './lib/shared-dir';
import { articlesOf, draw, kindOf, mirrorCommit, readRegulation, RIGID_CANDIDATE, seededRandom } from './lib/laws-markdown';

const [set, seedArg, countArg] = process.argv.slice(2);
if (!set || !seedArg || !countArg) {
  console.error('usage: npx tsx scripts/draw-undrawn.ts <set name> <seed> <articles>');
  process.exit(2);
}
const LABELS = new URL('../test/analysis-labels/', import.meta.url);
type Item = { path: string; bwbId: string; label: string };
const labelled = readdirSync(LABELS)
  .filter((f) => /^(rigid|hooks|clause)(-.*)?\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, LABELS), 'utf8')) as { items: Item[] }).items);
const seen = new Set(labelled.map((i) => `${i.bwbId}#${i.label}`));
/** undrawn1, undrawn2, …: a set's place in the order of the draws. */
const drawOrder = (name: string) => Number(/(\d+)$/.exec(name)?.[1] ?? 0);
// An earlier undrawn set's regulations are left to it: one article per regulation over all such sets.
const earlier = new Set(
  readdirSync(LABELS)
    .filter((f) => f.endsWith('-draw.json') && drawOrder(f.replace(/-draw\.json$/, '')) < drawOrder(set))
    .flatMap((f) => (JSON.parse(readFileSync(new URL(f, LABELS), 'utf8')) as { items: Item[] }).items.map((i) => i.path)),
);
const corpus = new Set(readdirSync(CORPUS_DIR).map((f) => f.replace(/\.json$/, '')));
const paths = [...new Set(labelled.map((i) => i.path))].filter((p) => !corpus.has(p.split('/').at(-2) ?? '') && !earlier.has(p)).sort();

const pool = paths.flatMap((path) => {
  const bwbId = path.split('/').at(-2)!;
  const unread = articlesOf(readRegulation(path)).filter((a) => RIGID_CANDIDATE.test(a.text) && !seen.has(`${bwbId}#${a.label}`));
  return unread.length > 0 ? [{ path, bwbId, unread }] : [];
});
const random = seededRandom(Number(seedArg));
const chosen = draw(pool, Number(countArg), random).map(({ path, bwbId, unread }) => {
  const article = draw(unread, 1, random)[0]!;
  return { kind: kindOf(path), path, bwbId, label: article.label, text: article.text };
});
writeFileSync(
  new URL(`${set}-draw.json`, LABELS),
  `${JSON.stringify(
    {
      repo: 'statengeneraal/laws-markdown',
      commit: mirrorCommit(),
      set,
      method: `mulberry32(${seedArg}): ${chosen.length} of the ${pool.length} regulations already drawn into a labelled set (no corpus law) that hold a candidate article (RIGID_CANDIDATE) no set has labelled, none of an earlier undrawn set; one such article of each, drawn with the same generator`,
      items: chosen,
    },
    null,
    1,
  )}\n`,
);
console.log(`${set}: ${chosen.length} articles from a pool of ${pool.length} regulations (${paths.length} drawn regulations read)`);
