// What the review step before sending shows: the text exactly as it will be sent, with every piece of
// personal data that was replaced by a placeholder marked, so nothing the citizen wrote changes silently;
// and every likely name or street address (names.ts) marked too, left as written for the citizen to decide.
import { REDACTION_PLACEHOLDERS, type PersonalDataFinding } from './detect';
import type { ReviewFlag } from './names';
import { highlightSegments } from './scrub';

export type ReviewSegment = { text: string; replaced: PersonalDataFinding | null; flagged: ReviewFlag | null };

/** A plain stretch of text cut at the review flags inside it (`offset`: where the stretch starts). */
function flaggedSegments(text: string, offset: number, flags: readonly ReviewFlag[]): ReviewSegment[] {
  const end = offset + text.length;
  const segments: ReviewSegment[] = [];
  let cursor = offset;
  for (const flag of flags) {
    if (flag.start < cursor || flag.end > end) continue;
    if (flag.start > cursor) segments.push({ text: text.slice(cursor - offset, flag.start - offset), replaced: null, flagged: null });
    segments.push({ text: text.slice(flag.start - offset, flag.end - offset), replaced: null, flagged: flag });
    cursor = flag.end;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor - offset), replaced: null, flagged: null });
  return segments;
}

/**
 * `text` with each finding replaced by its placeholder, as segments: joining all `text` fields gives the
 * text that is sent (the same as `redactPersonalData(text, findings)`). Flags that overlap a finding are dropped.
 */
export function reviewSegments(text: string, findings: readonly PersonalDataFinding[], flags: readonly ReviewFlag[] = []): ReviewSegment[] {
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  let offset = 0;
  return highlightSegments(text, findings).flatMap(({ text: part, finding }) => {
    const start = offset;
    offset += part.length;
    return finding
      ? [{ text: REDACTION_PLACEHOLDERS[finding.kind], replaced: finding, flagged: null }]
      : flaggedSegments(part, start, sorted);
  });
}

export function joinSegments(segments: readonly ReviewSegment[]): string {
  return segments.map((s) => s.text).join('');
}
