// `npm start`: the API on its embedded database (seeded), the built extension, and Chromium opened
// on a local copy of a wetten.overheid.nl page. Without a display it prints how to load it by hand.
// Environment (all optional): PORT (8787), DATA_DIR (./data), ADMIN_TOKEN (generated and printed when unset),
// FIXTURE_PORT (8443), DISPLAY and CI (no display or CI = print the Chromium command instead of opening it).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../server/start';
import { publicPaths } from '../utils/contract/public-pages';
import { startFixtureServer, FIXTURE_DIR } from './lib/fixture-server';
import { launchChromium, configureExtension, EXTENSION_DIR, CHROMIUM } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

async function main() {
  if (!existsSync(resolve(FIXTURE_DIR, 'manifest.json'))) run('npx', ['tsx', 'test/fixtures/generate.ts']);
  console.log('Building the extension…');
  run('npx', ['wxt', 'build']);

  const port = Number(process.env.PORT ?? 8787);
  // Moderation needs a token; without one the demo would have no safe way to moderate (the CLI refuses to
  // open the directory the running server holds).
  const adminToken = process.env.ADMIN_TOKEN || randomBytes(24).toString('base64url');
  if (adminToken.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters');
  const api = await startServer({ port, dataDir: process.env.DATA_DIR || resolve(root, 'data'), adminToken, log: false });
  const fixtures = await startFixtureServer({ port: Number(process.env.FIXTURE_PORT ?? 8443) });
  const page = 'https://wetten.overheid.nl/BWBR0015703/2026-01-01/0';
  console.log(`\nSignals API:      ${api.url}  (try ${api.url}/v1/regulations/BWBR0015703)`);
  console.log(`Fixture pages:    https://127.0.0.1:${fixtures.port}/ (reconstructions of wetten.overheid.nl pages)`);
  console.log(`Built extension:  ${EXTENSION_DIR}`);
  console.log(`Moderation desk:  ${api.url}${publicPaths.desk}`);
  console.log(
    process.env.ADMIN_TOKEN
      ? 'Admin token:      from ADMIN_TOKEN'
      : `Admin token:      ${adminToken}  (generated for this run; set ADMIN_TOKEN to choose one)`,
  );
  console.log(`Moderate from a terminal: ADMIN_TOKEN=${process.env.ADMIN_TOKEN ? '$ADMIN_TOKEN' : adminToken} npm run moderate -- list`);

  const shutdown = async () => {
    await fixtures.close();
    await api.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  // Chromium refuses to start as root without --no-sandbox.
  const asRoot = process.getuid?.() === 0;
  if (!process.env.DISPLAY || process.env.CI) {
    console.log(`
No display found, so no browser window is opened. To see the demo on a machine with a display:
  1. Start Chromium with the extension and the local copy of the portal:
     ${CHROMIUM}${asRoot ? ' --no-sandbox' : ''} --user-data-dir=$(mktemp -d) --ignore-certificate-errors \\
       --host-resolver-rules="MAP wetten.overheid.nl 127.0.0.1:${fixtures.port}" \\
       --load-extension=${EXTENSION_DIR} ${page}
  2. Or load it in your own Chrome: chrome://extensions → Developer mode → "Load unpacked" → ${EXTENSION_DIR}
     (Firefox: \`npm run build:firefox\`, then about:debugging → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json)
The API keeps running until you press Ctrl+C.`);
    return;
  }
  const browser = await launchChromium({ fixturePort: fixtures.port, headless: false });
  await configureExtension(browser, { apiBaseUrl: api.url });
  const tab = await browser.context.newPage();
  await tab.goto(page);
  console.log(`\nChromium is open on ${page}. Close the window or press Ctrl+C to stop.`);
  browser.context.on('close', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
