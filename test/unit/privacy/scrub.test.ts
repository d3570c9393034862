import { describe, expect, it } from 'vitest';
import { findPersonalData, PERSONAL_DATA_KINDS } from '../../../utils/privacy/detect';
import { highlightSegments } from '../../../utils/privacy/scrub';
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
