import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../utils/privacy/detect';
import { findReviewFlags } from '../../../utils/privacy/names';

// Law texts contain no personal data, so every finding in them (other than a date near "geboren",
// which laws use for cohorts) is a false positive the detector must not make.
import { CORPUS_DIR as CORPUS } from '../../../scripts/lib/shared-dir';
const STRICT_KINDS = new Set(['bsn', 'iban', 'email', 'phone', 'postcode_huisnummer']);

interface CorpusLaw {
  articles: { label: string; text: string }[];
}

// The main files plus the 2015 versions of seven laws, which differ in wording and numbering.
const files = ['', 'alt-2015/'].flatMap((folder) =>
  readdirSync(join(CORPUS, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => folder + name),
);

describe('detector on the law corpus', () => {
  it('has law files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('finds no personal data in %s', (file) => {
    const law = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as CorpusLaw;
    expect(law.articles.length).toBeGreaterThan(0);
    const falsePositives = law.articles.flatMap((article) =>
      findPersonalData(article.text)
        .filter((f) => STRICT_KINDS.has(f.kind))
        .map((f) => `${file} art. ${article.label}: ${f.kind} "${f.value}"`)
        .concat(findReviewFlags(article.text).map((f) => `${file} art. ${article.label}: ${f.kind} "${f.value}"`)),
    );
    expect(falsePositives).toEqual([]);
  });
});
