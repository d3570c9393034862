// Starts Debian's Chromium with the built extension loaded and wetten.overheid.nl mapped to the
// local fixture server. Used by the end-to-end tests, the benchmarks and the demo.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  fixturePort: number;
  /** Reuse a profile to simulate a browser restart. */
  userDataDir?: string;
  headless?: boolean;
  extension?: boolean;
  /** Another build of the extension (the benchmark compares two in one run); default EXTENSION_DIR. */
  extensionDir?: string;
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  extensionId: string | null;
  background: Worker | null;
}

export async function launchChromium(opts: LaunchOptions): Promise<Launched> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'wetsignaal-profile-'));
  const withExtension = opts.extension ?? true;
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const args = [
    ...(opts.headless ?? true ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP wetten.overheid.nl 127.0.0.1:${opts.fixturePort}`,
    ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // headless mode is chosen by --headless=new above, which supports extensions
    args,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  // Playwright waits forever by default; a stuck step should fail fast and say which one.
  context.setDefaultTimeout(30_000);
  if (!withExtension) return { context, userDataDir, extensionId: null, background: null };
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(background.url()).host;
  return { context, userDataDir, extensionId, background };
}

/** Points the extension at an API through its real options page, as a user would. */
export async function configureExtension(
  launched: Launched,
  settings: { apiBaseUrl: string; showAll?: boolean; privateLookups?: boolean; language?: 'nl' | 'en' },
): Promise<void> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
  await page.locator('#api').fill(settings.apiBaseUrl);
  if (settings.language) await page.locator('#language').selectOption(settings.language);
  const check = async (name: RegExp, value: boolean | undefined) => {
    if (value !== undefined) await page.getByRole('checkbox', { name }).setChecked(value);
  };
  await check(/Een knop bij elk artikel|A button at every article/, settings.showAll);
  await check(/Privé opzoeken|Private lookups/, settings.privateLookups);
  await page.getByRole('button', { name: /Opslaan|Save/ }).click();
  await page.getByText(/Opgeslagen|Saved/).waitFor();
  await page.close();
}
