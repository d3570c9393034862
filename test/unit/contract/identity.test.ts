// The identity grammar of the contract: every real label, division number and Juriconnect reference of
// the shared corpus passes; names, phone numbers and impossible dates do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleLabel, IsoDate, Jci, PathStep } from '../../../utils/contract/identity';
import { formatJci } from '../../../utils/recognition/jci';
import { CORPUS_DIR } from '../../../scripts/lib/shared-dir';

interface CorpusLaw {
  bwbId: string;
  articles: Array<{ label: string; path?: Array<{ kind: string; nr: string }> }>;
}

const laws = ['', 'alt-2015/'].flatMap((folder) =>
  readdirSync(join(CORPUS_DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(CORPUS_DIR, folder, name), 'utf8')) as CorpusLaw),
);

describe('identity grammar', () => {
  it('accepts every article label, division number and formatted reference in the corpus', () => {
    const refused: string[] = [];
    let checked = 0;
    for (const law of laws) {
      for (const article of law.articles) {
        const path = (article.path ?? []).filter((step) => step.nr !== '').map(({ kind, nr }) => ({ kind, nr }));
        checked++;
        if (!ArticleLabel.safeParse(article.label).success) refused.push(`label ${article.label}`);
        for (const step of path) if (!PathStep.safeParse(step).success) refused.push(`${step.kind} ${step.nr}`);
        const jci = formatJci({ bwbId: law.bwbId, path: path as never, label: article.label, versionDate: '2024-01-01' });
        if (!Jci.safeParse(jci).success) refused.push(jci);
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(refused).toEqual([]);
  });

  it('refuses names, contact details and text in identity fields', () => {
    for (const label of ['Jan de Vries', 'mevrouw Jansen', '0612345678 bel', 'Apeldoorn', 'j.devries@x.nl', '<script>']) {
      expect(ArticleLabel.safeParse(label).success, label).toBe(false);
    }
    for (const nr of ['Pietersen', 'Kerkstraat 12', '1234 AB']) expect(PathStep.safeParse({ kind: 'hoofdstuk', nr }).success, nr).toBe(false);
    for (const jci of [
      'jci1.3:c:BWBR0015703&artikel=58&naam=Jansen',
      'jci1.3:c:BWBR0015703&artikel=Jansen',
      'jci1.3:c:BWBR0015703&lid=0612345678',
      'jci1.3:c:BWBR0015703&artikel=58&z=2024-02-30',
      'jci1.3:c:BWBR0015703&artikel=%E0%A4%A',
    ]) {
      expect(Jci.safeParse(jci).success, jci).toBe(false);
    }
  });

  it('takes real calendar dates from 1800 to 2200 only', () => {
    for (const date of ['1800-01-01', '2024-02-29', '2000-02-29', '2200-12-31']) expect(IsoDate.safeParse(date).success, date).toBe(true);
    for (const date of ['0000-01-01', '1799-12-31', '2201-01-01', '1900-02-29', '2023-02-29', '2024-06-31', '2024-00-10', '24-01-01']) {
      expect(IsoDate.safeParse(date).success, date).toBe(false);
    }
  });
});
