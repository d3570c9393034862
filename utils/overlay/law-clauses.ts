// The law's own general hardheidsclausules, read from the whole text on the page when it has been parsed
// (issue #24), not only from the articles near the viewport: the summary line says at load whether the law
// has one and what it covers. Read in the task that ends the parse, so the line's new words are laid out
// with the page's own next frame. Cheap by construction: one test of the whole text for the word every
// general clause contains ("onbillijk"), then only the few articles that hold it are read and analysed.
import { detectClause } from '../analysis/clause';
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
  // The whole text at once first (native, 2–4 ms on a 2 MB law): most laws never say "onbillijk". Where one
  // does, each article's text in turn (8–12 ms on the Wet IB 2001; walking the text nodes in JavaScript, or
  // down the divisions, cost more).
  if (!mayHoldGeneralClause(page.scope.textContent ?? '')) return [];
  const found: LawClause[] = [];
  for (let i = 0; i < page.containers.length; i++) {
    const container = page.containers[i]!;
    if (!mayHoldGeneralClause(container.textContent ?? '')) continue;
    const header = headerOf(container);
    const label = parseArticleHeading(header?.textContent ?? '')?.nr;
    if (!label) continue;
    const text = articleBodyText(container, header);
    const match = detectClause(text);
    if (match?.clause === 'general') found.push({ label, covers: match.covers, text });
  }
  return found;
}
