// The summary line goes into the law's title while the page is still being parsed. Put in then, it is laid
// out with the page's own first frames; put in after load, it costs a relayout and pre-paint of the whole
// 2–3 MB page (25–45 ms, more than the rest of the extension's work at load together). Also with a badge
// on every article, whose badges come later with the articles near the viewport. Only where the API knows
// articles of the law does the overlay put the line in, with their badges: its counts need them recognised.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSetup } from '../../utils/extension/messages';
import type { SummaryScript } from '../../utils/overlay/overlay-script';
import { lawTitle } from '../../utils/recognition/page';
import { atFrameWhen } from './parse-progress';
import { lineWithoutArticles } from './lazy-overlay';
import type { LawClause } from '../../utils/overlay/law-clauses';
import type { LawSummaryLine } from '../../utils/overlay/law-summary';

/** The law's title once the parser has passed it: its text is complete when the parser has begun its next sibling. */
const titleComplete = () => lawTitle(document)?.nextSibling != null;

export interface EarlySummaryOptions {
  bwbId: string;
  /** The page setup asked for at document start, with the lookup of the version the URL names. */
  setup: Promise<PageSetup>;
  loadSummary: () => Promise<SummaryScript>;
  /** Opens the report form for the article at the top of the view (bound once the page is read). */
  report: () => void;
  /** The law's own clauses, once the page's text has been read (undefined until then). */
  lawClauses: () => LawClause[] | null | undefined;
}

/** Puts the summary line in the title as soon as both are known; the line, or null where it did not. */
export async function showSummaryEarly(ctx: ContentScriptContext, { bwbId, setup, loadSummary, report, lawClauses }: EarlySummaryOptions): Promise<LawSummaryLine | null> {
  // Asked for at once, beside the setup: one round trip less before the parser passes the title. Most laws
  // need it (nobody reported on them); where badges show, it is loaded for nothing (about 1 ms).
  const script = loadSummary();
  script.catch(() => undefined); // not needed after all, or the extension was reloaded: the caller hears of it only when it waits
  const { settings, lookup, catalog } = await setup;
  if (!lookup || !lineWithoutArticles(lookup)) return null;
  const loaded = await script;
  // At the start of a frame the page runs anyway while it is parsed, once the title is complete: laid out in it
  // with what the parser added. Put in as soon as it was ready, it brought a frame forward, a layout of its own.
  await atFrameWhen(ctx, titleComplete);
  if (!lawTitle(document)) return null;
  return loaded.showLawSummary(ctx, { bwbId, lookup, language: settings.language, catalog, firstArticle: () => undefined, report, lawClauses: lawClauses() });
}

/** Takes the early line away where the page, once read, needs another (no articles, or no law text). */
export function removeEarlySummary(): void {
  document.querySelector('wetsignaal-summary')?.remove();
}
