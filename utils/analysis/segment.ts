// Splits an article text (corpus format: leden prefixed "<nr>. ", list items and leden on their own
// line) into leden and sentences, keeping offsets into the original text so matches can be shown.

export interface Segment {
  /** Offset of the first character in the article text. */
  start: number;
  end: number;
  text: string;
  /** Lid number when the segment belongs to a numbered lid, else null. */
  lid: string | null;
}

const LID_START = /^(\d{1,3}[a-z]?)\.\s/;

/** Leden: a line starting with "<nr>. " opens a lid; list items and other lines stay with the open lid. */
export function splitLeden(text: string): Segment[] {
  const leden: Segment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const m = LID_START.exec(line);
    const last = leden[leden.length - 1];
    if (m || !last) {
      leden.push({ start: lineStart, end: lineStart + line.length, text: line, lid: m?.[1] ?? null });
    } else {
      last.end = lineStart + line.length;
      last.text = text.slice(last.start, last.end);
    }
  }
  return leden;
}

// A sentence ends at ". " followed by a capital, unless the dot closes a one-letter list label
// ("onderdeel a. Het" is rare in statutes; "a. de" at a line start is a list item, not a sentence end).
const SENTENCE_END = /[A-Za-zÀ-ÿ0-9)]{2}\.\s+(?=[A-Z])/g;

/** Sentences of one lid; list items belong to the sentence that introduces them. */
export function splitSentences(lid: Segment): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(lid.text); m; m = SENTENCE_END.exec(lid.text)) {
    const cut = m.index + 3; // keep the dot with its sentence
    out.push(slice(lid, from, cut));
    from = m.index + m[0].length;
  }
  out.push(slice(lid, from, lid.text.length));
  return out.filter((s) => s.text.trim().length > 0);
}

function slice(lid: Segment, from: number, to: number): Segment {
  const raw = lid.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: lid.start + from + lead, end: lid.start + from + lead + text.length, text, lid: lid.lid };
}

/** All sentences of an article, in order. */
export function sentencesOf(text: string): Segment[] {
  return splitLeden(text).flatMap(splitSentences);
}
