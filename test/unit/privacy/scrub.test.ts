import { describe, expect, it } from 'vitest';
import { findPersonalData, PERSONAL_DATA_KINDS } from '../../../utils/privacy/detect';
import { highlightSegments } from '../../../utils/privacy/scrub';
import { findReviewFlags } from '../../../utils/privacy/names';
import { joinSegments, reviewSegments } from '../../../utils/privacy/review';
import { personalDataLabels } from '../../../utils/i18n/vocabulary-labels';

describe('personal data labels', () => {
  it('gives a distinct label for every kind in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const labels = PERSONAL_DATA_KINDS.map((kind) => personalDataLabels[language][kind]);
      expect(new Set(labels).size).toBe(PERSONAL_DATA_KINDS.length);
    }
    expect(personalDataLabels.nl.phone).toBe('telefoonnummer');
    expect(personalDataLabels.en.phone).toBe('phone number');
    expect(personalDataLabels.nl.bsn).toContain('BSN');
  });
});

describe('highlightSegments', () => {
  const text = 'Bel 0612345678 of mail a@b.nl';

  it('cuts the text around the findings and joins back to the original', () => {
    const segments = highlightSegments(text, findPersonalData(text));
    expect(segments.map((s) => [s.text, s.finding?.kind ?? null])).toEqual([
      ['Bel ', null],
      ['0612345678', 'phone'],
      [' of mail ', null],
      ['a@b.nl', 'email'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('returns one plain segment without findings, none for empty text', () => {
    expect(highlightSegments('<b>geen</b>', [])).toEqual([{ text: '<b>geen</b>', finding: null }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('accepts unsorted findings and drops an overlapping one', () => {
    const [phone, email] = findPersonalData(text);
    const overlapping = { kind: 'bsn' as const, start: 6, end: 12, value: text.slice(6, 12) };
    const segments = highlightSegments(text, [email!, overlapping, phone!]);
    expect(segments.filter((s) => s.finding !== null).map((s) => s.finding!.kind)).toEqual(['phone', 'email']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('reviewSegments', () => {
  it('replaces certain findings, marks likely names and addresses in place, and joins to the text that is sent', () => {
    const text = 'Mevrouw Jansen uit de Dorpsstraat 4 belde 0612345678 over haar moeder.';
    const segments = reviewSegments(text, findPersonalData(text), findReviewFlags(text));
    expect(segments.filter((s) => s.flagged).map((s) => [s.text, s.flagged!.kind])).toEqual([
      ['Jansen', 'person_name'],
      ['Dorpsstraat 4', 'street_address'],
    ]);
    expect(segments.filter((s) => s.replaced).map((s) => s.text)).toEqual(['[telefoonnummer verwijderd]']);
    expect(joinSegments(segments)).toBe('Mevrouw Jansen uit de Dorpsstraat 4 belde [telefoonnummer verwijderd] over haar moeder.');
  });

  it('marks a name that stands after a replaced finding at its own place', () => {
    const text = 'Bel 0612345678 en vraag naar mevrouw Jansen.';
    const segments = reviewSegments(text, findPersonalData(text), findReviewFlags(text));
    expect(segments.map((s) => [s.text, s.replaced ? 'replaced' : s.flagged ? 'flagged' : null])).toEqual([
      ['Bel ', null],
      ['[telefoonnummer verwijderd]', 'replaced'],
      [' en vraag naar mevrouw ', null],
      ['Jansen', 'flagged'],
      ['.', null],
    ]);
  });

  it('drops a flag that falls inside a replaced finding', () => {
    const text = 'Adres: Kerkstraat 12, 1234 AB Apeldoorn.';
    const findings = findPersonalData(text);
    const segments = reviewSegments(text, findings, findReviewFlags(text));
    for (const s of segments.filter((x) => x.flagged)) {
      expect(findings.some((f) => s.flagged!.start < f.end && s.flagged!.end > f.start)).toBe(false);
    }
    expect(joinSegments(segments)).not.toContain('1234 AB');
  });
});
