// The scripts the background injects into a law page's extension world (the content script's) when they
// are first needed, and the global name each leaves its value under. Names only: importing this adds
// none of their code.
import type { OverlayScript, SummaryScript } from './overlay-script';
import type { OverlayUi } from './overlay-ui';

export const PAGE_SCRIPTS = {
  /** The law's summary alone, where the API knows nothing about its articles (entrypoints/summary). */
  summary: { file: '/summary.js', global: 'wetsignaalSummary' },
  /** Recognising articles and showing badges and the summary (entrypoints/overlay). */
  overlay: { file: '/overlay.js', global: 'wetsignaalOverlay' },
  /** The Preact panel and the summary's details (entrypoints/overlay-ui). */
  'overlay-ui': { file: '/overlay-ui.js', global: 'wetsignaalOverlayUi' },
} as const;

export type PageScriptName = keyof typeof PAGE_SCRIPTS;

/** What each script offers once it has run. */
export interface PageScriptValues {
  summary: SummaryScript;
  overlay: OverlayScript;
  'overlay-ui': OverlayUi;
}
