// Gzip sizes of every built entrypoint. `--check` fails (exit 1) when the content script exceeds its
// budget, so it cannot creep; `npm test` runs it after the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET = 25 * 1024;
/** The content script's file in the build (registered by hand in wxt.config.ts). */
export const CONTENT_SCRIPT_FILE = 'content-script.js';
const OUTPUT = resolve(import.meta.dirname, '../.output/chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function bundleSizes(dir = OUTPUT): Array<{ file: string; raw: number; gzip: number }> {
  return files(dir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return { file: relative(dir, f), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = bundleSizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('entrypoint file'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10));
  for (const s of sizes) console.log(s.file.padEnd(48), kb(s.raw).padStart(10), kb(s.gzip).padStart(10));
  const content = sizes.find((s) => s.file === CONTENT_SCRIPT_FILE);
  if (!content) {
    console.error(`bundle-sizes: ${CONTENT_SCRIPT_FILE} not found; build first`);
    process.exit(1);
  }
  const verdict = content.gzip <= CONTENT_SCRIPT_BUDGET ? 'within' : 'OVER';
  console.log(`content script: ${kb(content.gzip)} gzip, ${verdict} the budget of ${kb(CONTENT_SCRIPT_BUDGET)}`);
  if (process.argv.includes('--check') && content.gzip > CONTENT_SCRIPT_BUDGET) process.exit(1);
}
