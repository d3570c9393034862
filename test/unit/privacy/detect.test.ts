import { describe, expect, it } from 'vitest';
import { passesElfproef, passesIbanCheck } from '../../../utils/privacy/checksums';
import { findPersonalData, redactPersonalData, type PersonalDataFinding } from '../../../utils/privacy/detect';

/** Builds a BSN from 8 digits by choosing the last digit so the 11-proef holds (null if impossible). */
function bsnFrom(first8: string): string | null {
  const sum = [...first8].reduce((acc, d, i) => acc + (9 - i) * Number(d), 0);
  const last = sum % 11;
  return last === 10 ? null : first8 + String(last);
}

/** ISO 13616 check digits computed independently with BigInt. */
function ibanWithCheckDigits(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => Number.parseInt(c, 36).toString()).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

function groupsOf4(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const values = (text: string) => findPersonalData(text).map((f) => f.value);

describe('checksums', () => {
  it('accepts 111222333 and generated BSNs, rejects a changed digit', () => {
    expect(passesElfproef('111222333')).toBe(true);
    const generated = ['12345678', '98765432', '55501234', '20202020'].map(bsnFrom).filter((b) => b !== null);
    expect(generated.length).toBeGreaterThan(2);
    for (const bsn of generated) {
      expect(passesElfproef(bsn)).toBe(true);
      const changed = bsn.slice(0, 4) + String((Number(bsn[4]) + 1) % 10) + bsn.slice(5);
      expect(passesElfproef(changed)).toBe(false);
    }
    expect(passesElfproef('000000000')).toBe(false);
  });

  it('checks IBANs with computed check digits and rejects swapped digits', () => {
    const nl = ibanWithCheckDigits('NL', 'ABNA0417164300');
    expect(nl).toBe('NL91ABNA0417164300');
    expect(passesIbanCheck(nl)).toBe(true);
    expect(passesIbanCheck(ibanWithCheckDigits('DE', '370400440532013000'))).toBe(true);
    expect(passesIbanCheck('NL91ABNA0417164399')).toBe(false);
  });
});

describe('BSN', () => {
  it('finds a valid 9-digit BSN and an 8-digit legacy number, not an invalid one without keyword', () => {
    expect(values('Het nummer 111222333 staat op de brief.')).toEqual(['111222333']);
    const legacy = bsnFrom('01234567')!;
    expect(legacy.startsWith('0')).toBe(true);
    expect(values(`Oud nummer ${legacy.slice(1)} uit 1990.`)).toEqual([legacy.slice(1)]);
    expect(findPersonalData('Het nummer 111222334 staat op de brief.')).toEqual([]);
  });

  it('treats any 9-digit run next to a keyword as a BSN, also in grouped forms', () => {
    expect(kinds('Mijn BSN: 111222334')).toEqual(['bsn']);
    expect(kinds('burgerservicenummer 123456789')).toEqual(['bsn']);
    expect(kinds('sofinummer 123 456 789')).toEqual(['bsn']);
    expect(kinds('123.456.789 (mijn bsn)')).toEqual(['bsn']);
    expect(values('Het nummer 1112.22.333 is van mij')).toEqual(['1112.22.333']);
  });

  it('does not take amounts for a BSN, unless a keyword says so', () => {
    expect(findPersonalData('een boete van 111222333 euro')).toEqual([]);
    expect(findPersonalData('€ 111222333 of €111222333,00')).toEqual([]);
    expect(findPersonalData('€ 111.222.333 en 111 222 333 inwoners')).toEqual([]);
    expect(findPersonalData('111222333,50 en 111222333%')).toEqual([]);
    expect(kinds('BSN 111222333 euro')).toEqual(['bsn']);
  });

  it('ignores digits that are part of a longer number or identifier', () => {
    expect(findPersonalData('BWBR0111222333 en 1111222333 en 1.111222333')).toEqual([]);
  });
});

describe('IBAN', () => {
  const nl = ibanWithCheckDigits('NL', 'RABO0123456789');
  const be = ibanWithCheckDigits('BE', '539007547034');
  const mt = ibanWithCheckDigits('MT', 'MALT011000012345MTLCAST001S');

  it('finds Dutch IBANs compact, grouped and lower case', () => {
    expect(values(`Rekening ${nl}.`)).toEqual([nl]);
    expect(values(`Rekening ${groupsOf4(nl)} en verder`)).toEqual([groupsOf4(nl)]);
    expect(values(`rekening ${nl.toLowerCase()}`)).toEqual([nl.toLowerCase()]);
  });

  it('finds foreign IBANs of 16 to 31 characters, two in a row', () => {
    expect(be.length).toBe(16);
    expect(mt.length).toBe(31);
    expect(values(`${groupsOf4(be)} en ${mt}`)).toEqual([groupsOf4(be), mt]);
  });

  it('rejects a wrong check digit and a malformed NL IBAN', () => {
    const wrong = nl.slice(0, 2) + String((Number(nl.slice(2, 4)) + 1) % 100).padStart(2, '0') + nl.slice(4);
    expect(findPersonalData(`Rekening ${wrong}`).filter((f) => f.kind === 'iban')).toEqual([]);
    const shortNl = ibanWithCheckDigits('NL', 'RABO012345678');
    expect(findPersonalData(`Rekening ${shortNl}`).filter((f) => f.kind === 'iban')).toEqual([]);
  });
});

describe('e-mail', () => {
  it('finds addresses without trailing punctuation', () => {
    expect(values('Mail naar j.de-vries+wet@voorbeeld.nl.')).toEqual(['j.de-vries+wet@voorbeeld.nl']);
    expect(findPersonalData('een @-teken of info@ alleen')).toEqual([]);
  });
});

describe('phone', () => {
  it.each([
    '0612345678',
    '06-12345678',
    '06 1234 5678',
    '020-1234567',
    '020 123 45 67',
    '(020) 1234567',
    '+31612345678',
    '+31 6 12345678',
    '+31 (0)20 123 4567',
    '0031 20 1234567',
    '06 - 12 34 56 78',
    '020–1234567',
  ])('finds %s', (phone) => {
    expect(findPersonalData(`Bel ${phone} na vijf uur.`)).toEqual([
      { kind: 'phone', start: 4, end: 4 + phone.length, value: phone },
    ]);
  });

  it.each(['061234567', '06123456789', '06a12345678', '06x1234x5678', '01-01-2027 12', '0800-1234', '0,5 procent', '00 12 34 56 78'])(
    'ignores %s',
    (text) => {
      expect(findPersonalData(text).filter((f) => f.kind === 'phone')).toEqual([]);
    },
  );
});

describe('date of birth', () => {
  it('finds a date right after geboren, geb. or geboortedatum, only the date itself', () => {
    expect(values('geboren op 12-03-1985 in Utrecht')).toEqual(['12-03-1985']);
    expect(values('geb. 1 maart 1980')).toEqual(['1 maart 1980']);
    expect(values('Geboortedatum: 1985-03-12')).toEqual(['1985-03-12']);
    expect(values('Zij is geboren in Leiden op 3/4/79.')).toEqual(['3/4/79']);
  });

  it('ignores dates without a birth keyword and cohort descriptions', () => {
    expect(findPersonalData('Op 12-03-1985 kwam de brief.')).toEqual([]);
    expect(findPersonalData('personen die geboren zijn na 31 december 1947')).toEqual([]);
    expect(findPersonalData('wie is geboren vóór 1 januari 1950')).toEqual([]);
  });
});

describe('postcode and house number', () => {
  it.each([
    ['Ik woon op 1234 AB 12 in Utrecht', '1234 AB 12'],
    ['Adres: 1234AB, 12a.', '1234AB, 12a'],
    ['postcode 1234ab nr. 7', '1234ab nr. 7'],
    ['Kerkstraat 12, 1234 AB Amsterdam', 'Kerkstraat 12, 1234 AB'],
    ['Laan van Meerdervoort 12-2 2517AB Den Haag', 'Laan van Meerdervoort 12-2 2517AB'],
  ])('finds the address in %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('needs a house number and leaves look-alikes alone', () => {
    expect(findPersonalData('Postcode 1234 AB Amsterdam')).toEqual([]);
    expect(findPersonalData('in 2024 en 12 gevallen; 1234 SS 12')).toEqual([]);
  });
});

describe('law-text look-alikes', () => {
  it('finds nothing in article numbers, amounts, dates, Kamerstuk numbers, BWB ids and percentages', () => {
    const text =
      'Artikel 4:84 en artikel 3.3.3 gelden vanaf 1 januari 2024 en vervallen op 01-01-2027. ' +
      'Een bedrag van € 1.234.567,89 of 123456789 euro (Kamerstukken II 31 066, nr. 1242; BWBR0005537). ' +
      'Het percentage is 12,5% en 100 procent; Stb. 2013, 123 en Stcrt. 2019, 56789.';
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('mixed text and redaction', () => {
  const iban = ibanWithCheckDigits('NL', 'INGB0001234567');
  const text =
    `Ik (BSN 111222333, geboren op 1-2-1970) woon op Dorpsstraat 5, 9999 ZZ Ergens. ` +
    `Mail: a@b.nl of bel 06-12345678. Betalen op ${groupsOf4(iban)} volgens artikel 4:84.`;

  it('returns sorted, non-overlapping findings whose value matches the text', () => {
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(['bsn', 'birthdate', 'postcode_huisnummer', 'email', 'phone', 'iban']);
    for (const [i, f] of findings.entries()) {
      expect(text.slice(f.start, f.end)).toBe(f.value);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });

  it('replaces every finding with a Dutch placeholder', () => {
    expect(redactPersonalData(text)).toBe(
      'Ik (BSN [BSN verwijderd], geboren op [geboortedatum verwijderd]) woon op [adres verwijderd] Ergens. ' +
        'Mail: [e-mailadres verwijderd] of bel [telefoonnummer verwijderd]. Betalen op [IBAN verwijderd] volgens artikel 4:84.',
    );
  });

  it('redacts only the findings it is given and skips overlapping ones', () => {
    const findings = findPersonalData(text);
    const onlyEmail = findings.filter((f) => f.kind === 'email');
    expect(redactPersonalData(text, onlyEmail)).toContain('111222333');
    expect(redactPersonalData(text, onlyEmail)).toContain('[e-mailadres verwijderd]');
    const overlapping: PersonalDataFinding[] = [
      { kind: 'phone', start: 0, end: 4, value: 'abcd' },
      { kind: 'bsn', start: 2, end: 6, value: 'cdef' },
    ];
    expect(redactPersonalData('abcdefgh', overlapping)).toBe('[telefoonnummer verwijderd]efgh');
  });

  it('leaves text without personal data unchanged', () => {
    expect(redactPersonalData('Artikel 4:84 Awb is hard.')).toBe('Artikel 4:84 Awb is hard.');
  });
});
