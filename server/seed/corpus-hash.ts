// Text hashes of corpus articles (shared/corpus/<bwbId>.json), computed the way the content script
// hashes the article on the page, so a seeded target can tell whether the text has changed since.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashArticleText } from '../../utils/recognition/text-hash';
import { CORPUS_DIR } from '../../scripts/lib/shared-dir';

export type CorpusArticle = { label: string; status: string | null; text: string };
/** One law file of the corpus: the date of its text (toestand) and its articles by label. */
export type CorpusLaw = { versionDate: string; articles: Map<string, CorpusArticle> };

export const DEFAULT_CORPUS_DIR = CORPUS_DIR;

/** One corpus file, or null when it is not there. */
export function readCorpusFile(file: string): CorpusLaw | null {
  if (!existsSync(file)) return null;
  const law = JSON.parse(readFileSync(file, 'utf8')) as { versionDate: string; articles: CorpusArticle[] };
  const articles = new Map<string, CorpusArticle>();
  // The first occurrence wins: later duplicates are bijlage articles (Awb) that reuse low numbers.
  for (const article of law.articles) if (!articles.has(article.label)) articles.set(article.label, article);
  return { versionDate: law.versionDate, articles };
}

/** Articles by label of one law in the corpus, or null when the law is not there. */
export function readCorpusLaw(corpusDir: string, bwbId: string): Map<string, CorpusArticle> | null {
  return readCorpusFile(join(corpusDir, `${bwbId}.json`))?.articles ?? null;
}

/**
 * The hash for a seeded target, or null: no label, law not in the corpus, or the corpus article is
 * repealed (a hash of "Vervallen" would claim the text the signal was verified on is unchanged).
 */
export function corpusHash(corpusDir: string, bwbId: string, label: string | null): string | null {
  if (label === null) return null;
  const article = readCorpusLaw(corpusDir, bwbId)?.get(label);
  if (!article || article.status === 'vervallen') return null;
  return hashArticleText(article.text);
}
