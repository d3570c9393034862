import { describe, expect, it } from 'vitest';
import { dutchDate, ecliUrl, FILE_NAME, kamerstukUrl, kamerstukUrlOf, reportCitation } from '../../../utils/citation/official';
import { articleReference, lawName, signalCitation } from '../../../utils/citation/signal';

describe('official citations', () => {
  it('gives a Kamerstuk its address on officiële bekendmakingen, only for one dossier and number', () => {
    expect(kamerstukUrl('26 448', '650')).toBe('https://zoek.officielebekendmakingen.nl/kst-26448-650.html');
    expect(kamerstukUrlOf('Kamerstukken II 2020/21, 26 448, nr. 650')).toBe('https://zoek.officielebekendmakingen.nl/kst-26448-650.html');
    expect(kamerstukUrlOf('Kamerstukken I 2021/22, 35 295, AF')).toBe('https://zoek.officielebekendmakingen.nl/kst-35295-AF.html');
    expect(kamerstukUrlOf('Kamerstuk 32 716, nr. 40')).toBe('https://zoek.officielebekendmakingen.nl/kst-32716-40.html');
    expect(kamerstukUrlOf('Kamerstukken 34 352 en 17 050, nr. 213')).toBeNull();
    expect(kamerstukUrlOf('Streng maar onrechtvaardig')).toBeNull();
  });

  it('links an ECLI to rechtspraak.nl and refuses what is not one', () => {
    expect(ecliUrl('ECLI:NL:RVS:2021:2749')).toBe('https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RVS:2021:2749');
    expect(ecliUrl('NL:RVS:2021:2749')).toBeNull();
  });

  it('writes dates and a published report the Dutch way', () => {
    expect(dutchDate('2026-03-04')).toBe('4 maart 2026');
    expect(reportCitation('burger', '2026-12-06')).toBe('Melding van een burger, gepubliceerd op 6 december 2026');
    expect(reportCitation('clientenraad', '2026-01-31')).toBe('Melding van een cliëntenraad, gepubliceerd op 31 januari 2026');
  });

  it('recognises internal file names, not Kamerstuk addresses written as citations', () => {
    expect(FILE_NAME.test('seed 001_af7e2a7a2207062c.txt (26 448 nr. 650)')).toBe(true);
    expect(FILE_NAME.test('domain.md §2.1')).toBe(true);
    expect(FILE_NAME.test('Kamerstukken II 2020/21, 26 448, nr. 650')).toBe(false);
  });
});

describe('citing a signal', () => {
  it('names laws by short title and article, never by BWB id', () => {
    expect(articleReference('Awb', '4:84')).toBe('Awb art. 4:84');
    expect(articleReference('Awir', null)).toBe('Awir');
    expect(articleReference(null, '47')).toBe('art. 47');
    expect(lawName({ title: 'Leerplichtwet 1969', abbreviation: null })).toBe('Leerplichtwet 1969');
    expect(lawName({ title: 'Participatiewet', abbreviation: 'Pw' })).toBe('Pw');
  });

  it('cites title, article and version, public address and consultation date', () => {
    expect(
      signalCitation({ title: 'Giften tellen als middelen', law: 'Pw', label: '31', versionDate: '2023-01-01', address: 'https://wetsignaal.nl/signaal/sig-19', consulted: '2026-12-06' }),
    ).toBe('Wetsignaal, ‘Giften tellen als middelen’, Pw art. 31 (versie van 1 januari 2023), https://wetsignaal.nl/signaal/sig-19 (geraadpleegd op 6 december 2026)');
    expect(signalCitation({ title: 'Wajong', law: 'Wajong', label: null, versionDate: null, address: null, consulted: '2026-12-06' })).toBe(
      'Wetsignaal, ‘Wajong’, Wajong (geraadpleegd op 6 december 2026)',
    );
  });
});
