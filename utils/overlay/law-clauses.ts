// The law's own general hardheidsclausules, read from the whole text on the page when it has been parsed
// (issue #24), not only from the articles near the viewport: the summary line says at load whether the law
// has one and what it covers. Read in the task that ends the parse, so the line's new words are laid out
// with the page's own next frame. Cheap by construction: each article's text is tested for the word every
// general clause contains ("onbillijk"), and only the few that hold it are analysed.
import { detectGeneralClause } from '../analysis/clause';
import { mayHoldGeneralClause } from '../analysis/clause-stems';
import type { Cover } from '../analysis/covers';
import { isPrivateLaw } from '../analysis/law-kinds';
import { parseArticleHeading } from '../recognition/heading';
import type { LawPage } from '../recognition/page';
import { articleBodyText, headerOf } from '../recognition/text';

export interface LawClause {
  /** The article's label as its heading writes it. */
  label: string;
  covers: Cover[];
  /** The article's text, for what a rigid provision's panel asks the background (what covers it). */
  text: string;
}

/** The general clauses in the page's text (empty: none found); null where none can apply (private law) or there are no articles. */
export function readLawClauses(page: LawPage): LawClause[] | null {
  if (isPrivateLaw(page.regulation.bwbId) || page.containers.length === 0) return null;
  // Each article's text in turn: 2–4 ms on a 2 MB law, less than the whole page's text at once (which holds
  // the table of contents too, and grows one 2 MB string), than walking its text nodes in JavaScript, or an
  // XPath search for the word (measured in Chromium on the Wet IB 2001, the Awb and BW 7).
  const found: LawClause[] = [];
  for (let i = 0; i < page.containers.length; i++) {
    const container = page.containers[i]!;
    if (!mayHoldGeneralClause(container.textContent ?? '')) continue;
    const header = headerOf(container);
    const label = parseArticleHeading(header?.textContent ?? '')?.nr;
    if (!label) continue;
    const text = articleBodyText(container, header);
    const match = detectGeneralClause(text);
    if (match) found.push({ label, covers: match.covers, text });
  }
  return found;
}
