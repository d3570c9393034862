// The leden (numbered paragraphs) of an article, as the portal marks them up. Verified against real pages
// (../shared/real-pages, 206 leden): one `ul.artikel_leden` per lid, id `{article id}_Lid{n}`, holding
// `li > p.lid.labeled > span.lidnr` with the number and a trailing space ("1 "). An article with a single
// unnumbered paragraph has no lid markup at all (`p.al`), and then no leden here.
import { LID_PATTERN } from '../contract/identity-grammar';
import { collapse } from './text';

/** A lid as identity: its number as the law writes it, and its fragment id on the page when it has one. */
export interface LidIdentity {
  nr: string;
  anchorId: string | null;
}

/** A lid on the page, with the element that holds its whole text (never modified). */
export interface LidOnPage extends LidIdentity {
  element: Element;
}

const LID_LIST = 'artikel_leden';

/** The number a lid paragraph opens with ("1 ", "2." and "3a" all give the bare number); null when it has none. */
function lidNumber(p: Element): string | null {
  const span = p.querySelector('span.lidnr');
  const nr = collapse(span?.textContent).replace(/\.$/, '');
  return LID_PATTERN.test(nr) ? nr : null;
}

/** The element holding a lid's whole text: its own `ul.artikel_leden` when the list holds only this lid, else its `li`. */
function lidElement(p: Element, article: Element): Element {
  const list = p.closest(`ul.${LID_LIST}`);
  if (list && article.contains(list) && list.querySelectorAll('p.lid').length === 1) return list;
  const li = p.closest('li');
  return li && article.contains(li) ? li : p;
}

/** Every numbered lid of an article container, in document order. */
export function ledenOf(article: Element): LidOnPage[] {
  const leden: LidOnPage[] = [];
  for (const p of article.querySelectorAll('p.lid')) {
    // A nested article (a bijlage's articles inside a division) has its own leden.
    if (p.parentElement?.closest('div.artikel:not(.article__header--law)') !== article) continue;
    const nr = lidNumber(p);
    if (nr === null) continue;
    const element = lidElement(p, article);
    leden.push({ nr, anchorId: element.id || null, element });
  }
  return leden;
}

/** The lid of an article that contains a node (the start of a selection); null outside any lid. */
export function lidContaining(article: Element, node: Node): LidOnPage | null {
  return ledenOf(article).find((lid) => lid.element.contains(node)) ?? null;
}
