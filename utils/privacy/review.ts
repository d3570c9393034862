// What the review step before sending shows: the text exactly as it will be sent, with every piece of
// personal data that was replaced by a placeholder marked, so nothing the citizen wrote changes silently.
import { REDACTION_PLACEHOLDERS, type PersonalDataFinding } from './detect';
import { highlightSegments } from './scrub';

export type ReviewSegment = { text: string; replaced: PersonalDataFinding | null };

/**
 * `text` with each finding replaced by its placeholder, as segments: joining all `text` fields gives the
 * text that is sent (the same as `redactPersonalData(text, findings)`).
 */
export function reviewSegments(text: string, findings: readonly PersonalDataFinding[]): ReviewSegment[] {
  return highlightSegments(text, findings).map(({ text: part, finding }) =>
    finding ? { text: REDACTION_PLACEHOLDERS[finding.kind], replaced: finding } : { text: part, replaced: null },
  );
}

export function joinSegments(segments: readonly ReviewSegment[]): string {
  return segments.map((s) => s.text).join('');
}
