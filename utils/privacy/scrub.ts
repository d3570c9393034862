// What the report form needs to show found personal data: a plain name for each kind, and the text
// cut into pieces so the found parts can be highlighted. The UI renders the pieces as text nodes,
// never as HTML, so nothing the user typed can become markup.
import type { Language } from '../i18n';
import { personalDataLabels } from '../i18n/vocabulary-labels';
import { orderedFindings, type PersonalDataFinding, type PersonalDataKind } from './detect';

/** Name of a kind of personal data (Dutch B1 by default), e.g. "telefoonnummer"; from the UI label table. */
export function describeFinding(kind: PersonalDataKind, language: Language = 'nl'): string {
  return personalDataLabels[language][kind];
}

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
