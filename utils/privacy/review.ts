// What the review step before sending shows: the text exactly as it will be sent, with every piece of
// personal data that was replaced by a placeholder marked, so nothing the citizen wrote changes silently;
// and every likely name or street address (names.ts) marked too, left as written for the citizen to decide.
import { REDACTION_PLACEHOLDERS, type PersonalDataFinding } from './detect';
import type { ReviewFlag } from './names';
import { cutAtSpans, highlightSegments } from './scrub';

export type ReviewSegment = { text: string; replaced: PersonalDataFinding | null; flagged: ReviewFlag | null };

/**
 * `text` with each finding replaced by its placeholder, as segments: joining all `text` fields gives the
 * text that is sent (the same as `redactPersonalData(text, findings)`). Flags that overlap a finding are dropped.
 */
export function reviewSegments(text: string, findings: readonly PersonalDataFinding[], flags: readonly ReviewFlag[] = []): ReviewSegment[] {
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  let offset = 0;
  return highlightSegments(text, findings).flatMap<ReviewSegment>(({ text: part, finding }) => {
    const start = offset;
    offset += part.length;
    return finding
      ? [{ text: REDACTION_PLACEHOLDERS[finding.kind], replaced: finding, flagged: null }]
      : cutAtSpans(part, sorted, start).map(({ text: plain, span }) => ({ text: plain, replaced: null, flagged: span }));
  });
}

export function joinSegments(segments: readonly ReviewSegment[]): string {
  return segments.map((s) => s.text).join('');
}
