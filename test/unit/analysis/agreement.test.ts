import { describe, expect, it } from 'vitest';
import { hookAgreement, parseReaderLabels, rigidAgreement } from '../../../utils/analysis/agreement';

const first = parseReaderLabels(['# first', 'A#1\trigid:boete\t4:94a,5:41', 'A#2\tnone\t-', 'B#3\trigid:intrekking\t3:4', 'B#4\tnone\t3:4'].join('\n'));

describe('agreement of two readers', () => {
  it('counts rigid labels in the four cells and the same outcome', () => {
    const second = parseReaderLabels(['A#1\trigid:korting\t4:94a', 'A#2\trigid:verval\t-', 'B#3\tnone\t3:4,4:84', 'B#4\tnone\t3:4'].join('\n'));
    const r = rigidAgreement(first, second);
    expect(r).toMatchObject({ both: 1, firstOnly: 1, secondOnly: 1, neither: 1, sameOutcome: 0 });
    expect(r.positive).toBeCloseTo(0.5);
    // Observed 0.5, chance 0.5: no agreement beyond chance.
    expect(r.kappa).toBeCloseTo(0);
  });

  it('gives kappa 1 and positive agreement 1 when the readers agree throughout', () => {
    const r = rigidAgreement(first, first);
    expect(r.kappa).toBe(1);
    expect(r.positive).toBe(1);
    expect(r.sameOutcome).toBe(2);
  });

  it('counts hooks per article and Awb article, and can leave one out', () => {
    const second = parseReaderLabels(['A#1\tnone\t4:94a,4:84', 'B#4\tnone\t3:4'].join('\n'));
    expect(hookAgreement(first, second)).toMatchObject({ both: 2, firstOnly: 1, secondOnly: 1 });
    expect(hookAgreement(first, second, new Set(['4:84']))).toMatchObject({ both: 2, firstOnly: 1, secondOnly: 0 });
  });

  it('refuses a key only the second reader has, and a line without its fields', () => {
    expect(() => rigidAgreement(first, parseReaderLabels('Z#9\tnone\t-'))).toThrow(/Z#9/);
    expect(() => parseReaderLabels('A#1 none')).toThrow(/key<TAB>rigid<TAB>hooks/);
  });
});
