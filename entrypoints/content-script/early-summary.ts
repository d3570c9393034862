// The summary line goes into the law's title while the page is still being parsed. Put in then, it is laid
// out with the page's own first frames; put in after load, it costs a relayout and pre-paint of the whole
// 2–3 MB page (25–45 ms, more than the rest of the extension's work at load together). Also with a badge
// on every article, whose badges come later with the articles near the viewport. Only where the API knows
// articles of the law does the overlay put the line in, with their badges: its counts need them recognised.
// The line is built here, with the messages the page setup brought (line-texts.ts): no script is loaded for it.
import type { PageContext } from '../../utils/extension/page-context';
import type { PageSetup } from '../../utils/extension/messages';
import { lawTitle } from '../../utils/recognition/page';
import { atFrameWhen } from './parse-progress';
import type { LawClause } from '../../utils/overlay/law-clauses';
import { knownAboutLaw, mountSummary, type LawSummaryLine } from '../../utils/overlay/law-summary';
import { summaryFigures } from '../../utils/overlay/model';
import { pageHosts } from '../../utils/overlay/page-hosts';
import { translator } from '../../utils/i18n';

/** The law's title once the parser has passed it: its text is complete when the parser has begun its next sibling. */
const titleComplete = () => lawTitle(document)?.nextSibling != null;

export interface EarlySummaryOptions {
  bwbId: string;
  /** The page setup asked for at document start, with the lookup of the version the URL names. */
  setup: Promise<PageSetup>;
  /** Opens the report form for the article at the top of the view (bound once the page is read). */
  report: () => void;
  /** The law's own clauses, once the page's text has been read (undefined until then). */
  lawClauses: () => LawClause[] | null | undefined;
}

/** Puts the summary line in the title as soon as both are known; the line, or null where it did not. */
export async function showSummaryEarly(ctx: PageContext, { bwbId, setup, report, lawClauses }: EarlySummaryOptions): Promise<LawSummaryLine | null> {
  // The line's messages come only where the line shows without the overlay (the API knows no articles of the law).
  const { lookup, line } = await setup;
  if (!lookup || !line) return null;
  // At the start of a frame the page runs anyway while it is parsed, once the title is complete: laid out in it
  // with what the parser added. Put in as soon as it was ready, it brought a frame forward, a layout of its own.
  await atFrameWhen(ctx, titleComplete);
  if (!lawTitle(document)) return null;
  const known = knownAboutLaw(lookup);
  return mountSummary({
    ...known,
    bwbId,
    language: line.language,
    texts: { t: translator(line.messages), regulationClause: line.regulationClause },
    detailsTexts: null,
    hosts: pageHosts(ctx),
    firstArticle: () => undefined,
    report,
    lawClauses: lawClauses(),
    figures: summaryFigures(known.data, []),
  });
}

/** Takes the early line away where the page, once read, needs another (no articles, or no law text). */
export function removeEarlySummary(): void {
  document.querySelector('wetsignaal-summary')?.remove();
}
