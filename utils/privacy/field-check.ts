// The personal-data check per field of a submission: every free-text field that can ever become public
// (the description and the other texts, the quoted sentence, the title of a law the API does not know).
// Used by the API to refuse certain personal data and by moderation to show flags on every field.
import { findPersonalData, type PersonalDataKind } from './detect';
import { findReviewFlags, type ReviewFlagKind } from './names';

/** `personal_data`: certain (refused); `review`: maybe a name or address, never published unchecked. */
export type FieldFlag = { kind: PersonalDataKind | ReviewFlagKind; severity: 'personal_data' | 'review'; start: number; end: number; value: string };
export type FieldFlags = { field: PublicTextField; flags: FieldFlag[] };

export const PUBLIC_TEXT_FIELDS = [
  'description',
  'affected',
  'otherLaw',
  'regulationTitle',
  'target.quote.exact',
  'target.quote.prefix',
  'target.quote.suffix',
] as const;
export type PublicTextField = (typeof PUBLIC_TEXT_FIELDS)[number];

/** The parts of the quoted sentence: public together, or left out together (`dropQuote`). */
export const QUOTE_FIELDS: readonly PublicTextField[] = ['target.quote.exact', 'target.quote.prefix', 'target.quote.suffix'];

/** What a submission holds in its public text fields (request or stored form alike). */
export type PublicTexts = {
  description: string;
  affected: string;
  otherLaw: string | null;
  regulationTitle: string;
  target: { quote: { exact: string; prefix: string; suffix: string } | null };
};

export function publicTextOf(texts: PublicTexts, field: PublicTextField): string {
  switch (field) {
    case 'target.quote.exact':
      return texts.target.quote?.exact ?? '';
    case 'target.quote.prefix':
      return texts.target.quote?.prefix ?? '';
    case 'target.quote.suffix':
      return texts.target.quote?.suffix ?? '';
    default:
      return texts[field] ?? '';
  }
}

/** Both kinds of finding in one text, sorted by start. */
export function textFlags(text: string): FieldFlag[] {
  const certain = findPersonalData(text).map((f) => ({ ...f, severity: 'personal_data' as const }));
  // A review flag inside a certain finding adds nothing ("Kerkstraat 12, 1234 AB").
  const review = findReviewFlags(text)
    .filter((r) => certain.every((c) => r.end <= c.start || r.start >= c.end))
    .map((f) => ({ ...f, severity: 'review' as const }));
  return [...certain, ...review].sort((a, b) => a.start - b.start);
}

/** One entry per public text field, in contract order, flags empty when the field is clean. */
export function submissionFieldFlags(texts: PublicTexts): FieldFlags[] {
  return PUBLIC_TEXT_FIELDS.map((field) => ({ field, flags: textFlags(publicTextOf(texts, field)) }));
}
