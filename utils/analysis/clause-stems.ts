// The stems every hardheidsclausule criterion contains. Most articles hold none of them, so this cheap
// test comes first: in the detector, and in the content script on the raw page text before an article
// is read and sent for analysis. Two-word stems allow any spacing, as page text may lack the space.
const ANY_STEM =
  /onbillijk|dringend|klemmend|humanitair|bijzondere\s*gevallen|hardheid|onevenredig|verwijt|toegerekend|geoordeeld|gevergd|buitengewoon\s*bezwaar|omstandigheden/i;

/** False means: detectClause finds nothing in this text. */
export function mayHoldClause(text: string): boolean {
  return ANY_STEM.test(text);
}

/** False means: detectClause finds no general clause in this text (each one says the outcome is "onbillijk"). */
export function mayHoldGeneralClause(text: string): boolean {
  return /onbillijk/i.test(text);
}
