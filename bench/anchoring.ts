// Prints how long re-anchoring takes inside one 10,000-character article (real Awb text), for exact,
// fuzzy and lost quotes of several lengths. Run: npx tsx bench/anchoring.ts
import { readFileSync } from 'node:fs';
import { quoteFromSelection } from '../utils/anchoring/quote';
import { reanchorQuote } from '../utils/anchoring/reanchor';
import { CORPUS_DIR } from '../scripts/lib/shared-dir';

const ARTICLE_LENGTH = 10_000;
const ROUNDS = 200;

const awb = JSON.parse(readFileSync(`${CORPUS_DIR}/BWBR0005537.json`, 'utf8')) as { articles: { text: string }[] };
const article = awb.articles
  .map((a) => a.text)
  .join('\n')
  .slice(0, ARTICLE_LENGTH);

/** Changes one character in twelve, spread out, so the quote is still recognisable. */
function amend(text: string): string {
  return [...text].map((char, i) => (i % 12 === 5 ? '#' : char)).join('');
}

/** First position from the middle on where a quote of `length` occurs only once (the Awb repeats itself). */
function uniqueQuoteStart(length: number): number {
  for (let start = Math.floor((article.length - length) / 2); start + length <= article.length; start++) {
    const slice = article.slice(start, start + length);
    if (article.indexOf(slice) === article.lastIndexOf(slice)) return start;
  }
  throw new Error(`no unique quote of ${length} characters`);
}

function measure(label: string, run: () => unknown): void {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p95 = times[Math.floor(times.length * 0.95)] ?? Number.NaN;
  console.log(`${label.padEnd(44)} mean ${mean.toFixed(3)} ms   p95 ${p95.toFixed(3)} ms   max ${times.at(-1)!.toFixed(3)} ms`);
}

console.log(`article: ${article.length} characters, ${ROUNDS} rounds each`);
for (const length of [40, 200, 1000, 2000]) {
  const start = uniqueQuoteStart(length);
  const quote = quoteFromSelection(article, start, start + length);
  const amended = article.slice(0, start) + amend(article.slice(start, start + length)) + article.slice(start + length);
  const withoutQuote = article.slice(0, start) + article.slice(start + length);
  const results = [reanchorQuote(quote, article), reanchorQuote(quote, amended), reanchorQuote(quote, withoutQuote)];
  console.log(`quote of ${length}: ${results.map((r) => `${r.match} (${r.score.toFixed(2)})`).join(', ')}`);
  measure(`  quoteFromSelection`, () => quoteFromSelection(article, start, start + length));
  measure(`  reanchor exact`, () => reanchorQuote(quote, article));
  measure(`  reanchor fuzzy (1 in 12 changed)`, () => reanchorQuote(quote, amended));
  measure(`  reanchor lost (quote deleted)`, () => reanchorQuote(quote, withoutQuote));
}
