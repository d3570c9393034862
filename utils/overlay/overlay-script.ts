// What the overlay script (entrypoints/overlay) offers the content script, which has it injected when
// the page has something to show or the popup asks for the count. Types only: importing this adds no
// overlay code to the content script.
import type { ArticleIndex } from '../recognition/recognise';
import type { LawPage } from '../recognition/page';
import type { createOverlay } from '../../entrypoints/overlay/overlay';

export interface OverlayScript {
  /** The page's articles, each recognised when first asked for. */
  indexArticles(page: LawPage): ArticleIndex;
  createOverlay: typeof createOverlay;
}
