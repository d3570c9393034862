// With a badge on every article, the articles at the top of the law get theirs in the task that ends the
// parse, laid out with the page's own last layout. Put in after load, as the articles near the viewport
// are, they cost a relayout and pre-paint of the whole 2–3 MB page (50–70 ms traced). A badge shows its
// article's analysis from the start, so the analysis is asked for while the page is parsed, as soon as the
// parser has passed those articles. Asked by the content script itself, not by the overlay script it loads:
// each message answered waits for the parser's next pause (40–100 ms on a 2 MB law), and the overlay
// script's loading took two of them, so the answer often came after the parse had ended.
import type { PageContext } from '../../utils/extension/page-context';
import type { ArticleFindings } from '../../utils/extension/messages';
import { findContainers, regulationTitle } from '../../utils/recognition/page';
import { articleBodyText } from '../../utils/recognition/text';
import { ask } from '../../utils/extension/send';
import { atFrameWhen } from './parse-progress';

/**
 * About three screens of short articles: the viewport and the two screens below it that the near-view looks
 * ahead (near-view.ts). A guess: an article it leaves out gets its badge when it comes near, as every later
 * article does; one too many costs only its analysis.
 */
export const FIRST_ARTICLES = 12;

export interface FirstArticles {
  elements: Element[];
  /** The background's analysis of each, in order. */
  findings: ArticleFindings[];
}

/** The first articles of the law and their analysis; null where the law opens elsewhere or has too few. */
export async function prefetchFirstArticles(ctx: PageContext, bwbId: string): Promise<FirstArticles | null> {
  // A link to an article opens the law there, not at its top.
  if (location.hash) return null;
  const first = () => Array.prototype.slice.call(findContainers(document.documentElement, []).containers, 0, FIRST_ARTICLES + 1) as Element[];
  // Complete once the parser has begun the article after them.
  await atFrameWhen(ctx, () => first().length > FIRST_ARTICLES);
  // Parsed whole before that: the end of the parse is here, too late to share its layout.
  if (document.readyState !== 'loading') return null;
  const elements = first().slice(0, FIRST_ARTICLES);
  const findings = await ask({ type: 'analyse', bwbId, title: regulationTitle(document, bwbId, undefined), articles: elements.map((el) => ({ label: '', text: articleBodyText(el) })) });
  return { elements, findings };
}
