// The desk's article comparison: the reported version found by text hash (or, without one, by version date)
// among the corpus versions of a law, the newest text beside it, and unknown wherever nothing matches.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Target } from '../../utils/contract/identity';
import { hashArticleText } from '../../utils/recognition/text-hash';
import { compareArticle, markQuote } from '../../server/desk/article-versions';
import { DEFAULT_CORPUS_DIR, readCorpusLaw } from '../../server/seed/corpus-hash';

const OLD = '1. Het college kan besluiten van terugvordering af te zien.\n2. Dit geldt niet bij fraude.';
const NEW = '1. Het college kan besluiten geheel of gedeeltelijk van terugvordering af te zien.\n2. Dit geldt niet bij fraude.';
const SAME = 'Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.';

/** A corpus with the law BWBR0000001 in two versions: 2025 (main file) and 2015 (alt-2015/). */
function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-corpus-'));
  const law = (versionDate: string, texts: Record<string, string>) =>
    JSON.stringify({ bwbId: 'BWBR0000001', title: 'Testwet', versionDate, articles: Object.entries(texts).map(([label, text]) => ({ label, status: 'goed', text })) });
  writeFileSync(join(dir, 'BWBR0000001.json'), law('2025-01-01', { '1': NEW, '2': SAME }));
  mkdirSync(join(dir, 'alt-2015'));
  writeFileSync(join(dir, 'alt-2015', 'BWBR0000001.json'), law('2015-06-01', { '1': OLD, '2': SAME, '3': 'Vervallen' }));
  return dir;
}

const target = (fields: Record<string, unknown>) => Target.parse({ bwbId: 'BWBR0000001', label: '1', versionDate: null, ...fields });

describe('article versions from the corpus', () => {
  const corpus = tempCorpus();
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('finds the reported text by its hash and says it changed since', () => {
    const result = compareArticle(target({ textHash: hashArticleText(OLD), versionDate: '2015-06-01' }), corpus);
    expect(result).toMatchObject({ matchedBy: 'hash', change: 'changed' });
    expect(result.reported?.versionDate).toBe('2015-06-01');
    expect(result.reported?.text).toBe(OLD);
    expect(result.current).toMatchObject({ versionDate: '2025-01-01', text: NEW });
  });

  it('says unchanged when the reported text is the newest one, whatever version it was read in', () => {
    expect(compareArticle(target({ label: '2', textHash: hashArticleText(SAME), versionDate: '2015-06-01' }), corpus).change).toBe('unchanged');
    expect(compareArticle(target({ textHash: hashArticleText(NEW) }), corpus)).toMatchObject({ matchedBy: 'hash', change: 'unchanged' });
  });

  it('without a hash, matches the version date; a hash matching nothing stays unknown', () => {
    expect(compareArticle(target({ versionDate: '2015-06-01' }), corpus)).toMatchObject({ matchedBy: 'versionDate', change: 'changed' });
    const stranger = compareArticle(target({ textHash: 'ffffffffffffffff', versionDate: '2015-06-01' }), corpus);
    expect(stranger).toMatchObject({ reported: null, matchedBy: null, change: 'unknown' });
    expect(stranger.current?.text).toBe(NEW);
    expect(compareArticle(target({ versionDate: '2020-01-01' }), corpus).change).toBe('unknown');
  });

  it('knows nothing of an article, a law or a corpus it does not hold', () => {
    expect(compareArticle(target({ label: '3', versionDate: '2015-06-01' }), corpus)).toMatchObject({ current: { versionDate: '2015-06-01', repealed: false } });
    expect(compareArticle(target({ label: '9' }), corpus)).toEqual({ current: null, reported: null, matchedBy: null, change: 'unknown' });
    expect(compareArticle(target({ label: null, versionDate: '2025-01-01' }), corpus).change).toBe('unknown');
    expect(compareArticle(Target.parse({ bwbId: 'BWBR0000002', label: '1', versionDate: '2025-01-01' }), corpus).current).toBeNull();
    expect(compareArticle(target({ versionDate: '2025-01-01' }), join(corpus, 'missing')).change).toBe('unknown');
  });

  it('reads the real corpus: Participatiewet article 58 as reported by hash is unchanged', () => {
    const text = readCorpusLaw(DEFAULT_CORPUS_DIR, 'BWBR0015703')!.get('58')!.text;
    const result = compareArticle(Target.parse({ bwbId: 'BWBR0015703', label: '58', versionDate: '2026-01-01', textHash: hashArticleText(text) }));
    expect(result).toMatchObject({ matchedBy: 'hash', change: 'unchanged' });
    expect(result.current?.versionDate).toBe('2026-01-01');
  });
});

describe('marking the quoted sentence', () => {
  const quote = (exact: string, prefix = '') => ({ exact, prefix, suffix: '', start: 0, end: exact.length });

  it('marks the sentence on its line, the prefix choosing between equal sentences', () => {
    const text = 'a. het college beslist;\nb. de minister beslist; het college beslist';
    const first = markQuote(text, quote('het college beslist'));
    expect(first.found).toBe(true);
    expect(first.lines.map((l) => l.mark)).toEqual([{ start: 3, end: 22 }, null]);
    const second = markQuote(text, quote('het college beslist', 'beslist; '));
    expect(second.lines.map((l) => l.mark)).toEqual([null, { start: 24, end: 43 }]);
  });

  it('reports a sentence that is not in the text, and marks nothing without a quote', () => {
    expect(markQuote(OLD, quote('geheel of gedeeltelijk'))).toMatchObject({ found: false });
    const plain = markQuote(OLD, null);
    expect(plain.found).toBe(false);
    expect(plain.lines).toHaveLength(2);
    expect(plain.lines.every((l) => l.mark === null)).toBe(true);
  });
});
