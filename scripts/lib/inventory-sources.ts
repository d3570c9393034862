// Where the inventory reads regulations from: the laws-markdown statute book (a bare git directory, a
// clone, or a plain folder) or a folder of BWB toestand XML files. Yields files in a stable order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RegulationText } from '../../utils/analysis/inventory';
import type { RegisterSource } from '../../utils/contract/register';
import { commitOf, lastChangeDates, readBlobs, treeFiles } from './git-blobs';
import type { SourceFile } from './inventory-worker';
import { articlesOf, bwbIdOf, kindOf, titleOf, yearOf } from './laws-markdown';

const REGULATION_FILE = /(?:^|\/)BWB[A-Z]\d{7}\/README\.md$/;

/** One laws-markdown file as a regulation text; "[vervallen]" articles are left out, like `liveArticles`. */
export function markdownRegulation(path: string, markdown: string, versionDate: string | null): RegulationText {
  // A year after the text's own date is the year a regulation is for ("Premiebesluit 2016"), not when it was made.
  const year = yearOf(markdown);
  return {
    bwbId: bwbIdOf(`/${path}`),
    title: titleOf(markdown) || bwbIdOf(`/${path}`),
    kind: kindOf(path),
    versionDate,
    year: year !== null && versionDate !== null && year > Number(versionDate.slice(0, 4)) ? null : year,
    articles: articlesOf(markdown).filter((a) => !/^\[?vervallen\]?\.?(?:\n|$)/i.test(a.text.trim())),
  };
}

export interface Source {
  info: RegisterSource;
  count: number;
  files: AsyncIterable<SourceFile>;
}

function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'));
}

function walk(dir: string, keep: (path: string) => boolean, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === '.git') continue;
    if (statSync(full).isDirectory()) out.push(...walk(full, keep, root));
    else if (keep(relative(root, full).split(sep).join('/'))) out.push(full);
  }
  return out;
}

async function* plainFiles(dir: string, paths: string[], format: SourceFile['format']): AsyncGenerator<SourceFile> {
  for (const full of paths) {
    yield { path: relative(dir, full).split(sep).join('/'), format, text: readFileSync(full, 'utf8'), versionDate: null };
  }
}

/** The laws-markdown statute book: from git when `dir` is a git directory or a clone, else from the folder. */
export function lawsMarkdownSource(dir: string, limit = Infinity): Source {
  const gitDir = isGitDir(dir) ? dir : isGitDir(join(dir, '.git')) ? join(dir, '.git') : null;
  if (!gitDir) {
    const paths = walk(dir, (p) => REGULATION_FILE.test(p)).slice(0, limit);
    return {
      info: { name: 'statengeneraal/laws-markdown', url: 'https://github.com/statengeneraal/laws-markdown', commit: null, commitDate: null },
      count: paths.length,
      files: plainFiles(dir, paths, 'markdown'),
    };
  }
  const { commit, date } = commitOf(gitDir);
  const files = treeFiles(gitDir, (p) => REGULATION_FILE.test(p)).slice(0, limit);
  const dates = lastChangeDates(gitDir);
  return {
    info: { name: 'statengeneraal/laws-markdown', url: 'https://github.com/statengeneraal/laws-markdown', commit, commitDate: date },
    count: files.length,
    files: (async function* () {
      for await (const { file, text } of readBlobs(gitDir, files)) {
        yield { path: file.path, format: 'markdown' as const, text, versionDate: dates.get(file.path) ?? null };
      }
    })(),
  };
}

/** A folder of BWB toestand XML files (`*.xml`, any depth). */
export function bwbXmlSource(dir: string, limit = Infinity): Source {
  const paths = walk(dir, (p) => p.endsWith('.xml')).slice(0, limit);
  return {
    info: { name: 'BWB toestand XML (wetten.overheid.nl)', url: 'https://wetten.overheid.nl', commit: null, commitDate: null },
    count: paths.length,
    files: plainFiles(dir, paths, 'bwb-xml'),
  };
}
