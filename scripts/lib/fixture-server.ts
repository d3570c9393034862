// Serves the reconstructed fixture pages over local HTTPS, so Chromium (with its host resolver
// mapped) sees them as https://wetten.overheid.nl/… and the manifest's host match stays honest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { withPortalStyles, type PortalStyles } from './portal-styles';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../test/fixtures/pages');

export interface FixturePage {
  file: string;
  url: string;
  bwbId: string | null;
  [key: string]: unknown;
}

export function loadFixtureManifest(dir = FIXTURE_DIR): FixturePage[] {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`no fixtures in ${dir}: run \`npm run fixtures\` first`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { pages: FixturePage[] } | FixturePage[];
  return Array.isArray(manifest) ? manifest : manifest.pages;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-subj', '/CN=wetten.overheid.nl',
    '-addext', 'subjectAltName=DNS:wetten.overheid.nl',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export interface FixtureServer {
  port: number;
  /** Paths requested, in order (to assert what the page itself loaded). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves each manifest page at the path of its url; anything else is a 404 page. With `styles`, each page
 * also links the portal's stylesheets found (portal-styles.ts), served at their portal paths.
 */
export async function startFixtureServer(opts: { port?: number; dir?: string; styles?: PortalStyles } = {}): Promise<FixtureServer> {
  const dir = opts.dir ?? FIXTURE_DIR;
  const byPath = new Map(loadFixtureManifest(dir).map((p) => [decodeURIComponent(new URL(p.url, 'https://wetten.overheid.nl').pathname), p.file]));
  const requests: string[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://wetten.overheid.nl').pathname);
    requests.push(path);
    const asset = opts.styles?.file(path);
    if (asset) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(readFileSync(asset));
      return;
    }
    const file = byPath.get(path) ?? byPath.get(path.replace(/\/$/, ''));
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Niet gevonden</title><h1>Pagina niet gevonden</h1>');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    const page = readFileSync(join(dir, file));
    res.end(opts.styles ? withPortalStyles(page.toString('utf8'), opts.styles) : page);
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
