// What the report form needs to show found personal data: the text cut into pieces so the found parts can be highlighted. The UI renders the pieces as text nodes,
// never as HTML, so nothing the user typed can become markup.
import { orderedFindings, type PersonalDataFinding } from './detect';

export type TextSegment = { text: string; finding: PersonalDataFinding | null };

/** A marked stretch of a text: where it starts and where it ends (exclusive). */
export type Span = { start: number; end: number };

/**
 * `text`, which starts at `offset` in a longer text, cut at `spans` (offsets in that longer text), taken in the
 * order given: the plain parts with `span: null`, the spanned parts with their span. A span that starts before
 * the previous one ended, or lies outside `text`, is left out. Joining all `text` fields gives `text` back.
 * Empty plain parts are left out.
 */
export function cutAtSpans<S extends Span>(text: string, spans: readonly S[], offset = 0): Array<{ text: string; span: S | null }> {
  const end = offset + text.length;
  const segments: Array<{ text: string; span: S | null }> = [];
  let cursor = offset;
  for (const span of spans) {
    if (span.start < cursor || span.end > end) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor - offset, span.start - offset), span: null });
    segments.push({ text: text.slice(span.start - offset, span.end - offset), span });
    cursor = span.end;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor - offset), span: null });
  return segments;
}

/**
 * `text` as consecutive segments: the plain parts with `finding: null`, the found parts with their
 * finding. Joining all `text` fields gives `text` back. Empty plain parts are left out.
 */
export function highlightSegments(text: string, findings: readonly PersonalDataFinding[]): TextSegment[] {
  return cutAtSpans(text, orderedFindings(findings)).map(({ text: part, span }) => ({ text: part, finding: span }));
}
