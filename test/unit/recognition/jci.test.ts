import { describe, expect, it } from 'vitest';
import { formatJci, parseJci } from '../../../utils/recognition/jci';
import { Jci } from '../../../utils/contract/identity';

describe('parseJci', () => {
  it('reads structure outer → inner, article and both dates', () => {
    expect(parseJci('jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&z=2026-08-15&g=2026-08-15')).toEqual({
      version: '1.3',
      type: 'c',
      bwbId: 'BWBR0005537',
      path: [
        { kind: 'hoofdstuk', nr: '1' },
        { kind: 'titeldeel', nr: '1.1' },
      ],
      label: '1:3',
      lid: null,
      onderdeel: null,
      z: '2026-08-15',
      g: '2026-08-15',
    });
  });

  it('accepts g before z, &amp;, capitalised keys and version 1.31', () => {
    const ref = parseJci('jci1.31:c:BWBR0036795&amp;Hoofdstuk=III&amp;Paragraaf=3.1&amp;artikel=5b&amp;g=2024-06-19&amp;z=2024-06-18');
    expect(ref).toMatchObject({
      version: '1.31',
      path: [
        { kind: 'hoofdstuk', nr: 'III' },
        { kind: 'paragraaf', nr: '3.1' },
      ],
      label: '5b',
      g: '2024-06-19',
      z: '2024-06-18',
    });
  });

  it('reads lid and onderdeel, bijlage and boek', () => {
    expect(parseJci('jci1.3:c:BWBR0006324&hoofdstuk=IV&afdeling=1&artikel=22&lid=1&o=b')).toMatchObject({ lid: '1', onderdeel: 'b', z: null });
    expect(parseJci('jci1.3:c:BWBR0004825&bijlage=1&z=2017-07-01&g=2017-07-01')).toMatchObject({ path: [{ kind: 'bijlage', nr: '1' }], label: null });
    expect(parseJci('jci1.3:c:BWBR0005288&boek=5&titeldeel=1&artikel=1')?.path).toEqual([
      { kind: 'boek', nr: '5' },
      { kind: 'titeldeel', nr: '1' },
    ]);
  });

  it('drops an impossible date and ignores a #fragment', () => {
    expect(parseJci('jci1.3:c:BWBR0011353&artikel=2.10&z=2025-02-30')).toMatchObject({ label: '2.10', z: null });
    expect(parseJci('jci1.3:c:BWBR0025520#Hoofdstuk3_Artikel11')).toMatchObject({ bwbId: 'BWBR0025520', path: [], label: null });
  });

  it('skips empty and keyless pairs, keeps "=" inside a value, decodes escapes and stops at a fragment or space', () => {
    expect(parseJci('jci1.3:c:BWBR0005537&&=x&hoofdstuk=4&artikel=4%3A84&lid=2#lid3&artikel=9')).toMatchObject({
      path: [{ kind: 'hoofdstuk', nr: '4' }],
      label: '4:84',
      lid: '2',
    });
    expect(parseJci('jci1.3:c:BWBR0005537&o=a=b&artikel=1 &artikel=2')).toMatchObject({ onderdeel: 'a=b', label: '1' });
    expect(parseJci('jci1.3:c:BWBR0005537&artikel=&artikel=3&bad%=1&x')).toMatchObject({ label: '3', path: [] });
  });

  it.each(['', 'jci1.3:c:BWB123', 'jci2:c:BWBR0005537', 'http://example.com', 'jci1.3:x:BWBR0005537'])('rejects %j', (s) => {
    expect(parseJci(s)).toBeNull();
  });
});

describe('formatJci', () => {
  it('writes the canonical form', () => {
    expect(
      formatJci({
        bwbId: 'BWBR0005537',
        path: [
          { kind: 'hoofdstuk', nr: '4' },
          { kind: 'titeldeel', nr: '4.3' },
        ],
        label: '4:84',
        versionDate: '2024-01-01',
      }),
    ).toBe('jci1.3:c:BWBR0005537&hoofdstuk=4&titeldeel=4.3&artikel=4:84&z=2024-01-01&g=2024-01-01');
  });

  it('omits z and g without a date', () => {
    expect(formatJci({ bwbId: 'BWBR0018451', path: [], label: '1', versionDate: null })).toBe('jci1.3:c:BWBR0018451&artikel=1');
  });

  const targets = [
    { bwbId: 'BWBR0005290', path: [{ kind: 'boek', nr: '7' }, { kind: 'titeldeel', nr: '4' }, { kind: 'afdeling', nr: '5' }, { kind: 'onderafdeling', nr: '1' }], label: '232', versionDate: '2015-11-26' },
    { bwbId: 'BWBR0004627', path: [{ kind: 'afdeling', nr: 'I' }, { kind: 'hoofdstuk', nr: 'A' }], label: 'A 1', versionDate: '2025-08-01' },
    { bwbId: 'BWBR0015703', path: [{ kind: 'hoofdstuk', nr: '7a' }], label: '78ee*', versionDate: null },
    { bwbId: 'BWBR0037946', path: [{ kind: 'sub-paragraaf', nr: '4.3.6' }], label: '4.3.6.8', versionDate: '2019-07-10' },
  ] as const;

  it.each(targets)('round-trips $label and satisfies the contract', (t) => {
    const s = formatJci(t);
    expect(Jci.safeParse(s).success).toBe(true);
    const back = parseJci(s);
    expect(back).toMatchObject({ bwbId: t.bwbId, path: t.path, label: t.label, z: t.versionDate, g: t.versionDate });
    expect(formatJci({ bwbId: back!.bwbId, path: back!.path, label: back!.label, versionDate: back!.g })).toBe(s);
  });
});
