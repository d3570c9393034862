// Turns the sentence a user selected inside an article into a quote selector, measured in the
// article body's text (the header with heading and actions is not part of the law text).
import type { Quote } from '../../utils/contract/identity';
import { ask } from '../../utils/extension/send';
import type { ArticleOnPage } from '../../utils/recognition/types';

/** A range over the article body: everything after the child that holds the heading. */
export function articleBodyRange(article: ArticleOnPage): Range {
  const range = document.createRange();
  const { element, headingElement } = article;
  let header: Node | null = headingElement;
  while (header && header.parentNode !== element) header = header.parentNode;
  if (header) range.setStartAfter(header);
  else range.setStart(element, 0);
  range.setEnd(element, element.childNodes.length);
  return range;
}

/** The selected range as a quote (built by the background), or null when it is not inside the article. */
export async function quoteOf(article: ArticleOnPage, selected: Range | null): Promise<Quote | null> {
  if (!selected || selected.collapsed) return null;
  const body = articleBodyRange(article);
  if (body.compareBoundaryPoints(Range.START_TO_START, selected) > 0) return null;
  if (body.compareBoundaryPoints(Range.END_TO_END, selected) < 0) return null;
  const before = body.cloneRange();
  before.setEnd(selected.startContainer, selected.startOffset);
  const start = before.toString().length;
  const end = start + selected.toString().length;
  return ask({ type: 'quote', text: body.toString(), start, end });
}
