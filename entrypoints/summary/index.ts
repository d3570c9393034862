// The summary script: the law's summary line alone. The content script has it injected instead of the
// overlay script where the API knows the law only as a whole, or the lookup failed (the line says so):
// on such a page nothing else shows until an article with a clause comes near.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_SCRIPTS } from '../../utils/overlay/page-scripts';
import type { SummaryScript } from '../../utils/overlay/overlay-script';
import { showLawSummary } from '../../utils/overlay/law-summary';

export default defineUnlistedScript({
  globalName: PAGE_SCRIPTS.summary.global,
  main: (): SummaryScript => ({ showLawSummary }),
});
