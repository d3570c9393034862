import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPortalStyles, stylesheetTags, withPortalStyles } from '../../../scripts/lib/portal-styles';

const REAL = '../shared/real-pages/BWBR0040940_2026-09-01.html';

describe('the portal stylesheets a reconstructed page can link', () => {
  it('reads the saved real page’s stylesheet links in order, without their version query', () => {
    const tags = stylesheetTags(readFileSync(REAL, 'utf8'));
    expect(tags.map((t) => t.path)).toEqual(['/css/generic.css', '/css/print.css', '/css/wetten.css']);
    expect(tags[0]!.tag).toContain('href="/css/generic.css?v');
  });

  it('links only the files the directory has, at the end of the head, and serves only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-styles-'));
    mkdirSync(join(dir, 'css'));
    writeFileSync(join(dir, 'css', 'generic.css'), 'body{}');
    const styles = loadPortalStyles(dir, REAL);
    expect(styles.paths).toEqual(['/css/generic.css']);
    expect(styles.file('/css/generic.css')).toBe(join(dir, 'css', 'generic.css'));
    expect(styles.file('/css/wetten.css')).toBeNull();
    const page = withPortalStyles('<html><head><style>p{}</style></head><body><p>x</p></body></html>', styles);
    expect(page).toMatch(/<style>p\{\}<\/style><link rel="stylesheet"[^>]*generic\.css[^>]*><\/head><body><p>x<\/p>/);
  });

  it('refuses a directory without any of them', () => {
    expect(() => loadPortalStyles(mkdtempSync(join(tmpdir(), 'portal-styles-')), REAL)).toThrow(/none of the portal's stylesheets/);
  });
});
