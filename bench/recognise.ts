// `npm run bench:recognise`: how long page recognition takes in Node (linkedom) and on the main thread of
// real Chromium, on the largest fixture pages, per page and per 1,000 articles. Prints tables; asserts nothing.
// The measured function takes the recogniser as an argument so a browser run (the bundled module in
// Chromium) can reuse it unchanged.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { recognisePage } from '../utils/recognition/recognise';
import { generate, PAGES_DIR, type ManifestPage } from '../test/fixtures/generate';
import { build } from 'esbuild';
import { startFixtureServer } from '../scripts/lib/fixture-server';
import { launchChromium } from '../scripts/lib/chromium';

// The largest reconstructed pages, and the real portal pages (saved byte for byte, ../shared/real-pages).
const PAGES = ['bw7.html', 'wet-ib-2001.html', 'awb.html', 'kieswet.html', 'real-uavg.html', 'real-wabvpz.html'];
const ROUNDS = 7;

export interface Timing {
  articles: number;
  /** Median over the rounds, in milliseconds. */
  medianMs: number;
  minMs: number;
}

/** Runs `recognise` `rounds` times on one document; the median and minimum wall time. */
export function measureRecognition(
  recognise: (doc: Document, url: string) => { page: { articles: unknown[] } },
  doc: Document,
  url: string,
  rounds = ROUNDS,
): Timing {
  const times: number[] = [];
  let articles = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    articles = recognise(doc, url).page.articles.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { articles, medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]! };
}

function fixtures(): { dir: string; pages: ManifestPage[] } {
  if (existsSync(join(PAGES_DIR, 'manifest.json'))) {
    return { dir: PAGES_DIR, pages: (JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8')) as { pages: ManifestPage[] }).pages };
  }
  const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-fixtures-'));
  return { dir, pages: generate(dir) };
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/**
 * The same module bundled into the page's main thread in Chromium (no extension, so nothing else runs):
 * the first call is what a visit costs (cold code), later calls show the warmed-up speed.
 */
async function chromiumTimings(dir: string, pages: ManifestPage[]): Promise<void> {
  const bundle = await build({
    stdin: {
      contents: `import { recognisePage } from './utils/recognition/recognise';
        globalThis.__recognise = () => { const t = performance.now(); const n = recognisePage(document, location.href).onPage.length; return [performance.now() - t, n]; };`,
      resolveDir: join(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const code = bundle.outputFiles[0]!.text;
  const server = await startFixtureServer({ dir });
  const browser = await launchChromium({ fixturePort: server.port, extension: false });
  const rows: string[][] = [['page', 'articles', 'first call ms', 'per 1,000 (first)', 'warm ms (median of 5)', 'per 1,000 (warm)']];
  try {
    for (const file of PAGES) {
      const page = pages.find((p) => p.file === file)!;
      const tab = await browser.context.newPage();
      await tab.goto(page.url);
      await tab.evaluate(code);
      const [first, n] = (await tab.evaluate('__recognise()')) as [number, number];
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push(((await tab.evaluate('__recognise()')) as [number, number])[0]);
      warm.sort((a, b) => a - b);
      const median = warm[2]!;
      rows.push([file, String(n), first.toFixed(1), ((first / n) * 1000).toFixed(1), median.toFixed(1), ((median / n) * 1000).toFixed(1)]);
      await tab.close();
    }
  } finally {
    await browser.context.close();
    await server.close();
  }
  console.log(`\nPage recognition on Chromium's main thread (target ≤ 20 ms per 1,000 articles)\n`);
  printTable(rows);
}

async function main(): Promise<void> {
  const { dir, pages } = fixtures();
  const rows: string[][] = [['page', 'size', 'articles', 'parse ms', 'recognise ms (median)', 'ms per 1,000 articles']];
  for (const file of PAGES) {
    const page = pages.find((p) => p.file === file);
    if (!page) throw new Error(`fixture ${file} missing`);
    const html = readFileSync(join(dir, file), 'utf8');
    const parseStart = performance.now();
    const { document } = parseHTML(html);
    const parseMs = performance.now() - parseStart;
    const t = measureRecognition(recognisePage, document as unknown as Document, page.url);
    rows.push([
      file,
      `${(html.length / 1e6).toFixed(1)} MB`,
      String(t.articles),
      parseMs.toFixed(0),
      t.medianMs.toFixed(1),
      ((t.medianMs / t.articles) * 1000).toFixed(1),
    ]);
  }
  console.log(`Page recognition in Node ${process.version} (linkedom), ${ROUNDS} rounds per page\n`);
  printTable(rows);
  if (!process.argv.includes('--node-only')) await chromiumTimings(dir, pages);
}

if (process.argv[1]?.endsWith('bench/recognise.ts')) await main();
