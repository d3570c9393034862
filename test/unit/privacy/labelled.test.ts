// Precision and recall per kind on the labelled corpora (figures reported in docs/privacy.md), and the
// normalisation that makes written variants of one number match: offsets always point into the original.
import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from '../../../utils/privacy/detect';
import { scoreByKind } from '../../../utils/privacy/evaluate';
import { findReviewFlags } from '../../../utils/privacy/names';
import development from './labelled-corpus.json';
import heldOut from './heldout-corpus.json';

describe('labelled corpora', () => {
  it('development set: every kind found in every text labelled with it, none in law-like text', () => {
    const { missed, falseAlarms, scores } = scoreByKind([...development.positives, ...development.negatives]);
    expect(missed).toEqual([]);
    expect(falseAlarms).toEqual([]);
    expect(scores.every((s) => s.truePositives > 0)).toBe(true);
  });

  it('held-out set (written after the detectors, never tuned on): no false alarm on law-like text', () => {
    const lawLike = scoreByKind(heldOut.negatives);
    expect(lawLike.falseAlarms).toEqual([]);
    const all = scoreByKind([...heldOut.positives, ...heldOut.negatives]);
    const found = all.scores.reduce((n, s) => n + s.truePositives, 0);
    const labelled = heldOut.positives.reduce((n, p) => n + p.kinds.length, 0);
    expect(found / labelled).toBeGreaterThan(0.85);
  });
});

describe('normalisation before matching', () => {
  it('maps findings in full-width and zero-width text back to the original offsets', () => {
    const text = 'Nummer １１１\u200b２２２\u200b３３３ en mail jan\u200b@\u200bvoorbeeld.nl.';
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(['bsn', 'email']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.value);
    expect(findings[0]!.value).toBe('１１１\u200b２２２\u200b３３３');
    expect(redactPersonalData(text)).toBe('Nummer [BSN verwijderd] en mail [e-mailadres verwijderd].');
  });

  it('keeps offsets right after combining marks and astral characters', () => {
    const text = 'Ре\u0301ne 😀 belt 06-12345678';
    const [finding] = findPersonalData(text);
    expect(finding?.value).toBe('06-12345678');
    expect(text.slice(finding!.start, finding!.end)).toBe('06-12345678');
  });

  it('flags names with titles, initials and list names; not law names or institutions', () => {
    expect(findReviewFlags('mijn moeder mevrouw De Vries uit Apeldoorn').map((f) => f.value)).toEqual(['De Vries']);
    expect(findReviewFlags('De heer Yilmaz woont op de Kerkstraat 12a in Zwolle').map((f) => `${f.kind}:${f.value}`)).toEqual([
      'person_name:Yilmaz',
      'street_address:Kerkstraat 12a',
    ]);
    expect(findReviewFlags('B. de Minister stelt regels; de Wet Hillen en motie-Omtzigt; K.N.I.L. Garantiewet')).toEqual([]);
  });
});
