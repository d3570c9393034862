// Issue #23: "random 23", a held-out set of post-2017 regulations from legalize-dev/legalize-nl (one Markdown
// file per in-force BWB regulation). The 2017 snapshot's highest id is BWBR0037237, so ids from BWBR0037300 up
// are unseen. The repository is too big to fetch, so its files are read one by one with the file index and saved
// under DRAW_DIR; this script gives the order to read them in and turns what was read into the draw record.
// No detector is run here: the set stays unseen by the rules until a person has labelled it.
//   npx tsx scripts/draw-post2017.ts order [n]   the first n candidate ids in draw order (seed 451)
//   npx tsx scripts/draw-post2017.ts record      writes test/analysis-labels/random23-post2017.json
// DRAW_DIR holds <id>.md per file read and tried.tsv: "<id>\tabsent|read|too-large\t<commit>[\t<chars>]" per id
// tried, in order. A file over MAX_CHARS (more than 7 pages of the file index) is not read: it is recorded as too
// large, so the draw leans away from very long regulations (big codifying wetten, long policy texts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { draw, RIGID_CANDIDATE, seededRandom } from './lib/laws-markdown';
import { frontMatterOf, legalizeArticlesOf } from './lib/legalize-nl';

const ORDER_SEED = 451;
const ARTICLE_SEED = 452;
const ID_RANGE = { from: 'BWBR0037300', to: 'BWBR0052000' } as const;
const MAX_REGULATIONS = 40;
const MAX_CANDIDATES = 2;
const MAX_CHARS = 100_000;
const REPOSITORY = 'legalize-dev/legalize-nl';
const DRAW_DIR = process.env.DRAW_DIR ?? '/work/bwb-pool/draw';
const SNAPSHOT_IDS = process.env.SNAPSHOT_IDS ?? '/work/bwb-pool/snapshot_ids.txt';
const OUT = new URL('../test/analysis-labels/random23-post2017.json', import.meta.url);
const CLAUSE_CANDIDATE = /onbillijk/i;

const idNumber = (id: string) => Number(id.slice(4));

/** Every id in the range that the 2017 snapshot lacks, in a seeded random order. */
function candidateOrder(): string[] {
  const seen = new Set(readFileSync(SNAPSHOT_IDS, 'utf8').split('\n').map((l) => l.trim()));
  const ids: string[] = [];
  for (let n = idNumber(ID_RANGE.from); n <= idNumber(ID_RANGE.to); n++) {
    const id = `BWBR${String(n).padStart(7, '0')}`;
    if (!seen.has(id)) ids.push(id);
  }
  return draw(ids, ids.length, seededRandom(ORDER_SEED));
}

function record(): void {
  const order = candidateOrder();
  const rows = readFileSync(`${DRAW_DIR}/tried.tsv`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t') as [string, 'absent' | 'read' | 'too-large', string?, string?]);
  // The ids must have been tried in draw order, none skipped.
  rows.forEach(([id], i) => {
    if (order[i] !== id) throw new Error(`tried.tsv row ${i + 1} is ${id}, the draw order says ${order[i]}`);
  });
  const pickArticles = seededRandom(ARTICLE_SEED);
  const tried: { bwbId: string; status: 'absent' | 'too-large' | 'no-candidate' | 'drawn'; chars?: number }[] = [];
  const regulations = [];
  for (const [bwbId, status, commit, chars] of rows) {
    if (regulations.length >= MAX_REGULATIONS) break;
    if (status === 'absent') {
      tried.push({ bwbId, status });
      continue;
    }
    if (status === 'too-large') {
      tried.push({ bwbId, status, chars: Number(chars) });
      continue;
    }
    const path = `nl/${bwbId}.md`;
    const markdown = readFileSync(`${DRAW_DIR}/${bwbId}.md`, 'utf8');
    const meta = frontMatterOf(markdown);
    if (meta.identifier !== bwbId) throw new Error(`${path}: front-matter says ${meta.identifier}`);
    const articles = legalizeArticlesOf(markdown);
    const candidates = articles.filter((a) => RIGID_CANDIDATE.test(a.text));
    if (candidates.length === 0) {
      tried.push({ bwbId, status: 'no-candidate' });
      continue;
    }
    tried.push({ bwbId, status: 'drawn' });
    regulations.push({
      bwbId,
      title: meta.short_title || meta.title || '',
      soort: meta.soort || meta.rank || '',
      path,
      commit: commit ?? '',
      toestandUri: meta.toestand_uri ?? '',
      articleCount: articles.length,
      // Drawn in order of appearance, so the record reads like the regulation.
      candidates: (candidates.length > MAX_CANDIDATES ? draw(candidates, MAX_CANDIDATES, pickArticles) : candidates).sort(
        (a, b) => articles.indexOf(a) - articles.indexOf(b),
      ),
      clauseCandidates: articles.filter((a) => CLAUSE_CANDIDATE.test(a.text)),
    });
  }
  const out = {
    source: {
      repository: REPOSITORY,
      pathPattern: 'nl/<BWBR id>.md',
      commits: [...new Set(regulations.map((r) => r.commit))],
    },
    seed: { order: ORDER_SEED, articles: ARTICLE_SEED },
    idRange: ID_RANGE,
    maxChars: MAX_CHARS,
    drawnAt: new Date().toISOString().slice(0, 10),
    freeze: execFileSync('git', ['rev-parse', 'main'], { encoding: 'utf8' }).trim(),
    labelled: false,
    tried,
    regulations,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  const count = (s: string) => tried.filter((t) => t.status === s).length;
  console.log(
    `tried ${tried.length}: absent ${count('absent')}, no candidate ${count('no-candidate')}, drawn ${count('drawn')};`,
    `${regulations.reduce((n, r) => n + r.candidates.length, 0)} candidate articles,`,
    `${regulations.reduce((n, r) => n + r.clauseCandidates.length, 0)} clause candidates`,
  );
}

const [command, n] = process.argv.slice(2);
if (command === 'order') console.log(candidateOrder().slice(0, Number(n ?? 100)).join('\n'));
else if (command === 'record' && existsSync(`${DRAW_DIR}/tried.tsv`)) record();
else {
  console.error('usage: npx tsx scripts/draw-post2017.ts order [n] | record');
  process.exit(2);
}
