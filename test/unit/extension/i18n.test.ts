import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../utils/i18n/messages';
import { formatDate, translator } from '../../../utils/i18n';
import { catalogFor } from '../../../utils/i18n/catalog';
import * as labels from '../../../utils/i18n/vocabulary-labels';

describe('i18n', () => {
  it('has every string in Dutch and English, with the same placeholders and plural forms', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const placeholders = (e: unknown) => JSON.stringify(e).match(/\{\w+\}/g)?.sort() ?? [];
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(typeof en[key], key).toBe(typeof nl[key]);
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('labels every vocabulary value in both languages', () => {
    for (const table of Object.values(labels)) {
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.nl).sort());
      for (const value of Object.values(table.nl)) expect(value).not.toBe('');
    }
  });

  it('chooses the plural form and fills placeholders', () => {
    const t = translator(catalogFor('nl').messages);
    expect(t('badgeLabel', { n: 1, label: '4:84' })).toBe('1 signaal bij artikel 4:84');
    expect(t('badgeLabel', { n: 3, label: '4:84' })).toBe('3 signalen bij artikel 4:84');
    expect(translator(catalogFor('en').messages)('badgeLabel', { n: 0, label: '2' })).toBe('0 signals on article 2');
  });

  it('leaves a placeholder without a value as it is, and fills each once', () => {
    const t = translator({ where: 'in {where} en {missing}', pair: '{a}{b}' });
    expect(t('where', { where: 'art. {missing}' })).toBe('in art. {missing} en {missing}');
    expect(t('pair', { a: '{b}', b: 'x' })).toBe('{b}x');
    expect(t('where')).toBe('in {where} en {missing}');
  });

  it('formats dates as the portal does in Dutch', () => {
    expect(formatDate('2024-01-01', 'nl')).toBe('01-01-2024');
    expect(formatDate('2024-01-01', 'en')).toBe('2024-01-01');
  });
});
