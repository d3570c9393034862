// The article text a citizen reported on, beside the newest text the server knows, for the desk. The server
// keeps no law texts of its own: it reads the corpus (one JSON file per law and version, article by article;
// directory from WETSIGNAAL_CORPUS, default ../shared/corpus) and matches the submission's text hash, or else
// its version date, to a version. Whatever cannot be matched is reported as unknown, never guessed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote, Target } from '../../utils/contract/identity';
import { hashArticleText } from '../../utils/recognition/text-hash';
import { DEFAULT_CORPUS_DIR, readCorpusFile, type CorpusLaw } from '../seed/corpus-hash';

export type ArticleText = { versionDate: string; text: string; hash: string; repealed: boolean };

export type ArticleComparison = {
  /** The newest corpus text of the article; null when the corpus does not hold it. */
  current: ArticleText | null;
  /** The text as reported; null when no known version matches the report. */
  reported: ArticleText | null;
  /** How `reported` was found: the exact text (hash), or only the version date the report named. */
  matchedBy: 'hash' | 'versionDate' | null;
  change: 'unchanged' | 'changed' | 'unknown';
};

/** Every version of a law in the corpus: the main file and same-named files one folder down (alt-2015/). */
function lawVersions(corpusDir: string, bwbId: string): CorpusLaw[] {
  let folders: string[] = [];
  try {
    folders = readdirSync(corpusDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(corpusDir, e.name));
  } catch {
    return []; // no corpus at all: every comparison is unknown
  }
  return [corpusDir, ...folders]
    .map((dir) => readCorpusFile(join(dir, `${bwbId}.json`)))
    .filter((law): law is CorpusLaw => law !== null)
    .sort((a, b) => b.versionDate.localeCompare(a.versionDate));
}

// The corpus is read-only while the server runs; a law is parsed once per directory.
const cache = new Map<string, CorpusLaw[]>();

function versionsOf(corpusDir: string, bwbId: string): CorpusLaw[] {
  const key = `${corpusDir}\n${bwbId}`;
  let versions = cache.get(key);
  if (!versions) {
    versions = lawVersions(corpusDir, bwbId);
    cache.set(key, versions);
  }
  return versions;
}

function articleText(law: CorpusLaw, label: string): ArticleText | null {
  const article = law.articles.get(label);
  if (!article) return null;
  return { versionDate: law.versionDate, text: article.text, hash: hashArticleText(article.text), repealed: article.status === 'vervallen' };
}

/** Compares the reported text of a target's article with the newest one the corpus holds. */
export function compareArticle(target: Target, corpusDir: string = DEFAULT_CORPUS_DIR): ArticleComparison {
  const label = target.label;
  const texts = label === null ? [] : versionsOf(corpusDir, target.bwbId).flatMap((law) => articleText(law, label) ?? []);
  const current = texts[0] ?? null;
  // A hash names the exact text the reporter saw. Without one, the version date is the best evidence; a hash
  // that matches nothing we hold (a newer version, or a text our copy renders differently) stays unknown.
  const byHash = target.textHash ? texts.find((t) => t.hash === target.textHash) : undefined;
  const byDate = !target.textHash && target.versionDate ? texts.find((t) => t.versionDate === target.versionDate) : undefined;
  const reported = byHash ?? byDate ?? null;
  const change = !reported || !current ? 'unknown' : reported.hash === current.hash ? 'unchanged' : 'changed';
  return { current, reported, matchedBy: byHash ? 'hash' : byDate ? 'versionDate' : null, change };
}

/** A line of article text, with the quoted sentence's place in it when the sentence is on that line. */
export type TextLine = { text: string; mark: { start: number; end: number } | null };

/**
 * The article's lines (leden and list items), marking the first place of the quote; the prefix decides
 * between equal sentences. `found` is false when the sentence is not (or no longer) in the text.
 */
export function markQuote(text: string, quote: Quote | null): { lines: TextLine[]; found: boolean } {
  const raw = text.split('\n');
  const place = quote ? findQuote(raw, quote) : null;
  const lines = raw.map((line, i): TextLine => ({ text: line, mark: place?.line === i ? { start: place.start, end: place.start + quote!.exact.length } : null }));
  return { lines, found: place !== null };
}

function findQuote(lines: string[], quote: Quote): { line: number; start: number } | null {
  if (quote.prefix) {
    for (const [line, content] of lines.entries()) {
      const at = content.indexOf(quote.prefix + quote.exact);
      if (at >= 0) return { line, start: at + quote.prefix.length };
    }
  }
  for (const [line, content] of lines.entries()) {
    const at = content.indexOf(quote.exact);
    if (at >= 0) return { line, start: at };
  }
  return null;
}
