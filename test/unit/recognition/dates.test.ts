import { describe, expect, it } from 'vitest';
import { dutchToIso, isIsoDate, isoToDutch, parseConsulted, parseRepealedPer, parseValidity } from '../../../utils/recognition/dates';

describe('dates', () => {
  it('converts DD-MM-YYYY and ISO both ways', () => {
    expect(dutchToIso('15-08-2026')).toBe('2026-08-15');
    expect(dutchToIso('1-1-2024')).toBe('2024-01-01');
    expect(isoToDutch('2026-08-15')).toBe('15-08-2026');
  });

  it.each(['31-02-2024', '00-01-2024', '2024-01-01', '15/08/2026', ''])('rejects %j as a Dutch date', (s) => {
    expect(dutchToIso(s)).toBeNull();
  });

  it('validates ISO dates against the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isoToDutch('2024-13-01')).toBeNull();
  });

  it('reads "Geldend van … t/m heden" and "… t/m DD-MM-YYYY"', () => {
    expect(parseValidity('Geraadpleegd op 15-08-2026. Geldend van 01-01-2024 t/m heden.')).toEqual({ from: '2024-01-01', to: null });
    expect(parseValidity('Geldend van 26-11-2015 t/m 31-01-2016.')).toEqual({ from: '2015-11-26', to: '2016-01-31' });
    expect(parseValidity('Geldend van 31-02-2015 t/m heden')).toBeNull();
    expect(parseValidity('Geraadpleegd op 15-08-2026.')).toBeNull();
  });

  it('reads the consulted and repealed dates', () => {
    expect(parseConsulted('Geraadpleegd op 15-08-2026.')).toBe('2026-08-15');
    expect(parseRepealedPer('[Vervallen per 01-01-2011]')).toBe('2011-01-01');
    expect(parseRepealedPer('Artikel 3')).toBeNull();
  });
});
