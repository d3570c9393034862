// Where the summary line goes: lawTitle finds the same title as the selector list it replaces
// ("#regeling > h1, .fragment-header h1", the first in document order), on every real page and every
// fixture page (full laws, part pages, pages without a title), without walking the whole document.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generate } from '../../fixtures/generate';
import { readRealPage, REAL_PAGES } from '../../fixtures/real-pages';
import { lawTitle } from '../../../utils/recognition/page';

const SELECTOR_LIST = '#regeling > h1, .fragment-header h1';

function both(html: string) {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return { found: lawTitle(doc), expected: doc.querySelector(SELECTOR_LIST) };
}

describe('lawTitle', () => {
  it('finds the title the selector list finds, on the real pages', () => {
    for (const page of REAL_PAGES) {
      const { found, expected } = both(readRealPage(page));
      expect(expected, page.file).not.toBeNull();
      expect(found, page.file).toBe(expected);
    }
  });

  it('and on every fixture page, a part page and a page without a title included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wetsignaal-title-'));
    const pages = generate(dir);
    const kinds = new Set<string>();
    for (const page of pages) {
      const { found, expected } = both(readFileSync(join(dir, page.file), 'utf8'));
      expect(found, page.file).toBe(expected);
      kinds.add(expected === null ? 'none' : expected.parentElement?.id === 'regeling' ? 'regeling' : 'fragment-header');
    }
    expect(kinds).toEqual(new Set(['none', 'regeling', 'fragment-header']));
  });

  it('is null while the parser has not reached the title, and finds it in #regeling, not an h1 elsewhere', () => {
    expect(both('<div id="sidebar"><h1>Inhoud</h1></div><div id="regeling"><div class="wetgeving"></div></div>').found).toBeNull();
    const { found } = both('<div id="sidebar"><h1>Inhoud</h1></div><div id="regeling"><h1>Algemene wet bestuursrecht</h1></div>');
    expect(found?.textContent).toBe('Algemene wet bestuursrecht');
  });
});
