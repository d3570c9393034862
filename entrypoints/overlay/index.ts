// The overlay script: recognising the articles of a law page and showing badges, the summary and the
// panel's opener. The content script has it injected into the page's extension world (its own) when
// there is something to show or count. Most law pages have nothing known at load, and then skip
// compiling this code: the larger part of what the content script used to be.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { indexArticles } from '../../utils/recognition/recognise';
import { PAGE_SCRIPTS } from '../../utils/overlay/page-scripts';
import type { OverlayScript } from '../../utils/overlay/overlay-script';
import { createOverlay } from './overlay';

export default defineUnlistedScript({
  globalName: PAGE_SCRIPTS.overlay.global,
  main: (): OverlayScript => ({ indexArticles, createOverlay }),
});
