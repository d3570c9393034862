// Reading text out of the portal's DOM: whitespace collapsed, block elements on lines of their own.
// Shared by the page-level reading (status lines) and the article-level one (article bodies).

/** The class of an article container's own header, which holds its heading and actions. */
export const HEADER_CLASS = 'article__header--law';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON']);

export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Appends a node's text to `out`: block elements on their own line, the portal's action lists left out. */
export function collectText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName;
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'UL' && (el.getAttribute('aria-label') ?? '').startsWith('Lijst met mogelijke acties')) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push('\n');
  for (const child of el.childNodes) collectText(child, out);
  if (block) out.push('\n');
  else if (tag === 'TD' || tag === 'TH') out.push(' ');
  // The lid number or list marker is the first span of its paragraph; keep it apart from the text.
  else if (tag === 'SPAN' && el.parentElement?.tagName === 'P' && el.parentElement.firstElementChild === el) out.push(' ');
}

/** The non-empty lines of an element's text, each collapsed. */
export function textLines(el: Element): string[] {
  const out: string[] = [];
  collectText(el, out);
  return out.join('').split('\n').map(collapse).filter((l) => l !== '');
}

/** The container's own header: a direct child with the header class (normally the first). */
export function headerOf(el: Element): Element | null {
  // Sibling pointers, not the children collection: its iterator costs more than the whole check.
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.classList.contains(HEADER_CLASS)) return child;
  }
  return null;
}

/** The article body as text: everything but the header, block elements on their own line. */
export function articleBodyText(el: Element, header: Element | null = headerOf(el)): string {
  const out: string[] = [];
  for (const child of el.childNodes) if (child !== header) collectText(child, out);
  return out.join('');
}
