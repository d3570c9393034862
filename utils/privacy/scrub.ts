// What the report form needs to show found personal data: the text cut into pieces so the found parts can be highlighted. The UI renders the pieces as text nodes,
// never as HTML, so nothing the user typed can become markup.
import { orderedFindings, type PersonalDataFinding } from './detect';

export type TextSegment = { text: string; finding: PersonalDataFinding | null };

/**
 * `text` as consecutive segments: the plain parts with `finding: null`, the found parts with their
 * finding. Joining all `text` fields gives `text` back. Empty plain parts are left out.
 */
export function highlightSegments(text: string, findings: readonly PersonalDataFinding[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const finding of orderedFindings(findings)) {
    if (finding.start > cursor) segments.push({ text: text.slice(cursor, finding.start), finding: null });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), finding: null });
  return segments;
}
