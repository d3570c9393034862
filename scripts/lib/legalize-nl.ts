// Reads one regulation of legalize-dev/legalize-nl (one Markdown file per in-force BWB regulation, generated
// from the KOOP toestand XML): its YAML front-matter and its articles. The headings there carry a title
// ("##### Artikel 3a. Aanvraag"), unlike the 2017 laws-markdown snapshot, so this has its own splitter.
import { plainLine, type MarkdownArticle } from './laws-markdown';

/** The flat `key: "value"` pairs of the front-matter. */
export function frontMatterOf(markdown: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z0-9_]+):\s*"?(.*?)"?\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

// "Artikel 3a. Titel", "Artikel 2.4", "Artikel 7:12 Titel"; the label ends at the first space or a dot
// followed by a space or the end.
const HEADING = /^#{1,6}\s*Artikel\s+([0-9A-Za-z:.\-/]*[0-9A-Za-z])\.?(?:\s+(.*))?$/i;
// "Vervallen", "[Vervallen per 1-1-2020]", "**[Vervallen]**".
const EXPIRED = /^[*\s]*\[?\s*vervallen\b/i;

/** Articles in order, labels as written; expired ("[Vervallen per …]") articles are left out. */
export function legalizeArticlesOf(markdown: string): MarkdownArticle[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: MarkdownArticle[] = [];
  let current: { label: string; expired: boolean; lines: string[] } | null = null;
  const close = () => {
    if (current && !current.expired && current.lines.length > 0)
      out.push({ label: current.label, text: current.lines.join('\n') });
    current = null;
  };
  for (const raw of body.split('\n')) {
    const line = plainLine(raw);
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      current = { label: heading[1]!, expired: EXPIRED.test(heading[2] ?? ''), lines: [] };
      continue;
    }
    if (line.startsWith('#')) {
      close(); // a chapter, paragraph or bijlage heading ends the article
      continue;
    }
    if (!current || line === '') continue;
    if (current.lines.length === 0 && EXPIRED.test(line)) current.expired = true;
    current.lines.push(line);
  }
  close();
  return out;
}
