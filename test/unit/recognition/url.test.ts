import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../utils/recognition/url';

// Every URL here must be classified as the text of a regulation (whole or part).
const LAW_PAGES: Record<string, string[]> = {
  'bare regulation': ['https://wetten.overheid.nl/BWBR0005537', 'http://wetten.overheid.nl/BWBR0005537/'],
  'version by date': ['https://wetten.overheid.nl/BWBR0005537/2024-01-01', 'https://wetten.overheid.nl/BWBR0032203/2022-03-02/'],
  'date and sequence': ['https://wetten.overheid.nl/BWBR0049436/2024-03-04/0', 'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0?foo=1'],
  'fragment anchor': [
    'https://wetten.overheid.nl/BWBR0005537/2024-01-01#Hoofdstuk7_Afdeling7.1_Artikel7:1',
    'https://wetten.overheid.nl/BWBR0005288/2023-05-01/0#Boek5_Titeldeel6_Artikel83',
  ],
  'part pages': [
    'https://wetten.overheid.nl/BWBR0011353/2026-01-01/0/Hoofdstuk3',
    'https://wetten.overheid.nl/BWBR0020892/2026-01-01/0/Hoofdstuk6/Paragraaf6.2',
    'https://wetten.overheid.nl/BWBR0007119/2024-01-01/0/HoofdstukVI/Artikel37a/',
    'https://wetten.overheid.nl/BWBR0037946/2019-07-10/0/Hoofdstuk4/Paragraaf4.3/Sub-paragraaf4.3.6/Artikel4.3.6.8',
    'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Hoofdstuk4/Titeldeel4.3/Artikel4%3A84',
  ],
  'treaty id': ['https://wetten.overheid.nl/BWBV0004110/2005-07-24/0'],
  'juriconnect permalinks shown in place': [
    'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&z=2026-08-15&g=2026-08-15',
    'https://wetten.overheid.nl/jci1.31:c:BWBR0015703&artikel=20',
    'https://wetten.overheid.nl/jci1.3:c:BWBR0025520#Hoofdstuk3_Artikel11',
  ],
};

// None of these may be classified: other hosts (look-alikes), other views, search, unresolved links.
const NOT_LAW_PAGES = [
  'https://wetten.overheid.nl.evil.com/BWBR0005537/2024-01-01/0',
  'https://evil-wetten.overheid.nl/BWBR0005537/2024-01-01/0',
  'https://wetten.overheid.nl@evil.com/BWBR0005537/2024-01-01/0',
  'https://user:pw@wetten.overheid.nl/BWBR0005537',
  'https://www.wetten.overheid.nl/BWBR0005537',
  'https://wetten.overheid.nl./BWBR0005537',
  'https://wetten.overheid.nl:8443/BWBR0005537',
  'https://evil.com/https://wetten.overheid.nl/BWBR0005537',
  'https://evil.com/?u=https://wetten.overheid.nl/BWBR0005537',
  'ftp://wetten.overheid.nl/BWBR0005537',
  'javascript:alert(1)//wetten.overheid.nl/BWBR0005537',
  'not a url',
  '',
  'https://wetten.overheid.nl/',
  'https://wetten.overheid.nl/zoeken',
  'https://wetten.overheid.nl/zoeken/zoekresultaat/titelf/1/titel/bestuursrecht',
  'https://wetten.overheid.nl/BWBR0042812/2019-11-27/0/informatie',
  'https://wetten.overheid.nl/BWBR0042812/2019-11-27/0/informatie#tab-wijzigingenoverzicht',
  'https://wetten.overheid.nl/BWBR0009950/2024-01-01/0/Hoofdstuk15/Paragraaf15.2/Artikel15.4/informatie',
  'https://wetten.overheid.nl/BWBR0002320/2026-04-11/0/HoofdstukI/Artikel4/afdrukken',
  'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0?VergelijkMet=BWBR0005537%3fg%3d2023-01-01',
  'https://wetten.overheid.nl/jci1.3:v:BWBR0005537&s=2020-01-01&e=2024-01-01',
  'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=1:3&g=2024-02-30',
  'https://wetten.overheid.nl/id/BWBR0021409/2007-03-09/0?g=2023-01-03&z=2023-01-03',
  'https://wetten.overheid.nl/BWBR000553/2024-01-01',
  'https://wetten.overheid.nl/bwbr0005537/2024-01-01',
  'https://wetten.overheid.nl/BWBR0005537/2024-02-30/0',
  'https://wetten.overheid.nl/BWBR0005537/gisteren',
  'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Hoofdstuk4/Artikel4:84/Artikel4:85',
  'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Onzin12',
  'https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/%E0%A4%A',
];

describe('classifyUrl', () => {
  for (const [group, urls] of Object.entries(LAW_PAGES)) {
    it.each(urls)(`matches ${group}: %s`, (url) => {
      expect(classifyUrl(url)).not.toBeNull();
    });
  }

  it.each(NOT_LAW_PAGES)('matches nothing: %s', (url) => {
    expect(classifyUrl(url)).toBeNull();
  });

  it('reads bwb id, date, sequence and fragment of a whole regulation', () => {
    expect(classifyUrl('https://wetten.overheid.nl/BWBR0005537/2024-01-01/0#Hoofdstuk7_Afdeling7.1_Artikel7:1')).toEqual({
      bwbId: 'BWBR0005537',
      versionDate: '2024-01-01',
      sequence: 0,
      partPath: [],
      articleLabel: null,
      kind: 'regulation',
      fragment: 'Hoofdstuk7_Afdeling7.1_Artikel7:1',
    });
  });

  it('reads the identity from a Juriconnect permalink', () => {
    expect(classifyUrl('https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&z=2026-08-15&g=2026-08-15')).toEqual({
      bwbId: 'BWBR0005537',
      versionDate: '2026-08-15',
      sequence: null,
      partPath: [
        { kind: 'hoofdstuk', nr: '1' },
        { kind: 'titeldeel', nr: '1.1' },
      ],
      articleLabel: '1:3',
      kind: 'part',
      fragment: null,
    });
    expect(classifyUrl('https://wetten.overheid.nl/jci1.3:c:BWBR0025520#Hoofdstuk3_Artikel11')).toMatchObject({
      kind: 'regulation',
      versionDate: null,
      fragment: 'Hoofdstuk3_Artikel11',
    });
  });

  it('has no version date for a bare id (today’s version)', () => {
    const c = classifyUrl('https://wetten.overheid.nl/BWBR0005537');
    expect(c?.versionDate).toBeNull();
    expect(c?.sequence).toBeNull();
  });

  it('reads the part path and article of a part page, decoding %3A', () => {
    const c = classifyUrl('https://wetten.overheid.nl/BWBR0005537/2024-01-01/0/Hoofdstuk4/Titeldeel4.3/Artikel4%3A84');
    expect(c?.kind).toBe('part');
    expect(c?.partPath).toEqual([
      { kind: 'hoofdstuk', nr: '4' },
      { kind: 'titeldeel', nr: '4.3' },
    ]);
    expect(c?.articleLabel).toBe('4:84');
  });

  it('keeps Sub-paragraaf and roman numbers', () => {
    expect(classifyUrl('https://wetten.overheid.nl/BWBR0037946/2019-07-10/0/Hoofdstuk4/Paragraaf4.3/Sub-paragraaf4.3.6/Artikel4.3.6.8')?.partPath).toEqual([
      { kind: 'hoofdstuk', nr: '4' },
      { kind: 'paragraaf', nr: '4.3' },
      { kind: 'sub-paragraaf', nr: '4.3.6' },
    ]);
    expect(classifyUrl('https://wetten.overheid.nl/BWBR0007119/2024-01-01/0/HoofdstukVI/Artikel37a/')).toMatchObject({
      partPath: [{ kind: 'hoofdstuk', nr: 'VI' }],
      articleLabel: '37a',
    });
  });
});
