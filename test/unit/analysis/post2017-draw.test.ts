// Issue #23, "random 23": the record of the post-2017 draw from legalize-dev/legalize-nl is well-formed, and the
// splitter it was made with reads that repository's Markdown. Nothing here runs a detector on the drawn texts.
import { describe, expect, it } from 'vitest';
import { legalizeArticlesOf, frontMatterOf } from '../../../scripts/lib/legalize-nl';
import { RIGID_CANDIDATE } from '../../../scripts/lib/laws-markdown';
import record from '../../analysis-labels/random23-post2017.json';
import { PostDraw, post2017Items } from '../../../scripts/lib/post2017-labels';

describe('random 23 (post-2017 draw)', () => {
  const parsed = PostDraw.parse(record);

  it('has unique, unseen ids, each tried once', () => {
    const tried = parsed.tried.map((t) => t.bwbId);
    expect(new Set(tried).size).toBe(tried.length);
    const ids = parsed.regulations.map((r) => r.bwbId);
    expect(new Set(ids).size).toBe(ids.length);
    // The 2017 snapshot's highest id is BWBR0037237: everything from BWBR0037300 up is unseen by the rules.
    for (const id of tried) expect(id >= parsed.idRange.from && id <= parsed.idRange.to).toBe(true);
  });

  it('lists every drawn regulation as drawn, and only those', () => {
    const drawn = parsed.tried.filter((t) => t.status === 'drawn').map((t) => t.bwbId);
    expect(parsed.regulations.map((r) => r.bwbId)).toEqual(drawn);
    for (const r of parsed.regulations) {
      expect(r.path).toBe(`nl/${r.bwbId}.md`);
      expect(parsed.source.commits).toContain(r.commit);
    }
  });

  it('keeps only candidate articles, and clause candidates that name onbillijkheid', () => {
    for (const r of parsed.regulations) {
      for (const a of r.candidates) expect(a.text).toMatch(RIGID_CANDIDATE);
      for (const a of r.clauseCandidates) expect(a.text).toMatch(/onbillijk/i);
      expect(new Set(r.candidates.map((a) => a.label)).size).toBe(r.candidates.length);
    }
  });
});

describe('legalizeArticlesOf', () => {
  const markdown = [
    '---',
    'identifier: "BWBR0099999"',
    'soort: "ministeriele-regeling"',
    '---',
    '# Regeling van de Minister van 1 januari 2024',
    '',
    'Gelet op [artikel 4:81 van de Algemene wet bestuursrecht](https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:81);',
    '',
    '#### § 1. Algemeen',
    '',
    '##### Artikel 1. Begripsbepalingen',
    '',
    '- a. **minister:** de Minister;',
    '',
    '##### Artikel 2',
    '',
    '[Vervallen per 01-01-2025]',
    '',
    '##### Artikel 3a. Weigering',
    '',
    '1. De minister weigert de subsidie indien:',
    '',
    '- a. de aanvraag te laat is ingediend;',
    '',
    '2. Zie [artikel 1](https://wetten.overheid.nl/x).',
    '',
    '###### artikel 2.4',
    '',
    'De subsidie wordt verlaagd.',
    '',
    '##### Artikel XII. **[Vervallen]**',
    '',
    'Wijzigt de wet.',
    '',
    '## Bijlage 1. Tabel',
    '',
    'Buiten elk artikel.',
  ].join('\n');

  it('splits at Artikel headings, keeps labels as written and skips expired articles', () => {
    const articles = legalizeArticlesOf(markdown);
    expect(articles.map((a) => a.label)).toEqual(['1', '3a', '2.4']);
    expect(articles[1]!.text).toBe(
      '1. De minister weigert de subsidie indien:\n- a. de aanvraag te laat is ingediend;\n2. Zie artikel 1.',
    );
    expect(articles.map((a) => RIGID_CANDIDATE.test(a.text))).toEqual([false, true, true]);
  });

  it('reads the front-matter', () => {
    expect(frontMatterOf(markdown)).toEqual({ identifier: 'BWBR0099999', soort: 'ministeriele-regeling' });
  });
});

describe('random 23 labels joined with the draw', () => {
  const draw = PostDraw.parse(record);
  const one = { ...draw, regulations: draw.regulations.slice(0, 1) };
  const first = one.regulations[0]!;
  const rows = (values: string[]) =>
    ['# header', ...first.candidates.map((c, i) => `${first.bwbId}#${c.label}\t${values[i] ?? 'none'}\tnote ${i}`)].join('\n');

  it('gives each drawn article its label, text and kind', () => {
    const items = post2017Items(one, 'candidates', rows(['rigid:boete']), () => 'wet');
    expect(items.map((i) => [i.bwbId, i.label, i.value, i.kind])).toEqual(
      first.candidates.map((c, i) => [first.bwbId, c.label, i === 0 ? 'rigid:boete' : 'none', 'wet']),
    );
    expect(items[0]!.text).toBe(first.candidates[0]!.text);
  });

  it('refuses a set with an article unlabelled or a label for an article not drawn', () => {
    expect(() => post2017Items(one, 'candidates', '# header only', () => 'wet')).toThrow(/not labelled/);
    expect(() => post2017Items(one, 'candidates', `${rows([])}\nBWBR0099999#1\tnone\t`, () => 'wet')).toThrow(/without a drawn article/);
  });
});
