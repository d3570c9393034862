// What the overlay script (entrypoints/overlay) and the summary script (entrypoints/summary) offer the
// content script, which has them injected when the page has something to show (the overlay also when the
// popup asks for the count). Types only: importing this adds no code of theirs to the content script.
import type { ArticleIndex } from '../recognition/recognise';
import type { LawPage } from '../recognition/page';
import type { createOverlay } from '../../entrypoints/overlay/overlay';
import type { showLawSummary } from './law-summary';

export interface OverlayScript {
  /** The page's articles, each recognised when first asked for. */
  indexArticles(page: LawPage): ArticleIndex;
  createOverlay: typeof createOverlay;
}

export interface SummaryScript {
  showLawSummary: typeof showLawSummary;
}
