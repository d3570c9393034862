// `npm run -s recognise -- <page.html> --url <page-url> [--config <config.json>]`
// Prints what page recognition finds in a saved page, as JSON on stdout (same module as the extension,
// on linkedom). Exit 2 on a usage error, a missing file, a bad URL or a bad config.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { RecognitionConfig } from '../utils/contract/api';
import { recognisePage } from '../utils/recognition/recognise';

const USAGE = 'usage: npm run -s recognise -- <page.html> --url <page-url> [--config <config.json>]';

function fail(message: string): never {
  process.stderr.write(`recognise: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, config: { type: 'string' } } });
  } catch (e) {
    fail((e as Error).message);
  }
}

function readConfig(path: string): RecognitionConfig {
  if (!existsSync(path)) fail(`no such config file: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`config is not JSON: ${(e as Error).message}`);
  }
  const parsed = RecognitionConfig.safeParse(json);
  if (!parsed.success) fail(`invalid config: ${parsed.error.message}`);
  return parsed.data;
}

function main(): void {
  const args = readArgs();
  const [file, ...rest] = args.positionals;
  if (!file || rest.length > 0) fail('give exactly one page file');
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const url = args.values.url;
  if (!url) fail('--url is required (the address the page was saved from)');
  if (!URL.canParse(url)) fail(`not a URL: ${url}`);

  const config = args.values.config ? readConfig(args.values.config) : undefined;

  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const { page } = recognisePage(document as unknown as Document, url, config);
  process.stdout.write(`${JSON.stringify({ regulation: page.regulation, articles: page.articles, wholeText: page.wholeText, health: page.health }, null, 2)}\n`);
}

main();
