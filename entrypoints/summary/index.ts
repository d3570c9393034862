// The summary script: the law's summary line alone, with the whole UI catalogue. On most pages the content
// script builds the line itself while the page is parsed; it has this script injected where it could not
// (the URL names no version, so the lookup came after the parse; a regulation without articles, whose line
// offers its whole text), and where the API knows nothing about the law's articles.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_SCRIPTS } from '../../utils/overlay/page-scripts';
import type { SummaryScript } from '../../utils/overlay/overlay-script';
import { showLawSummary } from '../../utils/overlay/law-summary';

export default defineUnlistedScript({
  globalName: PAGE_SCRIPTS.summary.global,
  main: (): SummaryScript => ({ showLawSummary }),
});
