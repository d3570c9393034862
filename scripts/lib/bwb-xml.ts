// Reads one official BWB "toestand" XML (the file wetten.overheid.nl publishes per version, schema
// BWB-toestand 2016-1) into a regulation text for the inventory: title, kind, version date, year and its
// articles in the corpus text format (a lid starts a line with "<nr>. ", list items stand on their own line).
import { DOMParser } from 'linkedom';
import type { RegulationText } from '../../utils/analysis/inventory';

type El = Element;

/** Parts of the XML that are not law text: publication data, headings, numbers read separately. */
const SKIPPED = new Set(['meta-data', 'kop', 'lidnr', 'li.nr', 'redactie', 'noot', 'aanhef', 'sluiting']);

function children(el: El): El[] {
  return Array.from(el.children) as El[];
}

function child(el: El, name: string): El | undefined {
  return children(el).find((c) => c.localName === name);
}

/** The words of an inline element, without its meta-data, with all whitespace as one space. */
function inlineText(el: El): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIPPED.has((node as El).localName)) out += inlineText(node as El);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Lines of a block: each paragraph (`al`) and list item (`li`, with its own number) on a line of its own. */
function blockLines(el: El): string[] {
  const lines: string[] = [];
  for (const c of children(el)) {
    const name = c.localName;
    if (SKIPPED.has(name)) continue;
    if (name === 'al') {
      const text = inlineText(c);
      if (text) lines.push(text);
    } else if (name === 'li') {
      const nr = child(c, 'li.nr');
      const [first = '', ...rest] = blockLines(c);
      lines.push(nr ? `${inlineText(nr)} ${first}`.trim() : first, ...rest);
    } else {
      lines.push(...blockLines(c));
    }
  }
  return lines;
}

/** An article's text: every lid prefixed with its number, as the corpus writes it. */
function articleText(article: El): string {
  const leden = children(article).filter((c) => c.localName === 'lid');
  if (leden.length === 0) return blockLines(article).join('\n');
  return leden
    .map((lid) => {
      const nr = child(lid, 'lidnr');
      const lines = blockLines(lid);
      if (nr && lines.length) lines[0] = `${inlineText(nr).replace(/\.$/, '')}. ${lines[0]}`;
      return lines.join('\n');
    })
    .filter(Boolean)
    .join('\n');
}

function articleLabel(article: El): string {
  const nr = child(article, 'kop') && child(child(article, 'kop')!, 'nr');
  const label = nr ? inlineText(nr) : (article.getAttribute('label') ?? '').replace(/^Artikel\s+/i, '');
  return label.replace(/\.$/, '');
}

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

/** A regulation from the text of one toestand XML file. Expired articles are left out, like `liveArticles`. */
export function readBwbXml(xml: string): RegulationText {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const toestand = doc.documentElement as unknown as El;
  if (toestand?.localName !== 'toestand') throw new Error('not a BWB toestand XML (no <toestand> root)');
  const bwbId = toestand.getAttribute('bwb-id') ?? '';
  const wetgeving = child(toestand, 'wetgeving');
  const intitule = wetgeving && child(wetgeving, 'intitule');
  const citeertitel = wetgeving && child(wetgeving, 'citeertitel');
  const signed = intitule?.getAttribute('ondertekening_bron') ?? '';
  const year = YEAR.exec(signed)?.[1] ?? (intitule ? YEAR.exec(inlineText(intitule))?.[1] : undefined);
  // Articles quoted inside another article (amending provisions) belong to that article's text.
  const articles = Array.from(doc.getElementsByTagName('artikel') as ArrayLike<El>).filter(
    (a) => !a.parentElement?.closest('artikel') && a.getAttribute('status') !== 'vervallen',
  );
  return {
    bwbId,
    title: (citeertitel && inlineText(citeertitel)) || (intitule && inlineText(intitule)) || bwbId,
    kind: wetgeving?.getAttribute('soort') ?? 'onbekend',
    versionDate: toestand.getAttribute('inwerkingtreding'),
    year: year ? Number(year) : null,
    articles: articles.map((a) => ({ label: articleLabel(a), text: articleText(a) })).filter((a) => a.label && a.text),
  };
}
