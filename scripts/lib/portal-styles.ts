// The portal's own stylesheets, for measuring a reconstructed page styled as the portal styles it. A real
// page links three stylesheets in its head; the reconstructions have a small style block of their own.
// The files themselves are not in this repository (they are the portal's code): a directory laid out like
// the portal's paths holds the ones found (docs/performance-notes.md says where each came from), and a page
// gets the same tags, in the same order, as the saved real page, for each file that directory has.
// Scripts are left out: the content-script bench counts every script task on a reconstruction (which has
// none of its own) as the extension's.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The saved real page whose tags are copied (../shared/real-pages). */
const REAL_PAGE = resolve(import.meta.dirname, '../../../shared/real-pages/BWBR0040940_2026-09-01.html');

export interface PortalStyles {
  /** The stylesheet tags for the end of the head, for the files the directory has. */
  head: string;
  /** The portal paths served from the directory (without the `?v…` query). */
  paths: string[];
  /** The file for a requested portal path, or null. */
  file(path: string): string | null;
}

/** The stylesheet links of a real page's head, in order, with the path each names. */
export function stylesheetTags(html: string): Array<{ tag: string; path: string }> {
  const head = html.slice(0, html.indexOf('<body'));
  return [...head.matchAll(/<link rel="stylesheet"[^>]*href="([^"?]+)[^"]*"[^>]*>/g)].map((m) => ({ tag: m[0], path: m[1]! }));
}

export function loadPortalStyles(dir: string, realPage = REAL_PAGE): PortalStyles {
  const present = stylesheetTags(readFileSync(realPage, 'utf8')).filter((t) => existsSync(join(dir, t.path)));
  if (present.length === 0) throw new Error(`${dir}: none of the portal's stylesheets (for example css/generic.css)`);
  const paths = present.map((t) => t.path);
  return {
    head: present.map((t) => t.tag).join(''),
    paths,
    file: (path) => (paths.includes(path) ? join(dir, path) : null),
  };
}

/** A reconstructed page with the portal's stylesheets where the real page has them. */
export function withPortalStyles(page: string, styles: PortalStyles): string {
  return page.replace('</head>', `${styles.head}</head>`);
}
