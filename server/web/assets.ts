// The stylesheets the pages use, served by the server itself (the CSP allows only 'self'): the NL Design System
// component CSS, the Rijkshuisstijl design tokens, a small layout sheet of our own (site.css) and the icon.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export const ASSET_PATHS = {
  components: '/assets/utrecht-components.css',
  tokens: '/assets/rijkshuisstijl-tokens.css',
  site: '/assets/site.css',
  icon: '/assets/icon.svg',
} as const;

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#154273"/>' +
  '<text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="bold" fill="#fff" text-anchor="middle">W</text></svg>';

export type Asset = { body: Buffer; etag: string; type: string };

const require = createRequire(import.meta.url);

function asset(body: Buffer, type: string): Asset {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, type };
}

const css = (file: string) => asset(readFileSync(file), 'text/css; charset=utf-8');

let cache: Map<string, Asset> | null = null;

/** The stylesheets by path, read once. */
export function assets(): Map<string, Asset> {
  cache ??= new Map([
    [ASSET_PATHS.components, css(require.resolve('@utrecht/component-library-css/dist/index.css'))],
    [ASSET_PATHS.tokens, css(require.resolve('@rijkshuisstijl-community/design-tokens/dist/index.css'))],
    [ASSET_PATHS.site, css(resolve(import.meta.dirname, 'site.css'))],
    [ASSET_PATHS.icon, asset(Buffer.from(ICON), 'image/svg+xml')],
  ]);
  return cache;
}
